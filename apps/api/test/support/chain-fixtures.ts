import { DataSource, type EntityManager } from 'typeorm';
import type { ChainLink, CreateIndicatorRequest, GoalLevel, ValueRow } from '@resultatkedjan/contracts';
import { APP_DB_ROLE } from '../../src/platform/database/app-role.js';
import type { TenantSettings } from '../../src/tenancy/tenant.entity.js';
import type { FixtureNode, Kommun, Session } from './fixtures.js';
import type { TestApp } from './test-app.js';

/**
 * Exempelstad's org (DOMAIN.md 7.2), the parts the chain tests use. `uf.gr.f9` groups the two F–9 schools so
 * the Norr + Söder roll-up (7.5 rows 12–13) can be read from one node; the other schools sit under uf.gr.
 */
export const EXEMPELSTAD_NODES: FixtureNode[] = [
  { key: 'kf', name: 'Kommunfullmäktige', kind: 'kf' },
  { key: 'bun', name: 'Barn- och utbildningsnämnden', kind: 'namnd', parent: 'kf' },
  { key: 'uf', name: 'Utbildningsförvaltningen', kind: 'forvaltning', parent: 'bun' },
  { key: 'uf.gr', name: 'Grundskola', kind: 'verksamhet', parent: 'uf' },
  { key: 'uf.gr.f9', name: 'F–9-skolor', kind: 'verksamhet', parent: 'uf.gr' },
  { key: 'uf.gr.norr', name: 'Norrskolan', kind: 'enhet', parent: 'uf.gr.f9' },
  { key: 'uf.gr.soder', name: 'Söderskolan', kind: 'enhet', parent: 'uf.gr.f9' },
  { key: 'uf.gr.central', name: 'Centralskolan', kind: 'enhet', parent: 'uf.gr' },
  { key: 'uf.gr.vaster', name: 'Västerskolan', kind: 'enhet', parent: 'uf.gr' },
  { key: 'uf.gr.ekbacka', name: 'Ekbackaskolan', kind: 'enhet', parent: 'uf.gr' },
  { key: 'uf.gr.lind', name: 'Lindskolan', kind: 'enhet', parent: 'uf.gr' },
  { key: 'uf.gr.bjork', name: 'Björkskolan', kind: 'enhet', parent: 'uf.gr' },
  { key: 'uf.gr.strand', name: 'Strandskolan', kind: 'enhet', parent: 'uf.gr' },
  { key: 'uf.gr.asby', name: 'Åsby skola', kind: 'enhet', parent: 'uf.gr' },
  { key: 'uf.gr.kvarn', name: 'Kvarnskolan', kind: 'enhet', parent: 'uf.gr' },
  { key: 'von', name: 'Vård- och omsorgsnämnden', kind: 'namnd', parent: 'kf' },
  { key: 'vof', name: 'Vård- och omsorgsförvaltningen', kind: 'forvaltning', parent: 'von' },
  { key: 'vof.ht', name: 'Hemtjänst', kind: 'verksamhet', parent: 'vof' },
  { key: 'vof.ht.centrum', name: 'Hemtjänst Centrum', kind: 'enhet', parent: 'vof.ht' },
  { key: 'vof.ht.vaster', name: 'Hemtjänst Väster', kind: 'enhet', parent: 'vof.ht' },
  { key: 'vof.ht.norr', name: 'Hemtjänst Norr', kind: 'enhet', parent: 'vof.ht' },
];

/** Runs `work` as the app role with the kommun set, as request code does (row-level security applies). */
export async function asKommun<T>(app: TestApp, tenantId: string, work: (m: EntityManager) => Promise<T>): Promise<T> {
  return app.api.get(DataSource).transaction(async (m) => {
    await m.query(`SELECT set_config('app.tenant_id', $1, true)`, [tenantId]);
    await m.query(`SET LOCAL ROLE ${APP_DB_ROLE}`);
    return work(m);
  });
}

/** A goal straight in the database (the goals API is built separately). */
export async function createGoal(
  app: TestApp,
  kommun: Kommun,
  goal: { key: string; owner: string; title?: string; level?: GoalLevel; validFromYear?: number },
): Promise<string> {
  return asKommun(app, kommun.tenantId, async (m) => {
    const [row] = await m.query(
      `INSERT INTO goal (tenant_id, key, level, title, owner_node_id, valid_from_year, status)
       VALUES ($1, $2, $3, $4, $5, $6, 'beslutad') RETURNING id`,
      [kommun.tenantId, goal.key, goal.level ?? 'namndmal', goal.title ?? `Mål ${goal.key}`, kommun.nodes[goal.owner], goal.validFromYear ?? 2025],
    );
    return row.id as string;
  });
}

export async function setTenantSettings(app: TestApp, tenantId: string, settings: TenantSettings): Promise<void> {
  await asKommun(app, tenantId, (m) => m.query('UPDATE tenant SET settings = $1 WHERE id = $2', [JSON.stringify(settings), tenantId]));
}

export interface AuditRow {
  action: string;
  entity_type: string;
  entity_id: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  actor_user_id: string | null;
}

export function auditRows(app: TestApp, tenantId: string, entityType: string): Promise<AuditRow[]> {
  return asKommun(app, tenantId, (m) =>
    m.query(
      'SELECT action, entity_type, entity_id, before, after, actor_user_id FROM audit_event WHERE entity_type = $1 ORDER BY occurred_at, id',
      [entityType],
    ),
  );
}

export function countRows(app: TestApp, tenantId: string, table: 'indicator_value' | 'indicator' | 'chain_element' | 'indicator_target'): Promise<number> {
  return asKommun(app, tenantId, async (m) => Number((await m.query(`SELECT count(*)::int AS n FROM ${table}`))[0].n));
}

/** Indicator fields every test indicator shares; override what matters. */
export function indicatorBody(chainElementId: string, key: string, fields: Partial<CreateIndicatorRequest> = {}): CreateIndicatorRequest {
  return {
    chainElementId,
    key,
    name: key,
    unit: 'st',
    direction: 'higher',
    orgAggregation: 'SUM',
    timeAggregation: 'SUM',
    periodicity: 'kvartal',
    purpose: 'Följs upp av nämnden varje kvartal.',
    ...fields,
  };
}

export async function addElement(session: Session, goalId: string, link: ChainLink, name: string): Promise<string> {
  const res = await session.post(`/api/v1/goals/${goalId}/chain-elements`, { link, name });
  if (res.status !== 201) throw new Error(`chain element ${name}: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.id as string;
}

export async function addIndicator(session: Session, body: CreateIndicatorRequest): Promise<string> {
  const res = await session.post('/api/v1/indicators', body);
  if (res.status !== 201) throw new Error(`indicator ${body.key}: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.id as string;
}

export async function addRatio(
  session: Session,
  goalId: string,
  body: { kind: string; name: string; numeratorIndicatorId: string; denominatorIndicatorId: string; scale?: number },
): Promise<string> {
  const res = await session.post(`/api/v1/goals/${goalId}/ratios`, body);
  if (res.status !== 201) throw new Error(`ratio ${body.name}: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.id as string;
}

export async function putValues(session: Session, rows: ValueRow[]): Promise<void> {
  const res = await session.put('/api/v1/values', { rows });
  if (res.status !== 200) throw new Error(`values: ${res.status} ${JSON.stringify(res.body).slice(0, 2000)}`);
}

// ── DOMAIN.md 7.4 A: BUN1 grundskola, annual values 2025 per school ──────────────────────────────

/** [school, pupils, FTE, net cost (mnkr), leavers åk 9, qualified] — blank cells (F–6 schools) are null. */
export const GRUNDSKOLA_2025: [string, number, number, number, number | null, number | null][] = [
  ['uf.gr.norr', 450, 38.0, 54.0, 50, 42],
  ['uf.gr.soder', 600, 48.0, 69.6, 66, 59],
  ['uf.gr.central', 540, 46.0, 68.04, 182, 150],
  ['uf.gr.vaster', 420, 36.0, 52.5, 140, 117],
  ['uf.gr.ekbacka', 480, 38.0, 55.2, null, null],
  ['uf.gr.lind', 440, 36.0, 51.92, null, null],
  ['uf.gr.bjork', 400, 33.0, 47.2, null, null],
  ['uf.gr.strand', 520, 42.0, 59.8, null, null],
  ['uf.gr.asby', 150, 14.0, 21.75, null, null],
  ['uf.gr.kvarn', 400, 33.0, 46.8, null, null],
];

export interface GrundskolaChain {
  goalId: string;
  indicators: { kostnad: string; larare: string; elever: string; avgangna: string; behoriga: string; andel: string };
  ratios: { produktivitet: string; kostnadPerElev: string; effektivitet: string; kostnadPerBehorig: string };
}

/** BUN1 with the chain of 7.4 A (annual figures), its ratio definitions and the 2025 values of all ten schools. */
export async function buildGrundskola(app: TestApp, kommun: Kommun, session: Session): Promise<GrundskolaChain> {
  const goalId = await createGoal(app, kommun, { key: 'BUN1', owner: 'bun', title: 'Fler elever är behöriga till gymnasiets yrkesprogram' });
  const resurs = await addElement(session, goalId, 'resurs', 'Lärare och pengar');
  const prestation = await addElement(session, goalId, 'prestation', 'Elever och avgångselever');
  const resultat = await addElement(session, goalId, 'resultat', 'Behöriga till yrkesprogram');
  const annual = { periodicity: 'ar' as const };
  const kostnad = await addIndicator(session, indicatorBody(resurs, 'BUN1.R1', { ...annual, name: 'Nettokostnad', unit: 'tkr', direction: 'neutral' }));
  const larare = await addIndicator(session, indicatorBody(resurs, 'BUN1.R2', { ...annual, name: 'Lärartjänster', unit: 'åa', direction: 'neutral', timeAggregation: 'AVG' }));
  const elever = await addIndicator(session, indicatorBody(prestation, 'BUN1.P0', { ...annual, name: 'Elever (15 okt)', unit: 'elever', direction: 'neutral', timeAggregation: 'ANNUAL' }));
  const avgangna = await addIndicator(session, indicatorBody(prestation, 'BUN1.P1', { ...annual, name: 'Elever som avslutat åk 9', timeAggregation: 'ANNUAL' }));
  const behoriga = await addIndicator(session, indicatorBody(resultat, 'BUN1.K1', { ...annual, name: 'Behöriga till yrkesprogram', timeAggregation: 'ANNUAL' }));
  const andel = await addIndicator(session, indicatorBody(resultat, 'BUN1.K2', {
    ...annual, name: 'Andel behöriga', unit: '%', orgAggregation: 'RATIO', timeAggregation: 'ANNUAL',
    numeratorIndicatorId: behoriga, denominatorIndicatorId: avgangna, scale: 100,
  }));
  const targets = await session.put(`/api/v1/indicators/${andel}/targets`, { targets: [{ periodKey: '2025', targetValue: 86 }, { periodKey: '2026', targetValue: 88 }] });
  if (targets.status !== 200) throw new Error(`targets: ${targets.status} ${JSON.stringify(targets.body)}`);

  const ratios = {
    produktivitet: await addRatio(session, goalId, { kind: 'produktivitet', name: 'Elever per lärartjänst', numeratorIndicatorId: elever, denominatorIndicatorId: larare }),
    kostnadPerElev: await addRatio(session, goalId, { kind: 'kostnad_per_prestation', name: 'Kostnad per elev', numeratorIndicatorId: kostnad, denominatorIndicatorId: elever }),
    effektivitet: await addRatio(session, goalId, { kind: 'effektivitet', name: 'Behöriga per mnkr', numeratorIndicatorId: behoriga, denominatorIndicatorId: kostnad }),
    kostnadPerBehorig: await addRatio(session, goalId, { kind: 'kostnad_per_resultat', name: 'Kostnad per behörig avgångselev', numeratorIndicatorId: kostnad, denominatorIndicatorId: behoriga }),
  };

  const rows: ValueRow[] = [];
  for (const [school, pupils, fte, costMnkr, leavers, qualified] of GRUNDSKOLA_2025) {
    const node = kommun.nodes[school]!;
    const row = (indicatorId: string, value: number): ValueRow => ({ indicatorId, orgNodeId: node, periodKey: '2025', value });
    rows.push(row(elever, pupils), row(larare, fte), row(kostnad, Math.round(costMnkr * 1000)));
    if (leavers !== null) rows.push(row(avgangna, leavers));
    if (qualified !== null) rows.push(row(behoriga, qualified));
  }
  await putValues(session, rows);
  return { goalId, indicators: { kostnad, larare, elever, avgangna, behoriga, andel }, ratios };
}

// ── DOMAIN.md 7.4 B: VON1 hemtjänst, quarterly values 2025 ──────────────────────────────────────

/** Per area: brukare, nettokostnad (tkr), årsarbetare, utförda timmar, personalkontinuitet — Q1..Q4 2025. */
export const HEMTJANST_2025: Record<string, { brukare: number[]; kostnad: number[]; fte: number[]; timmar: number[]; kontinuitet: number[] }> = {
  'vof.ht.centrum': { brukare: [148, 152, 150, 154], kostnad: [7700, 7800, 8450, 7950], fte: [41.0, 41.5, 44.0, 41.5], timmar: [11160, 11300, 11480, 11520], kontinuitet: [16, 16, 17, 15] },
  'vof.ht.vaster': { brukare: [176, 180, 178, 182], kostnad: [9100, 9250, 9950, 9350], fte: [49.0, 49.5, 52.0, 49.5], timmar: [13380, 13650, 13770, 13830], kontinuitet: [15, 15, 16, 14] },
  'vof.ht.norr': { brukare: [166, 168, 170, 172], kostnad: [9400, 9500, 10250, 9600], fte: [47.0, 47.5, 50.0, 47.5], timmar: [12420, 12600, 12830, 12880], kontinuitet: [13, 13, 14, 13] },
};

export interface HemtjanstChain {
  goalId: string;
  indicators: { brukare: string; kostnad: string; fte: string; timmar: string; kontinuitet: string };
  ratios: { kostnadPerTimme: string; timmarPerAa: string };
}

export async function buildHemtjanst(app: TestApp, kommun: Kommun, session: Session): Promise<HemtjanstChain> {
  const goalId = await createGoal(app, kommun, { key: 'VON1', owner: 'von', title: 'Brukare i hemtjänsten möter färre personal och känner sig trygga' });
  const behov = await addElement(session, goalId, 'behov', 'Brukare');
  const resurs = await addElement(session, goalId, 'resurs', 'Personal och kostnad');
  const prestation = await addElement(session, goalId, 'prestation', 'Utförd tid');
  const resultat = await addElement(session, goalId, 'resultat', 'Kontinuitet');
  const brukare = await addIndicator(session, indicatorBody(behov, 'VON1.B1', { name: 'Brukare', direction: 'neutral', timeAggregation: 'AVG' }));
  const kostnad = await addIndicator(session, indicatorBody(resurs, 'VON1.R1', { name: 'Nettokostnad', unit: 'tkr', direction: 'neutral' }));
  const fte = await addIndicator(session, indicatorBody(resurs, 'VON1.R2', { name: 'Årsarbetare', unit: 'åa', direction: 'neutral', timeAggregation: 'AVG' }));
  const timmar = await addIndicator(session, indicatorBody(prestation, 'VON1.P1', { name: 'Utförda timmar', unit: 'h' }));
  const kontinuitet = await addIndicator(session, indicatorBody(resultat, 'VON1.K1', {
    name: 'Personalkontinuitet', unit: 'pers.', direction: 'lower', orgAggregation: 'WEIGHTED_MEAN', timeAggregation: 'AVG', weightIndicatorId: brukare,
  }));
  const targets = await session.put(`/api/v1/indicators/${kontinuitet}/targets`, { targets: [{ periodKey: '2025', targetValue: 14 }] });
  if (targets.status !== 200) throw new Error(`targets: ${targets.status} ${JSON.stringify(targets.body)}`);
  const ratios = {
    kostnadPerTimme: await addRatio(session, goalId, { kind: 'kostnad_per_prestation', name: 'Kostnad per utförd timme', numeratorIndicatorId: kostnad, denominatorIndicatorId: timmar }),
    timmarPerAa: await addRatio(session, goalId, { kind: 'produktivitet', name: 'Utförda timmar per årsarbetare', numeratorIndicatorId: timmar, denominatorIndicatorId: fte }),
  };
  const rows: ValueRow[] = [];
  for (const [area, series] of Object.entries(HEMTJANST_2025)) {
    const node = kommun.nodes[area]!;
    for (let q = 0; q < 4; q += 1) {
      const periodKey = `2025-Q${q + 1}`;
      rows.push(
        { indicatorId: brukare, orgNodeId: node, periodKey, value: series.brukare[q]! },
        { indicatorId: kostnad, orgNodeId: node, periodKey, value: series.kostnad[q]! },
        { indicatorId: fte, orgNodeId: node, periodKey, value: series.fte[q]! },
        { indicatorId: timmar, orgNodeId: node, periodKey, value: series.timmar[q]! },
        { indicatorId: kontinuitet, orgNodeId: node, periodKey, value: series.kontinuitet[q]! },
      );
    }
  }
  await putValues(session, rows);
  return { goalId, indicators: { brukare, kostnad, fte, timmar, kontinuitet }, ratios };
}

/** Rounds for assertions only (DOMAIN.md 7.5: round to the decimals shown). */
export function rounded(value: number | null, decimals: number): number | null {
  return value === null ? null : Number(value.toFixed(decimals));
}
