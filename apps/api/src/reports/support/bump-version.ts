import { ConflictException } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { reportQueries } from '../report.queries.js';
import { staleVersion } from './report-messages.js';

/**
 * Moves the report from `expected` to the next version, with any column changes, in one conditional UPDATE.
 * The row lock it takes serialises concurrent saves: the second one finds the version moved on and gets 409.
 */
export async function bumpReportVersion(
  m: EntityManager,
  reportId: string,
  expected: number,
  changes: Record<string, unknown> = {},
): Promise<number> {
  const version = await reportQueries.bumpVersion(m, reportId, expected, changes);
  if (version !== null) return version;
  throw new ConflictException(staleVersion((await reportQueries.currentVersion(m, reportId)) ?? expected));
}
