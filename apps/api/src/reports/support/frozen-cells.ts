import type { EntityManager } from 'typeorm';
import { isPeriodKey, periodRange } from '@resultatkedjan/domain';

export interface CellRef {
  orgNodeId: string;
  /** A base period key: '2026', '2026-Q3', '2026-M09'. */
  periodKey: string;
}

/**
 * The cells (node × base period) that may no longer change: a follow-up period covering the cell is locked, or
 * the node's report for such a period is submitted or approved. For the values API, so a value frozen in a
 * report cannot be changed around it. Keys are `orgNodeId|periodKey`. One query.
 */
export async function frozenCells(m: EntityManager, cells: readonly CellRef[]): Promise<Set<string>> {
  const valid = cells.filter((c) => isPeriodKey(c.periodKey));
  if (valid.length === 0) return new Set();
  const ranges = valid.map((c) => periodRange(c.periodKey));
  const rows: { org_node_id: string; period_key: string }[] = await m.query(
    `SELECT DISTINCT c.org_node_id, c.period_key
       FROM unnest($1::uuid[], $2::text[], $3::date[], $4::date[]) AS c(org_node_id, period_key, covers_from, covers_to)
       JOIN follow_up_period p ON p.covers_from <= c.covers_from AND p.covers_to >= c.covers_to
      WHERE p.status = 'last'
         OR EXISTS (SELECT 1 FROM report r WHERE r.period_id = p.id AND r.org_node_id = c.org_node_id AND r.status IN ('inlamnad', 'godkand'))`,
    [valid.map((c) => c.orgNodeId), valid.map((c) => c.periodKey), ranges.map((r) => r.from), ranges.map((r) => r.to)],
  );
  return new Set(rows.map((r) => `${r.org_node_id}|${r.period_key}`));
}
