import type { ChainLink, Direction, GoalLevel, ValueRow } from '@resultatkedjan/contracts';
import type { Kommun, NodeSpec, Session, TestFactory, UserSpec } from './factory.js';

/*
 * Named scenarios built with the factory: the org trees of DOMAIN.md 7.2, the chains of 7.4 with their values, and
 * the report world most report tests start from. Each takes the factory and the kommun first.
 */

// ── org trees ───────────────────────────────────────────────────────────────────────────────────

/** A small kommunkoncern after DOMAIN 7.2: KF, KS, two nämnder with förvaltning and units, a stadshus with one bolag. */
export const KONCERN_NODES: NodeSpec[] = [
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

/**
 * Exempelstad's org (DOMAIN.md 7.2), the parts the chain tests use. `uf.gr.f9` groups the two F–9 schools so
 * the Norr + Söder roll-up (7.5 rows 12–13) can be read from one node; the other schools sit under uf.gr.
 */
export const EXEMPELSTAD_NODES: NodeSpec[] = [
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

/**
 * A small kommunkoncern: KF, KS, two nämnder with förvaltning and units, and a bolag. Kept in the demo's shape
 * (DOMAIN.md 7.2) so the default reporting kinds give each period kind a different set of reporters.
 */
export const FOLLOW_UP_NODES: NodeSpec[] = [
  { key: 'kf', name: 'Kommunfullmäktige', kind: 'kf' },
  { key: 'ks', name: 'Kommunstyrelsen', kind: 'ks', parent: 'kf' },
  { key: 'bun', name: 'Barn- och utbildningsnämnden', kind: 'namnd', parent: 'kf' },
  { key: 'uf', name: 'Utbildningsförvaltningen', kind: 'forvaltning', parent: 'bun' },
  { key: 'uf.gr.norr', name: 'Norrskolan', kind: 'enhet', parent: 'uf' },
  { key: 'uf.gr.soder', name: 'Söderskolan', kind: 'enhet', parent: 'uf' },
  { key: 'von', name: 'Vård- och omsorgsnämnden', kind: 'namnd', parent: 'kf' },
  { key: 'vof', name: 'Vård- och omsorgsförvaltningen', kind: 'forvaltning', parent: 'von' },
  { key: 'vof.ht.centrum', name: 'Hemtjänst Centrum', kind: 'enhet', parent: 'vof' },
  { key: 'hem', name: 'Exempelstadshem AB', kind: 'bolag', parent: 'kf' },
];

export function followUpUsers(prefix: string): UserSpec[] {
  return [
    { email: `${prefix}.controller@test.se`, role: 'controller' },
    { email: `${prefix}.admin@test.se`, role: 'admin' },
    { email: `${prefix}.norr@test.se`, role: 'enhetschef', scope: 'uf.gr.norr' },
    { email: `${prefix}.soder@test.se`, role: 'enhetschef', scope: 'uf.gr.soder' },
    { email: `${prefix}.bun@test.se`, role: 'enhetschef', scope: 'bun' },
    { email: `${prefix}.revisor@test.se`, role: 'revisor' },
  ];
}

// ── DOMAIN.md 7.4: chains with their values (through the API) ──────────────────────────────────

/** [school, pupils, FTE, net cost (mnkr), leavers åk 9, qualified] — blank cells (F–6 schools) are null. */
const GRUNDSKOLA_2025: [string, number, number, number, number | null, number | null][] = [
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
export async function newGrundskolaChain(factory: TestFactory, kommun: Kommun, session: Session): Promise<GrundskolaChain> {
  const { id: goalId } = await factory.newGoal(kommun, { key: 'BUN1', owner: 'bun', title: 'Fler elever är behöriga till gymnasiets yrkesprogram' });
  const resurs = await factory.newChainElement(kommun, { goalId, link: 'resurs', name: 'Lärare och pengar' }, session);
  const prestation = await factory.newChainElement(kommun, { goalId, link: 'prestation', name: 'Elever och avgångselever' }, session);
  const resultat = await factory.newChainElement(kommun, { goalId, link: 'resultat', name: 'Behöriga till yrkesprogram' }, session);
  const annual = { periodicity: 'ar' as const };
  const kostnad = await factory.newIndicator(kommun, { chainElementId: resurs, key: 'BUN1.R1', ...annual, name: 'Nettokostnad', unit: 'tkr', direction: 'neutral' }, session);
  const larare = await factory.newIndicator(kommun, { chainElementId: resurs, key: 'BUN1.R2', ...annual, name: 'Lärartjänster', unit: 'åa', direction: 'neutral', timeAggregation: 'AVG' }, session);
  const elever = await factory.newIndicator(kommun, { chainElementId: prestation, key: 'BUN1.P0', ...annual, name: 'Elever (15 okt)', unit: 'elever', direction: 'neutral', timeAggregation: 'ANNUAL' }, session);
  const avgangna = await factory.newIndicator(kommun, { chainElementId: prestation, key: 'BUN1.P1', ...annual, name: 'Elever som avslutat åk 9', timeAggregation: 'ANNUAL' }, session);
  const behoriga = await factory.newIndicator(kommun, { chainElementId: resultat, key: 'BUN1.K1', ...annual, name: 'Behöriga till yrkesprogram', timeAggregation: 'ANNUAL' }, session);
  const andel = await factory.newIndicator(kommun, { chainElementId: resultat, key: 'BUN1.K2',
    ...annual, name: 'Andel behöriga', unit: '%', orgAggregation: 'RATIO', timeAggregation: 'ANNUAL',
    numeratorIndicatorId: behoriga, denominatorIndicatorId: avgangna, scale: 100,
  }, session);
  await factory.newTargets(kommun, andel, [{ periodKey: '2025', targetValue: 86 }, { periodKey: '2026', targetValue: 88 }], session);

  const ratios = {
    produktivitet: await factory.newRatio(kommun, { goalId, kind: 'produktivitet', name: 'Elever per lärartjänst', numeratorIndicatorId: elever, denominatorIndicatorId: larare }, session),
    kostnadPerElev: await factory.newRatio(kommun, { goalId, kind: 'kostnad_per_prestation', name: 'Kostnad per elev', numeratorIndicatorId: kostnad, denominatorIndicatorId: elever }, session),
    effektivitet: await factory.newRatio(kommun, { goalId, kind: 'effektivitet', name: 'Behöriga per mnkr', numeratorIndicatorId: behoriga, denominatorIndicatorId: kostnad }, session),
    kostnadPerBehorig: await factory.newRatio(kommun, { goalId, kind: 'kostnad_per_resultat', name: 'Kostnad per behörig avgångselev', numeratorIndicatorId: kostnad, denominatorIndicatorId: behoriga }, session),
  };

  const rows: ValueRow[] = [];
  for (const [school, pupils, fte, costMnkr, leavers, qualified] of GRUNDSKOLA_2025) {
    const node = kommun.nodes[school]!;
    const row = (indicatorId: string, value: number): ValueRow => ({ indicatorId, orgNodeId: node, periodKey: '2025', value });
    rows.push(row(elever, pupils), row(larare, fte), row(kostnad, Math.round(costMnkr * 1000)));
    if (leavers !== null) rows.push(row(avgangna, leavers));
    if (qualified !== null) rows.push(row(behoriga, qualified));
  }
  await factory.newValues(kommun, rows, session);
  return { goalId, indicators: { kostnad, larare, elever, avgangna, behoriga, andel }, ratios };
}

// ── DOMAIN.md 7.4 B: VON1 hemtjänst, quarterly values 2025 ──────────────────────────────────────

/** Per area: brukare, nettokostnad (tkr), årsarbetare, utförda timmar, personalkontinuitet — Q1..Q4 2025. */
const HEMTJANST_2025: Record<string, { brukare: number[]; kostnad: number[]; fte: number[]; timmar: number[]; kontinuitet: number[] }> = {
  'vof.ht.centrum': { brukare: [148, 152, 150, 154], kostnad: [7700, 7800, 8450, 7950], fte: [41.0, 41.5, 44.0, 41.5], timmar: [11160, 11300, 11480, 11520], kontinuitet: [16, 16, 17, 15] },
  'vof.ht.vaster': { brukare: [176, 180, 178, 182], kostnad: [9100, 9250, 9950, 9350], fte: [49.0, 49.5, 52.0, 49.5], timmar: [13380, 13650, 13770, 13830], kontinuitet: [15, 15, 16, 14] },
  'vof.ht.norr': { brukare: [166, 168, 170, 172], kostnad: [9400, 9500, 10250, 9600], fte: [47.0, 47.5, 50.0, 47.5], timmar: [12420, 12600, 12830, 12880], kontinuitet: [13, 13, 14, 13] },
};

export interface HemtjanstChain {
  goalId: string;
  indicators: { brukare: string; kostnad: string; fte: string; timmar: string; kontinuitet: string };
  ratios: { kostnadPerTimme: string; timmarPerAa: string };
}

export async function newHemtjanstChain(factory: TestFactory, kommun: Kommun, session: Session): Promise<HemtjanstChain> {
  const { id: goalId } = await factory.newGoal(kommun, { key: 'VON1', owner: 'von', title: 'Brukare i hemtjänsten möter färre personal och känner sig trygga' });
  const behov = await factory.newChainElement(kommun, { goalId, link: 'behov', name: 'Brukare' }, session);
  const resurs = await factory.newChainElement(kommun, { goalId, link: 'resurs', name: 'Personal och kostnad' }, session);
  const prestation = await factory.newChainElement(kommun, { goalId, link: 'prestation', name: 'Utförd tid' }, session);
  const resultat = await factory.newChainElement(kommun, { goalId, link: 'resultat', name: 'Kontinuitet' }, session);
  const brukare = await factory.newIndicator(kommun, { chainElementId: behov, key: 'VON1.B1', name: 'Brukare', direction: 'neutral', timeAggregation: 'AVG' }, session);
  const kostnad = await factory.newIndicator(kommun, { chainElementId: resurs, key: 'VON1.R1', name: 'Nettokostnad', unit: 'tkr', direction: 'neutral' }, session);
  const fte = await factory.newIndicator(kommun, { chainElementId: resurs, key: 'VON1.R2', name: 'Årsarbetare', unit: 'åa', direction: 'neutral', timeAggregation: 'AVG' }, session);
  const timmar = await factory.newIndicator(kommun, { chainElementId: prestation, key: 'VON1.P1', name: 'Utförda timmar', unit: 'h' }, session);
  const kontinuitet = await factory.newIndicator(kommun, { chainElementId: resultat, key: 'VON1.K1',
    name: 'Personalkontinuitet', unit: 'pers.', direction: 'lower', orgAggregation: 'WEIGHTED_MEAN', timeAggregation: 'AVG', weightIndicatorId: brukare,
  }, session);
  await factory.newTargets(kommun, kontinuitet, [{ periodKey: '2025', targetValue: 14 }], session);
  const ratios = {
    kostnadPerTimme: await factory.newRatio(kommun, { goalId, kind: 'kostnad_per_prestation', name: 'Kostnad per utförd timme', numeratorIndicatorId: kostnad, denominatorIndicatorId: timmar }, session),
    timmarPerAa: await factory.newRatio(kommun, { goalId, kind: 'produktivitet', name: 'Utförda timmar per årsarbetare', numeratorIndicatorId: timmar, denominatorIndicatorId: fte }, session),
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
  await factory.newValues(kommun, rows, session);
  return { goalId, indicators: { brukare, kostnad, fte, timmar, kontinuitet }, ratios };
}

// ── the report world (straight in the database) ───────────────────────────────────────────────

export interface ReportWorld {
  periods: { q2: string; q3: string };
  goals: { bun: string; norr: string; kf: string };
  indicators: {
    /** elever (st), prestation — the denominator of `andel`. */
    elever: string;
    /** behöriga (st) — the numerator of `andel`. */
    behoriga: string;
    /** andel behöriga (%) = behöriga / elever × 100, target 88 for 2026; computed. */
    andel: string;
    /** nöjda elever (%), entered directly, target 80. */
    nojda: string;
    /** nettokostnad (tkr), monitored without a target. */
    kostnad: string;
    /** genomförda lektioner (st), Norrskolan's own goal, target 1000 for 2026-Q3. */
    lektioner: string;
    /** resultat i % (KF's financial goal): must not appear in a unit's report. */
    resultat: string;
  };
  /** Reports keyed `<node key>.<period>` e.g. `uf.norr.q3`. */
  reports: Record<string, string>;
}

interface WorldIndicator {
  name: keyof ReportWorld['indicators'];
  goal: keyof ReportWorld['goals'];
  link: ChainLink;
  unit: string;
  direction: Direction;
  targeted: boolean;
  ratio?: { numerator: keyof ReportWorld['indicators']; denominator: keyof ReportWorld['indicators'] };
}

const INDICATORS: WorldIndicator[] = [
  { name: 'kostnad', goal: 'bun', link: 'resurs', unit: 'tkr', direction: 'lower', targeted: false },
  { name: 'elever', goal: 'bun', link: 'prestation', unit: 'st', direction: 'neutral', targeted: false },
  { name: 'behoriga', goal: 'bun', link: 'resultat', unit: 'st', direction: 'higher', targeted: false },
  { name: 'andel', goal: 'bun', link: 'resultat', unit: '%', direction: 'higher', targeted: true, ratio: { numerator: 'behoriga', denominator: 'elever' } },
  { name: 'nojda', goal: 'bun', link: 'resultat', unit: '%', direction: 'higher', targeted: true },
  { name: 'lektioner', goal: 'norr', link: 'aktivitet', unit: 'st', direction: 'higher', targeted: true },
  { name: 'resultat', goal: 'kf', link: 'resultat', unit: '%', direction: 'higher', targeted: true },
];

/**
 * Goals, indicators, targets, last quarter's values and the Q2 (locked) and Q3 (open) 2026 periods with draft
 * reports for the nodes `uf.norr` and `uf.soder` of the default test tree, straight in the database.
 */
export async function newReportWorld(factory: TestFactory, kommun: Kommun, prefix = 'T'): Promise<ReportWorld> {
  const periods = {
    q2: await factory.newPeriod(kommun, { key: '2026-Q2', from: '2026-04-01', to: '2026-06-30', status: 'last' }),
    q3: await factory.newPeriod(kommun, { key: '2026-Q3', from: '2026-07-01', to: '2026-09-30', status: 'oppen' }),
  };
  const goal = async (key: string, owner: string, level: GoalLevel) =>
    (await factory.newGoal(kommun, { key: `${prefix}-${key}`, owner, level, title: `Mål ${key}` })).id;
  const goals = { kf: await goal('KF', 'kf', 'finansiellt_mal'), bun: await goal('BUN', 'bun', 'namndmal'), norr: await goal('NORR', 'uf.norr', 'verksamhetsmal') };

  const indicators = {} as ReportWorld['indicators'];
  for (const [i, spec] of INDICATORS.entries()) {
    const chainElementId = await factory.newChainElement(kommun, { goalId: goals[spec.goal], link: spec.link, name: `${spec.link} ${spec.name}` });
    const aggregation = spec.ratio ? 'RATIO' : 'SUM';
    indicators[spec.name] = await factory.newIndicator(kommun, {
      chainElementId,
      key: `${prefix}.${spec.name}`,
      name: spec.name,
      unit: spec.unit,
      direction: spec.direction,
      orgAggregation: aggregation,
      timeAggregation: aggregation,
      periodicity: 'kvartal',
      targeted: spec.targeted,
      purpose: 'Test',
      numeratorIndicatorId: spec.ratio ? indicators[spec.ratio.numerator] : null,
      denominatorIndicatorId: spec.ratio ? indicators[spec.ratio.denominator] : null,
      scale: spec.ratio ? 100 : null,
      sortOrder: i,
    });
  }
  for (const [name, periodKey, targetValue] of [['andel', '2026', 88], ['nojda', '2026', 80], ['lektioner', '2026-Q3', 1000], ['resultat', '2026', 2]] as const) {
    await factory.newTargets(kommun, indicators[name], [{ periodKey, targetValue }]);
  }
  await factory.newValues(
    kommun,
    ([['elever', 450], ['behoriga', 380], ['nojda', 75], ['kostnad', 13_000], ['lektioner', 950]] as const).map(([name, value]) => ({
      indicatorId: indicators[name],
      orgNodeId: kommun.nodes['uf.norr']!,
      periodKey: '2026-Q2',
      value,
    })),
  );

  const reports: Record<string, string> = {
    'uf.norr.q3': await factory.newReport(kommun, { periodId: periods.q3, node: 'uf.norr' }),
    'uf.soder.q3': await factory.newReport(kommun, { periodId: periods.q3, node: 'uf.soder' }),
    'uf.norr.q2': await factory.newReport(kommun, { periodId: periods.q2, node: 'uf.norr' }),
  };
  return { periods, goals, indicators, reports };
}

/**
 * One row in each tenant table the report world does not fill (population, mandatperiod, grunduppdrag,
 * ägardirektiv, goal links, ratio definitions, goal assessments, SSO settings, dialogues, remiss and comments, uppdrag, snapshots, exports, notifications, job runs), so isolation tests see data everywhere.
 */
export async function fillRemainingTables(factory: TestFactory, kommun: Kommun, world: ReportWorld): Promise<void> {
  await factory.asKommun(kommun, async (m) => {
    const t = kommun.tenantId;
    await m.query(`INSERT INTO tenant_population (tenant_id, year, inhabitants) VALUES ($1, 2026, 45000)`, [t]);
    await m.query(`INSERT INTO mandatperiod (tenant_id, label, starts_on, ends_on) VALUES ($1, '2022–2026', '2022-10-15', '2026-10-14')`, [t]);
    await m.query(`INSERT INTO grunduppdrag (tenant_id, org_node_id, text, valid_from_year) VALUES ($1, $2, 'Skola enligt skollagen', 2025)`, [t, kommun.nodes.bun]);
    const [direktiv] = await m.query(
      `INSERT INTO agardirektiv (tenant_id, bolag_node_id, title, body, valid_from_year) VALUES ($1, $2, 'Ägardirektiv', 'Text', 2025) RETURNING id`,
      [t, kommun.nodes.bolag],
    );
    await m.query(`INSERT INTO agardirektiv_goal (tenant_id, agardirektiv_id, goal_id) VALUES ($1, $2, $3)`, [t, direktiv.id, world.goals.kf]);
    await m.query(`INSERT INTO goal_link (tenant_id, goal_id, serves_goal_id) VALUES ($1, $2, $3)`, [t, world.goals.bun, world.goals.kf]);
    await m.query(
      `INSERT INTO ratio_definition (tenant_id, goal_id, kind, name, numerator_indicator_id, denominator_indicator_id) VALUES ($1, $2, 'kvot', 'Behöriga per elev', $3, $4)`,
      [t, world.goals.bun, world.indicators.behoriga, world.indicators.elever],
    );
    await m.query(
      `INSERT INTO goal_assessment (tenant_id, goal_id, period_id, tier, org_node_id, level, justification, proposed_level, assessed_at)
       VALUES ($1, $2, $3, 'namnd', $4, 2, 'Motivering', 2, now())`,
      [t, world.goals.bun, world.periods.q2, kommun.nodes.bun],
    );
    const [dialogue] = await m.query(
      `INSERT INTO dialogue (tenant_id, org_node_id, period_id, kind, title, held_on, version) VALUES ($1, $2, $3, 'analysdialog', 'Analysdialog', '2026-08-20', 1) RETURNING id`,
      [t, kommun.nodes.bun, world.periods.q2],
    );
    await m.query(`INSERT INTO dialogue_note (tenant_id, dialogue_id, item_key, text) VALUES ($1, $2, 'x', 'Anteckning')`, [t, dialogue.id]);
    await m.query(
      `INSERT INTO dialogue_action (tenant_id, dialogue_id, title, owner_node_id, due_on, goal_id, version) VALUES ($1, $2, 'Åtgärd', $3, '2026-12-31', $4, 1)`,
      [t, dialogue.id, kommun.nodes['uf.norr'], world.goals.bun],
    );
    await m.query(
      `INSERT INTO saved_analysis (tenant_id, goal_id, period_key, title, body, settings, dialogue_id, version)
       VALUES ($1, $2, '2026-Q2', 'Analys', 'Text', '{"ratioIds":[],"qualityIndicatorId":null,"groupNodeId":null,"resourceChange":0}', $3, 1)`,
      [t, world.goals.bun, dialogue.id],
    );
    await m.query(`INSERT INTO period_snapshot (tenant_id, period_id, data) VALUES ($1, $2, '{}')`, [t, world.periods.q2]);
    await m.query(
      `INSERT INTO tenant_sso (tenant_id, display_name, issuer, client_id, client_secret_sealed) VALUES ($1, 'Kommunens konto', 'https://idp.example', 'rk', 'v1.x.y.z')`,
      [t],
    );
    await m.query(`INSERT INTO goal_circulation (tenant_id, goal_id, sent_by_name, message) VALUES ($1, $2, 'Eva', 'Synpunkter?')`, [t, world.goals.bun]);
    await m.query(
      `INSERT INTO goal_comment (tenant_id, goal_id, author_name, org_node_id, text) VALUES ($1, $2, 'Omar', $3, 'Synpunkt')`,
      [t, world.goals.bun, kommun.nodes['uf.norr']],
    );
    await m.query(
      `INSERT INTO uppdrag (tenant_id, title, issuer_node_id, owner_node_id, year, version) VALUES ($1, 'Uppdrag', $2, $3, 2026, 1)`,
      [t, kommun.nodes.bun, kommun.nodes['uf.norr']],
    );
    await m.query(
      `INSERT INTO period_export (tenant_id, period_id, format, status, progress, file_name, content_type, data, size_bytes)
       VALUES ($1, $2, 'csv', 'klar', 100, 'export.csv', 'text/csv; charset=utf-8', convert_to('a;b', 'UTF8'), 3)`,
      [t, world.periods.q2],
    );
    await m.query(
      `INSERT INTO notification (tenant_id, dedupe_key, kind, recipient_email, subject, body, channel, period_id)
       VALUES ($1, 'test', 'paminnelse', 'x@example.se', 'Påminnelse', 'Text', 'email', $2)`,
      [t, world.periods.q3],
    );
    await m.query(`INSERT INTO job_run (tenant_id, job_key, job_name, period_id, status, started_at) VALUES ($1, 'test', 'open', $2, 'klar', now())`, [t, world.periods.q3]);
  });
}
