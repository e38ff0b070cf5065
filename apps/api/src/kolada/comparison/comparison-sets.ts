import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { comparisonQueries } from './comparison.queries.js';
import { koladaReferenceQueries } from '../reference/kolada-reference.queries.js';

export const RIKET_ID = '0000';

/** A kommun's comparison set: the kommuner and groups it chose, or by default its kommungrupp and Riket. */
@Injectable()
export class ComparisonSets {
  async chosen(m: EntityManager): Promise<string[]> {
    return comparisonQueries.memberIds(m);
  }

  async effective(m: EntityManager, kommunkod: string | null): Promise<string[]> {
    const chosen = await comparisonQueries.memberIds(m);
    if (chosen.length > 0) return chosen;
    const group = kommunkod ? await koladaReferenceQueries.kommungruppOf(m, kommunkod) : null;
    return group ? [group, RIKET_ID] : [RIKET_ID];
  }
}
