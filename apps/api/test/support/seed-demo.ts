import { DataSource, type EntityManager } from 'typeorm';
import type { IndicatorDefinition, IndicatorValue, OrgNode, RatioDefinition } from '@resultatkedjan/domain';
import type { Direction, RatioKind } from '@resultatkedjan/contracts';
import { APP_DB_ROLE } from '../../src/platform/database/app-role.js';
import { DEMO_TABLES } from '../../src/seed/build-rows.js';
import { DEMO_TENANT_ID } from '../../src/seed/index.js';
import type { TestApp } from './test-app.js';

/** Runs `work` in one transaction with the demo kommun set and the app role active, as request code does. */
export function inDemoKommun<T>(app: TestApp, work: (m: EntityManager) => Promise<T>): Promise<T> {
  return app.api.get(DataSource).transaction(async (m) => {
    await m.query(`SELECT set_config('app.tenant_id', $1, true)`, [DEMO_TENANT_ID]);
    await m.query(`SET LOCAL ROLE ${APP_DB_ROLE}`);
    return work(m);
  });
}

/** Row counts of the demo kommun in every table the seed writes, in one query. */
export async function countDemoRows(app: TestApp): Promise<Record<string, number>> {
  const sql = DEMO_TABLES.map((table) => `SELECT '${table}' AS t, count(*)::int AS n FROM ${table}`).join(' UNION ALL ');
  const rows: { t: string; n: number }[] = await inDemoKommun(app, (m) => m.query(sql));
  return Object.fromEntries(rows.map((r) => [r.t, r.n]));
}

export interface DemoIndicator extends IndicatorDefinition {
  readonly goal: string;
  readonly direction: Direction;
  readonly purpose: string;
  readonly targets: Readonly<Record<string, number>>;
}

/** The seeded chains as input for the pure engine: ids are the stable keys (org node keys, indicator keys). */
export interface DemoEngineInput {
  readonly orgTree: OrgNode[];
  readonly indicators: DemoIndicator[];
  readonly values: IndicatorValue[];
  /** Ratio definitions by goal key and name. */
  readonly ratios: Map<string, RatioDefinition & { readonly unit?: string }>;
}

/** Loads org tree, indicators with targets, ratio definitions and every value, one query each. */
export async function loadDemoEngineInput(app: TestApp): Promise<DemoEngineInput> {
  return inDemoKommun(app, async (m) => {
    const nodes: { key: string; parent: string | null }[] = await m.query(
      `SELECT n.key, p.key AS parent FROM org_node n LEFT JOIN org_node p ON p.id = n.parent_id`,
    );
    const indicatorRows: {
      key: string; goal: string; unit: string; direction: Direction; org_aggregation: IndicatorDefinition['orgAggregation'];
      time_aggregation: IndicatorDefinition['timeAggregation']; numerator: string | null; denominator: string | null;
      weight: string | null; scale: string | null; purpose: string; targets: Record<string, string> | null;
    }[] = await m.query(
      `SELECT i.key, g.key AS goal, i.unit, i.direction, i.org_aggregation, i.time_aggregation, num.key AS numerator,
              den.key AS denominator, w.key AS weight, i.scale, i.purpose,
              (SELECT jsonb_object_agg(t.period_key, t.target_value) FROM indicator_target t WHERE t.indicator_id = i.id) AS targets
         FROM indicator i JOIN goal g ON g.id = i.goal_id
         LEFT JOIN indicator num ON num.id = i.numerator_indicator_id
         LEFT JOIN indicator den ON den.id = i.denominator_indicator_id
         LEFT JOIN indicator w ON w.id = i.weight_indicator_id`,
    );
    const ratioRows: { goal: string; name: string; kind: RatioKind; numerator: string; denominator: string; scale: string | null; unit: string | null }[] =
      await m.query(
        `SELECT g.key AS goal, r.name, r.kind, num.key AS numerator, den.key AS denominator, r.scale, r.unit
           FROM ratio_definition r JOIN goal g ON g.id = r.goal_id
           JOIN indicator num ON num.id = r.numerator_indicator_id JOIN indicator den ON den.id = r.denominator_indicator_id`,
      );
    const valueRows: { indicator: string; node: string; period_key: string; value: string }[] = await m.query(
      `SELECT i.key AS indicator, n.key AS node, v.period_key, v.value
         FROM indicator_value v JOIN indicator i ON i.id = v.indicator_id JOIN org_node n ON n.id = v.org_node_id`,
    );
    return {
      orgTree: nodes.map((n) => ({ id: n.key, parentId: n.parent })),
      indicators: indicatorRows.map((r) => ({
        id: r.key,
        goal: r.goal,
        unit: r.unit,
        direction: r.direction,
        purpose: r.purpose,
        orgAggregation: r.org_aggregation,
        timeAggregation: r.time_aggregation,
        ...(r.numerator ? { numeratorIndicatorId: r.numerator } : {}),
        ...(r.denominator ? { denominatorIndicatorId: r.denominator } : {}),
        ...(r.weight ? { weightIndicatorId: r.weight } : {}),
        ...(r.scale !== null ? { scale: Number(r.scale) } : {}),
        targets: Object.fromEntries(Object.entries(r.targets ?? {}).map(([period, target]) => [period, Number(target)])),
      })),
      values: valueRows.map((v) => ({ indicatorId: v.indicator, orgNodeId: v.node, periodKey: v.period_key, value: Number(v.value) })),
      ratios: new Map(
        ratioRows.map((r) => [
          `${r.goal}: ${r.name}`,
          {
            kind: r.kind,
            numeratorIndicatorId: r.numerator,
            denominatorIndicatorId: r.denominator,
            ...(r.scale !== null ? { scale: Number(r.scale) } : {}),
            ...(r.unit !== null ? { unit: r.unit } : {}),
          },
        ]),
      ),
    };
  });
}
