import { ConflictException } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { staleVersion } from './report-messages.js';
import { changedRows } from './sql.js';

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
  const columns = Object.keys(changes);
  const assignments = columns.map((column, i) => `${column} = $${i + 3}`);
  const rows = await changedRows<{ version: number }>(
    m,
    `UPDATE report SET ${['version = version + 1', 'updated_at = now()', ...assignments].join(', ')}
      WHERE id = $1 AND version = $2 RETURNING version`,
    [reportId, expected, ...columns.map((c) => changes[c])],
  );
  if (rows.length === 1) return Number(rows[0]!.version);
  const [current]: { version: number }[] = await m.query(`SELECT version FROM report WHERE id = $1`, [reportId]);
  throw new ConflictException(staleVersion(Number(current?.version ?? expected)));
}
