import type { EntityManager } from 'typeorm';
import { draftVisibilityParams, type DraftVisibility } from '../goals/draft-visibility.js';
import type { IndicatorSource } from '@resultatkedjan/contracts';
import type { SubtreePeriodSum, SubtreeWeightedSum } from '@resultatkedjan/domain';
import { indicatorQueries } from '../chain/indicators/indicator.queries.js';
import { orgTreeQueries } from '../org/org-tree.queries.js';
import { IndicatorValue } from './indicator-value.entity.js';

/** One stored value as the chain engine reads it. */
export interface StoredValue {
  indicatorId: string;
  orgNodeId: string;
  periodKey: string;
  value: number;
  referencePeriodKey: string | null;
}

/** What GET /values filters on; every field optional. */
export interface ValueFilter {
  indicatorId?: string;
  goalId?: string;
  orgNodeId?: string;
  periodKey?: string;
  /** The year's value and every base period within it. */
  year?: number;
}

/** One cell to write. */
export interface CellWrite {
  indicatorId: string;
  orgNodeId: string;
  periodKey: string;
  value: number;
  referencePeriodKey: string | null;
  comment: string | null;
  source: IndicatorSource;
}

/** Rows per INSERT statement of upsertCells; each statement passes 8 arrays, so the row count is not bounded by parameters. */
const UPSERT_CHUNK = 1000;

/** The cells as the seven arrays CELLS_FROM_3 unnests, in its order. */
const cellArrays = (cells: readonly CellWrite[]) => [
  cells.map((c) => c.indicatorId),
  cells.map((c) => c.orgNodeId),
  cells.map((c) => c.periodKey),
  cells.map((c) => String(c.value)),
  cells.map((c) => c.referencePeriodKey),
  cells.map((c) => c.comment),
  cells.map((c) => c.source),
];

/** The cells as rows `t`, unnested from the seven arrays of cellArrays passed as $3 to $9. */
const CELLS_FROM_3 = `unnest($3::uuid[], $4::uuid[], $5::text[], $6::numeric[], $7::text[], $8::text[], $9::text[])
           AS t(indicator_id, org_node_id, period_key, value, reference_period_key, comment, source)`;

/** What an upsert of a cell that is already stored changes. */
const ON_STORED_CELL = `ON CONFLICT (tenant_id, indicator_id, org_node_id, period_key) DO UPDATE SET
           value = EXCLUDED.value, reference_period_key = EXCLUDED.reference_period_key, comment = EXCLUDED.comment,
           source = EXCLUDED.source, entered_by = EXCLUDED.entered_by, entered_at = now(), version = indicator_value.version + 1`;

/** Who writes, for entered_by and the audit trail. */
export interface CellWriter {
  tenantId: string;
  /** Null for the system (e.g. the Kolada sync). */
  userId: string | null;
  requestId?: string;
}

/** The JSON of a value in the audit trail (what reports' and the values API's audit rows have always held). */
const auditJson = (alias: string) => `jsonb_build_object('indicatorId', ${alias}.indicator_id, 'orgNodeId', ${alias}.org_node_id,
  'periodKey', ${alias}.period_key, 'value', ${alias}.value, 'referencePeriodKey', ${alias}.reference_period_key,
  'comment', ${alias}.comment, 'source', ${alias}.source)`;

/** A stored value of one org node, with what a report shows and writes back. */
export interface NodeValue {
  id: string;
  indicatorId: string;
  periodKey: string;
  value: number;
  referencePeriodKey: string | null;
  comment: string | null;
  source: IndicatorSource;
  version: number;
}

/** Roots whose subtrees are summed, with the indicators and weighted pairs wanted under them. */
export interface SubtreeSumGroup {
  rootIds: readonly string[];
  indicatorIds: readonly string[];
  /** WEIGHTED_MEAN indicators and their weights: Σ value·weight over the (node, period) slots that have both. */
  weightedPairs: readonly { valueId: string; weightId: string }[];
}

interface SumRow {
  kind: 's' | 'w';
  root_id: string;
  indicator_id: string;
  weight_id: string | null;
  period_key: string;
  a: string;
  b: string | null;
  count: number;
  node_set: string;
  own: string | null;
  has_reference: boolean;
}

/**
 * Every read and write of indicator_value (utfall) that the chain engine needs. The tables' owner is this feature;
 * others call these functions.
 */
export const valueQueries = {
  /** Values by indicator, org node and period, of the indicators of goals the caller may read (draft-visibility.ts). */
  async page(
    m: EntityManager,
    filter: ValueFilter,
    window: { skip: number; take: number },
    visibility: DraftVisibility,
  ): Promise<{ rows: IndicatorValue[]; total: number }> {
    const qb = m.createQueryBuilder(IndicatorValue, 'v');
    const [draftRoots, commentRoots] = draftVisibilityParams(visibility);
    if (draftRoots !== null) {
      qb.andWhere(`v.indicator_id IN ${indicatorQueries.idsOfVisibleGoalsSql(':draftRoots', ':commentRoots')}`, { draftRoots, commentRoots });
    }
    if (filter.indicatorId) qb.andWhere('v.indicator_id = :indicatorId', { indicatorId: filter.indicatorId });
    if (filter.goalId) qb.andWhere(`v.indicator_id IN ${indicatorQueries.idsOfGoalSql(':goalId')}`, { goalId: filter.goalId });
    if (filter.orgNodeId) qb.andWhere('v.org_node_id = :orgNodeId', { orgNodeId: filter.orgNodeId });
    if (filter.periodKey) qb.andWhere('v.period_key = :periodKey', { periodKey: filter.periodKey });
    if (filter.year !== undefined) {
      qb.andWhere('(v.period_key = :year OR v.period_key LIKE :yearPrefix)', { year: String(filter.year), yearPrefix: `${filter.year}-%` });
    }
    const [rows, total] = await qb
      .orderBy('v.indicator_id')
      .addOrderBy('v.org_node_id')
      .addOrderBy('v.period_key')
      .skip(window.skip)
      .take(window.take)
      .getManyAndCount();
    return { rows, total };
  },

  find: (m: EntityManager, id: string) => m.findOneBy(IndicatorValue, { id }),

  /**
   * Per root, indicator and base period: Σ value over the root's subtree, how many nodes have a value and which (a
   * 64-bit fingerprint of the node set), the root's own value, and whether a value names its own reference period;
   * plus, per weighted pair, Σ value·weight and Σ weight over the nodes that have both. One statement, however many
   * goals: the engine then rolls up these sums (libs/domain subtree-sums), not raw rows.
   */
  async subtreeSums(
    m: EntityManager,
    groups: readonly SubtreeSumGroup[],
    periodKeys: readonly string[],
  ): Promise<{ sums: SubtreePeriodSum[]; weighted: SubtreeWeightedSum[] }> {
    const wanted = groups.filter((g) => g.rootIds.length > 0 && g.indicatorIds.length > 0);
    if (wanted.length === 0) return { sums: [], weighted: [] };
    const params: unknown[] = [periodKeys];
    const branches = wanted.map((group) => {
      const roots = params.push(group.rootIds);
      const indicators = params.push(group.indicatorIds);
      return `SELECT c.root_id, x.indicator_id, x.org_node_id, x.period_key, x.value, x.reference_period_key
                FROM indicator_value x JOIN ${orgTreeQueries.subtreePairsSql(`$${roots}::uuid[]`)} c ON c.node_id = x.org_node_id
               WHERE x.indicator_id = ANY($${indicators}::uuid[]) AND x.period_key = ANY($1::text[])`;
    });
    const pairs = wanted.flatMap((g) => g.weightedPairs);
    const sumsSql = `SELECT 's' AS kind, root_id, indicator_id, NULL::uuid AS weight_id, period_key, sum(value)::text AS a, NULL::text AS b,
              count(*)::int AS count, bit_xor(uuid_hash_extended(org_node_id, 0))::text AS node_set,
              (sum(value) FILTER (WHERE org_node_id = root_id))::text AS own, bool_or(reference_period_key IS NOT NULL) AS has_reference
         FROM v GROUP BY root_id, indicator_id, period_key`;
    let weightedSql = '';
    if (pairs.length > 0) {
      const valueIds = params.push(pairs.map((p) => p.valueId));
      const weightIds = params.push(pairs.map((p) => p.weightId));
      // Each pair's value and weight side by side per (node, period): Σ value·weight and Σ weight where both exist.
      weightedSql = `
       UNION ALL
       SELECT 'w', root_id, value_id, weight_id, period_key, sum(vv * ww)::text, sum(ww)::text, count(*)::int,
              bit_xor(uuid_hash_extended(org_node_id, 0))::text, NULL, false
         FROM (SELECT v.root_id, ro.value_id, ro.weight_id, v.period_key, v.org_node_id,
                      max(v.value) FILTER (WHERE ro.role = 'v') AS vv, max(v.value) FILTER (WHERE ro.role = 'w') AS ww
                 FROM v JOIN (SELECT DISTINCT p.value_id, p.weight_id, r.role, r.indicator_id
                                FROM unnest($${valueIds}::uuid[], $${weightIds}::uuid[]) AS p(value_id, weight_id)
                               CROSS JOIN LATERAL (VALUES ('v', p.value_id), ('w', p.weight_id)) AS r(role, indicator_id)) ro
                   ON ro.indicator_id = v.indicator_id
                GROUP BY v.root_id, ro.value_id, ro.weight_id, v.period_key, v.org_node_id) slots
        WHERE vv IS NOT NULL AND ww IS NOT NULL
        GROUP BY root_id, value_id, weight_id, period_key`;
    }
    // v is read once more only for weighted pairs; materialised then, inlined otherwise.
    const rows: SumRow[] = await m.query(
      `WITH v AS ${pairs.length > 0 ? 'MATERIALIZED' : 'NOT MATERIALIZED'} (${branches.join('\n UNION ALL ')})
       ${sumsSql}${weightedSql}`,
      params,
    );
    const sums: SubtreePeriodSum[] = [];
    const weighted: SubtreeWeightedSum[] = [];
    for (const r of rows) {
      if (r.kind === 's') {
        sums.push({
          rootId: r.root_id, indicatorId: r.indicator_id, periodKey: r.period_key, sum: Number(r.a), count: r.count,
          nodeSet: r.node_set, own: r.own === null ? null : Number(r.own), hasReference: r.has_reference,
        });
      } else {
        weighted.push({
          rootId: r.root_id, valueId: r.indicator_id, weightId: r.weight_id!, periodKey: r.period_key, sumProduct: Number(r.a),
          sumWeight: Number(r.b), count: r.count, nodeSet: r.node_set,
        });
      }
    }
    return { sums, weighted };
  },

  /**
   * Writes the cells that change anything (value, reference period, comment or source) and audits each write with
   * its before and after, in ONE statement: the stored cells are read, the changed ones upserted, and their audit
   * rows inserted, all set-based (arrays unnested in the database). Unchanged cells are neither written nor audited.
   * Row-level security keeps every row in the writer's kommun. Returns how many cells were created and updated.
   */
  async writeCells(m: EntityManager, writer: CellWriter, cells: readonly CellWrite[]): Promise<{ created: number; updated: number }> {
    if (cells.length === 0) return { created: 0, updated: 0 };
    const [row]: { created: number; updated: number }[] = await m.query(
      `WITH input AS (
         SELECT * FROM ${CELLS_FROM_3}
       ), stored AS (
         SELECT v.id, v.indicator_id, v.org_node_id, v.period_key, v.value, v.reference_period_key, v.comment, v.source
           FROM indicator_value v JOIN input i USING (indicator_id, org_node_id, period_key)
          WHERE v.indicator_id = ANY($10::uuid[]) AND v.org_node_id = ANY($11::uuid[]) AND v.period_key = ANY($12::text[])
       ), changed AS (
         SELECT i.* FROM input i LEFT JOIN stored s USING (indicator_id, org_node_id, period_key)
          WHERE s.id IS NULL OR s.value <> i.value OR s.reference_period_key IS DISTINCT FROM i.reference_period_key
             OR s.comment IS DISTINCT FROM i.comment OR s.source <> i.source
       ), written AS (
         INSERT INTO indicator_value
           (tenant_id, indicator_id, org_node_id, period_key, value, reference_period_key, comment, source, entered_by)
         SELECT $1::uuid, indicator_id, org_node_id, period_key, value, reference_period_key, comment, source, $2::uuid FROM changed
         ${ON_STORED_CELL}
         RETURNING id, indicator_id, org_node_id, period_key, value, reference_period_key, comment, source
       ), audited AS (
         INSERT INTO audit_event (tenant_id, actor_user_id, action, entity_type, entity_id, before, after, request_id)
         SELECT $1::uuid, $2::uuid, CASE WHEN s.id IS NULL THEN 'create' ELSE 'update' END, 'indicator_value', w.id::text,
                CASE WHEN s.id IS NULL THEN NULL ELSE ${auditJson('s')} END, ${auditJson('w')}, $13::text
           FROM written w LEFT JOIN stored s USING (indicator_id, org_node_id, period_key)
         RETURNING action
       )
       SELECT count(*) FILTER (WHERE action = 'create')::int AS created, count(*) FILTER (WHERE action = 'update')::int AS updated
         FROM audited`,
      [
        writer.tenantId,
        writer.userId,
        ...cellArrays(cells),
        [...new Set(cells.map((c) => c.indicatorId))],
        [...new Set(cells.map((c) => c.orgNodeId))],
        [...new Set(cells.map((c) => c.periodKey))],
        writer.requestId ?? null,
      ],
    );
    return row!;
  },

  /**
   * Multi-row upsert without audit (the caller audits): one INSERT … ON CONFLICT DO UPDATE per chunk of rows (arrays
   * unnested server-side). Returns the id of every written cell by its `indicatorId|orgNodeId|periodKey`.
   */
  async upsertCells(m: EntityManager, tenantId: string, enteredBy: string, cells: readonly CellWrite[]): Promise<Map<string, string>> {
    const ids = new Map<string, string>();
    for (let start = 0; start < cells.length; start += UPSERT_CHUNK) {
      const chunk = cells.slice(start, start + UPSERT_CHUNK);
      const rows: { id: string; indicator_id: string; org_node_id: string; period_key: string }[] = await m.query(
        `INSERT INTO indicator_value
           (tenant_id, indicator_id, org_node_id, period_key, value, reference_period_key, comment, source, entered_by)
         SELECT $1::uuid, t.indicator_id, t.org_node_id, t.period_key, t.value, t.reference_period_key, t.comment, t.source, $2::uuid
           FROM ${CELLS_FROM_3}
         ${ON_STORED_CELL}
         RETURNING id, indicator_id, org_node_id, period_key`,
        [tenantId, enteredBy, ...cellArrays(chunk)],
      );
      for (const r of rows) ids.set(`${r.indicator_id}|${r.org_node_id}|${r.period_key}`, r.id);
    }
    return ids;
  },

  /** The raw values of the indicators for the nodes and base periods (the chain's exact fallback and the snapshots). */
  async valuesOf(
    m: EntityManager,
    indicatorIds: readonly string[],
    nodeIds: readonly string[],
    periodKeys: readonly string[],
  ): Promise<StoredValue[]> {
    if (indicatorIds.length === 0 || nodeIds.length === 0) return [];
    const rows: { indicator_id: string; org_node_id: string; period_key: string; value: string; reference_period_key: string | null }[] =
      await m.query(
        `SELECT indicator_id, org_node_id, period_key, value, reference_period_key FROM indicator_value
          WHERE indicator_id = ANY($1::uuid[]) AND org_node_id = ANY($2::uuid[]) AND period_key = ANY($3::text[])`,
        [indicatorIds, nodeIds, periodKeys],
      );
    return rows.map((r) => ({
      indicatorId: r.indicator_id, orgNodeId: r.org_node_id, periodKey: r.period_key, value: Number(r.value), referencePeriodKey: r.reference_period_key,
    }));
  },

  /** The stored cells of the indicators on the nodes and periods, with their source (Kolada's sync must not overwrite manual values). */
  async cellsWithSource(
    m: EntityManager,
    indicatorIds: readonly string[],
    nodeIds: readonly string[],
    periodKeys: readonly string[],
  ): Promise<(StoredValue & { source: string; comment: string | null })[]> {
    if (indicatorIds.length === 0 || nodeIds.length === 0 || periodKeys.length === 0) return [];
    const rows: { indicator_id: string; org_node_id: string; period_key: string; value: string; reference_period_key: string | null; source: string; comment: string | null }[] =
      await m.query(
        `SELECT indicator_id, org_node_id, period_key, value, reference_period_key, source, comment FROM indicator_value
          WHERE indicator_id = ANY($1::uuid[]) AND org_node_id = ANY($2::uuid[]) AND period_key = ANY($3::text[])`,
        [indicatorIds, nodeIds, periodKeys],
      );
    return rows.map((r) => ({
      indicatorId: r.indicator_id, orgNodeId: r.org_node_id, periodKey: r.period_key, value: Number(r.value), referencePeriodKey: r.reference_period_key, source: r.source, comment: r.comment,
    }));
  },

  /** Every stored value under the given base period keys, by indicator, node and period (a period's snapshot). */
  async inPeriods(m: EntityManager, periodKeys: readonly string[]): Promise<StoredValue[]> {
    const rows: { indicator_id: string; org_node_id: string; period_key: string; value: string; reference_period_key: string | null }[] = await m.query(
      `SELECT indicator_id, org_node_id, period_key, value, reference_period_key FROM indicator_value
       WHERE period_key = ANY($1::text[]) ORDER BY indicator_id, org_node_id, period_key`,
      [periodKeys],
    );
    return rows.map((row) => ({
      indicatorId: row.indicator_id,
      orgNodeId: row.org_node_id,
      periodKey: row.period_key,
      value: Number(row.value),
      referencePeriodKey: row.reference_period_key,
    }));
  },

  /** The node's stored values of the indicators under the period keys. */
  async ofNode(m: EntityManager, orgNodeId: string, indicatorIds: readonly string[], periodKeys: readonly string[]): Promise<NodeValue[]> {
    if (indicatorIds.length === 0) return [];
    const rows: {
      id: string; indicator_id: string; period_key: string; value: string; reference_period_key: string | null;
      comment: string | null; source: IndicatorSource; version: number;
    }[] = await m.query(
      `SELECT id, indicator_id, period_key, value, reference_period_key, comment, source, version
         FROM indicator_value
        WHERE org_node_id = $1 AND indicator_id = ANY($2::uuid[]) AND period_key = ANY($3::text[])`,
      [orgNodeId, indicatorIds, periodKeys],
    );
    return rows.map((r) => ({
      id: r.id,
      indicatorId: r.indicator_id,
      periodKey: r.period_key,
      value: Number(r.value),
      referencePeriodKey: r.reference_period_key,
      comment: r.comment,
      source: r.source,
      version: Number(r.version),
    }));
  },

  /** Whether any value is stored for these indicators. One query. */
  async anyFor(m: EntityManager, indicatorIds: readonly string[]): Promise<boolean> {
    if (indicatorIds.length === 0) return false;
    const rows: unknown[] = await m.query('SELECT 1 FROM indicator_value WHERE indicator_id = ANY($1::uuid[]) LIMIT 1', [indicatorIds]);
    return rows.length > 0;
  },

  async deleteByIds(m: EntityManager, valueIds: readonly string[]): Promise<void> {
    if (valueIds.length === 0) return;
    await m.query(`DELETE FROM indicator_value WHERE id = ANY($1::uuid[])`, [valueIds]);
  },

  /** SQL for "the values reported for the org node in parameter `param`" (see orgNodeQueries.referencesOf). */
  atNodeSql: (param: string) => `SELECT 1 FROM indicator_value WHERE org_node_id = ${param}`,

  /** When each of the given indicators last had a value recorded (indicators without values are left out). */
  async lastEnteredByIndicator(m: EntityManager, indicatorIds: readonly string[]): Promise<Map<string, Date>> {
    if (indicatorIds.length === 0) return new Map();
    const rows: { indicator_id: string; last: Date }[] = await m.query(
      `SELECT indicator_id, max(entered_at) AS last FROM indicator_value WHERE indicator_id = ANY($1::uuid[]) GROUP BY indicator_id`,
      [indicatorIds],
    );
    return new Map(rows.map((r) => [r.indicator_id, r.last]));
  },
};
