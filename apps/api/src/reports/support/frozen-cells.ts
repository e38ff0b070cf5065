import type { EntityManager } from 'typeorm';
import { isPeriodKey, periodRange } from '@resultatkedjan/domain';
import { periodQueries } from '../../periods/period.queries.js';
import { reportQueries } from '../report.queries.js';

export interface CellRef {
  orgNodeId: string;
  /** A base period key: '2026', '2026-Q3', '2026-M09'. */
  periodKey: string;
}

/**
 * The cells (node × base period) that may no longer change: a follow-up period covering the cell is locked, or
 * the node's report for such a period is submitted or approved. For the values API, so a value frozen in a
 * report cannot be changed around it. Keys are `orgNodeId|periodKey`. Two queries: the covering periods, then
 * the reports of the open ones.
 */
export async function frozenCells(m: EntityManager, cells: readonly CellRef[]): Promise<Set<string>> {
  const valid = cells.filter((c) => isPeriodKey(c.periodKey));
  if (valid.length === 0) return new Set();
  const covering = await periodQueries.covering(m, valid.map((c) => periodRange(c.periodKey)));
  const frozen = new Set<string>();
  const key = (c: CellRef) => `${c.orgNodeId}|${c.periodKey}`;
  for (const { index, status } of covering) if (status === 'last') frozen.add(key(valid[index]!));
  const open = covering.filter((p) => p.status !== 'last' && !frozen.has(key(valid[p.index]!)));
  const reported = await reportQueries.submittedOrApproved(m, open.map((p) => ({ periodId: p.periodId, orgNodeId: valid[p.index]!.orgNodeId })));
  for (const p of open) if (reported.has(`${p.periodId}|${valid[p.index]!.orgNodeId}`)) frozen.add(key(valid[p.index]!));
  return frozen;
}
