import pg from 'pg';
import { DataSource, type EntityManager } from 'typeorm';
import type { GoalDto, GoalLevel } from '@resultatkedjan/contracts';
import { APP_DB_ROLE } from '../../src/platform/database/app-role.js';
import type { FixtureNode, Session } from './fixtures.js';
import type { TestApp } from './test-app.js';

/** A small kommunkoncern after DOMAIN 7.2: KF, KS, two nämnder with förvaltning and units, a stadshus with one bolag. */
export const KONCERN_NODES: FixtureNode[] = [
  { key: 'kf', name: 'Kommunfullmäktige', kind: 'kf' },
  { key: 'ks', name: 'Kommunstyrelsen', kind: 'ks', parent: 'kf' },
  { key: 'bun', name: 'Barn- och utbildningsnämnden', kind: 'namnd', parent: 'kf' },
  { key: 'uf', name: 'Utbildningsförvaltningen', kind: 'forvaltning', parent: 'bun' },
  { key: 'uf.gr', name: 'Grundskola', kind: 'verksamhet', parent: 'uf' },
  { key: 'uf.gr.norr', name: 'Norrskolan', kind: 'enhet', parent: 'uf.gr' },
  { key: 'uf.gr.soder', name: 'Söderskolan', kind: 'enhet', parent: 'uf.gr' },
  { key: 'von', name: 'Vård- och omsorgsnämnden', kind: 'namnd', parent: 'kf' },
  { key: 'vof', name: 'Vård- och omsorgsförvaltningen', kind: 'forvaltning', parent: 'von' },
  { key: 'vof.ht', name: 'Hemtjänst', kind: 'enhet', parent: 'vof' },
  { key: 'stadshus', name: 'Exempelstads Stadshus AB', kind: 'bolag', parent: 'kf' },
  { key: 'hem', name: 'Exempelstadshem AB', kind: 'bolag', parent: 'stadshus' },
];

/** Runs `work` as the app role inside one kommun, like TenantDb does, for arranging and inspecting rows. */
export async function asKommun<T>(app: TestApp, tenantId: string, work: (m: EntityManager) => Promise<T>): Promise<T> {
  return app.api.get(DataSource).transaction(async (m) => {
    await m.query(`SELECT set_config('app.tenant_id', $1, true)`, [tenantId]);
    await m.query(`SET LOCAL ROLE ${APP_DB_ROLE}`);
    return work(m);
  });
}

export interface AuditRow {
  action: string;
  entity_type: string;
  entity_id: string;
  actor_user_id: string | null;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

export function auditEventsOf(app: TestApp, tenantId: string, entityType: string, entityId: string): Promise<AuditRow[]> {
  return asKommun(app, tenantId, (m) =>
    m.query(
      `SELECT action, entity_type, entity_id, actor_user_id, before, after FROM audit_event
        WHERE entity_type = $1 AND entity_id = $2 ORDER BY occurred_at, id`,
      [entityType, entityId],
    ),
  );
}

export async function countRows(app: TestApp, tenantId: string, table: string, where = 'TRUE', params: unknown[] = []): Promise<number> {
  const [row] = await asKommun(app, tenantId, (m) => m.query(`SELECT count(*)::int AS n FROM ${table} WHERE ${where}`, params));
  return row.n as number;
}

/** A chain element with `indicators` indicators on a goal, straight in the database (the chain API is another feature). */
export async function addChainWithIndicators(app: TestApp, tenantId: string, goalId: string, indicators: number): Promise<string[]> {
  return asKommun(app, tenantId, async (m) => {
    const [element] = await m.query(
      `INSERT INTO chain_element (tenant_id, goal_id, link, name) VALUES ($1, $2, 'resultat', 'Resultat') RETURNING id`,
      [tenantId, goalId],
    );
    const ids: string[] = [];
    for (let i = 0; i < indicators; i++) {
      const [row] = await m.query(
        `INSERT INTO indicator (tenant_id, chain_element_id, goal_id, key, name, unit, direction, org_aggregation, time_aggregation, periodicity, purpose)
         VALUES ($1, $2, $3, $4, $5, 'st', 'higher', 'SUM', 'SUM', 'kvartal', 'Test')
         RETURNING id`,
        [tenantId, element.id, goalId, `${goalId.slice(0, 8)}.I${i}`, `Indikator ${i}`],
      );
      ids.push(row.id);
    }
    return ids;
  });
}

/** One utfall on a node, straight in the database. */
export async function addValue(app: TestApp, tenantId: string, indicatorId: string, orgNodeId: string): Promise<void> {
  await asKommun(app, tenantId, (m) =>
    m.query(`INSERT INTO indicator_value (tenant_id, indicator_id, org_node_id, period_key, value) VALUES ($1, $2, $3, '2026-Q1', 1)`, [
      tenantId,
      indicatorId,
      orgNodeId,
    ]),
  );
}

export interface GoalInput {
  key: string;
  level: GoalLevel;
  ownerNodeId: string;
  title?: string;
  parentGoalId?: string | null;
  alsoServesGoalIds?: string[];
  validFromYear?: number;
  validToYear?: number | null;
  geh?: boolean;
  sortOrder?: number;
}

/** POST /goals and expect 201. */
export async function createGoal(session: Session, input: GoalInput): Promise<GoalDto> {
  const res = await session.post('/api/v1/goals', { title: `Mål ${input.key}`, validFromYear: 2025, ...input });
  if (res.status !== 201) throw new Error(`create goal ${input.key} failed: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body as GoalDto;
}

/**
 * Makes every insert into `table` fail (a trigger installed as the database owner) while `work` runs, to prove
 * that a multi-row write is all-or-nothing when its later rows fail.
 */
export async function whileInsertsFail<T>(app: TestApp, table: string, work: () => Promise<T>): Promise<T> {
  const owner = new pg.Client({ connectionString: app.database.ownerUrl });
  await owner.connect();
  try {
    await owner.query(`CREATE OR REPLACE FUNCTION rk_test_fail_insert() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'simulated failure'; END $$`);
    await owner.query(`CREATE TRIGGER rk_test_fail_insert BEFORE INSERT ON ${table} FOR EACH ROW EXECUTE FUNCTION rk_test_fail_insert()`);
    return await work();
  } finally {
    await owner.query(`DROP TRIGGER IF EXISTS rk_test_fail_insert ON ${table}`);
    await owner.end();
  }
}
