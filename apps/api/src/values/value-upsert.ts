import type { EntityManager } from 'typeorm';
import type { IndicatorSource } from '@resultatkedjan/contracts';

/** One cell as stored. */
export interface StoredCell {
  id: string;
  indicatorId: string;
  orgNodeId: string;
  periodKey: string;
  value: number;
  referencePeriodKey: string | null;
  comment: string | null;
  source: IndicatorSource;
}

export type CellInput = Omit<StoredCell, 'id'>;

export const cellKey = (c: { indicatorId: string; orgNodeId: string; periodKey: string }) =>
  `${c.indicatorId}|${c.orgNodeId}|${c.periodKey}`;

/** Rows per INSERT statement; each statement passes 8 arrays, so the row count is not bounded by parameters. */
export const UPSERT_CHUNK = 1000;

interface CellRow {
  id: string;
  indicator_id: string;
  org_node_id: string;
  period_key: string;
  value: string;
  reference_period_key: string | null;
  comment: string | null;
  source: IndicatorSource;
}

/** The stored cells among the given ones, in one query. */
export async function loadStoredCells(m: EntityManager, cells: readonly CellInput[]): Promise<Map<string, StoredCell>> {
  const rows: CellRow[] = await m.query(
    `SELECT v.id, v.indicator_id, v.org_node_id, v.period_key, v.value, v.reference_period_key, v.comment, v.source
       FROM indicator_value v
       JOIN unnest($1::uuid[], $2::uuid[], $3::text[]) AS k(indicator_id, org_node_id, period_key)
         ON v.indicator_id = k.indicator_id AND v.org_node_id = k.org_node_id AND v.period_key = k.period_key`,
    [cells.map((c) => c.indicatorId), cells.map((c) => c.orgNodeId), cells.map((c) => c.periodKey)],
  );
  return new Map(
    rows.map((r) => {
      const cell: StoredCell = {
        id: r.id, indicatorId: r.indicator_id, orgNodeId: r.org_node_id, periodKey: r.period_key, value: Number(r.value),
        referencePeriodKey: r.reference_period_key, comment: r.comment, source: r.source,
      };
      return [cellKey(cell), cell];
    }),
  );
}

/**
 * Multi-row upsert: one INSERT … ON CONFLICT DO UPDATE per chunk of rows (arrays unnested server-side).
 * Returns the id of every written cell by its key.
 */
export async function upsertCells(
  m: EntityManager,
  tenantId: string,
  enteredBy: string,
  cells: readonly CellInput[],
): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  for (let start = 0; start < cells.length; start += UPSERT_CHUNK) {
    const chunk = cells.slice(start, start + UPSERT_CHUNK);
    const rows: { id: string; indicator_id: string; org_node_id: string; period_key: string }[] = await m.query(
      `INSERT INTO indicator_value
         (tenant_id, indicator_id, org_node_id, period_key, value, reference_period_key, comment, source, entered_by)
       SELECT $1::uuid, t.indicator_id, t.org_node_id, t.period_key, t.value, t.reference_period_key, t.comment, t.source, $2::uuid
         FROM unnest($3::uuid[], $4::uuid[], $5::text[], $6::numeric[], $7::text[], $8::text[], $9::text[])
           AS t(indicator_id, org_node_id, period_key, value, reference_period_key, comment, source)
       ON CONFLICT (tenant_id, indicator_id, org_node_id, period_key) DO UPDATE SET
         value = EXCLUDED.value,
         reference_period_key = EXCLUDED.reference_period_key,
         comment = EXCLUDED.comment,
         source = EXCLUDED.source,
         entered_by = EXCLUDED.entered_by,
         entered_at = now(),
         version = indicator_value.version + 1
       RETURNING id, indicator_id, org_node_id, period_key`,
      [
        tenantId,
        enteredBy,
        chunk.map((c) => c.indicatorId),
        chunk.map((c) => c.orgNodeId),
        chunk.map((c) => c.periodKey),
        chunk.map((c) => String(c.value)),
        chunk.map((c) => c.referencePeriodKey),
        chunk.map((c) => c.comment),
        chunk.map((c) => c.source),
      ],
    );
    for (const r of rows) ids.set(`${r.indicator_id}|${r.org_node_id}|${r.period_key}`, r.id);
  }
  return ids;
}

/** Whether writing `next` over `stored` would change anything a reader sees. */
export function isUnchanged(stored: StoredCell | undefined, next: CellInput): boolean {
  return (
    stored !== undefined &&
    stored.value === next.value &&
    stored.referencePeriodKey === next.referencePeriodKey &&
    stored.comment === next.comment &&
    stored.source === next.source
  );
}
