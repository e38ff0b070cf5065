import { crc32 } from 'node:zlib';
import { DataSource, type EntityManager } from 'typeorm';
import type { Direction } from '@resultatkedjan/contracts';
import { APP_DB_ROLE } from '../../src/platform/database/app-role.js';
import { reportQueries } from '../../src/reports/report.queries.js';
import type { Kommun } from './fixtures.js';
import type { TestApp } from './test-app.js';

/** Runs SQL as the app role under the kommun's row-level security, like the API does. */
export async function asKommun<T>(app: TestApp, tenantId: string, work: (m: EntityManager) => Promise<T>): Promise<T> {
  return app.api.get(DataSource).transaction(async (m) => {
    await m.query(`SELECT set_config('app.tenant_id', $1, true)`, [tenantId]);
    await m.query(`SET LOCAL ROLE ${APP_DB_ROLE}`);
    return work(m);
  });
}

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

interface IndicatorSpec {
  name: keyof ReportWorld['indicators'];
  goal: keyof ReportWorld['goals'];
  link: string;
  unit: string;
  direction: Direction;
  targeted: boolean;
  ratio?: { numerator: keyof ReportWorld['indicators']; denominator: keyof ReportWorld['indicators'] };
}

const INDICATORS: IndicatorSpec[] = [
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
 * reports for the nodes `uf.norr` and `uf.soder` of the default fixture tree. Created straight in the database.
 */
export async function createReportWorld(app: TestApp, kommun: Kommun, prefix = 'T'): Promise<ReportWorld> {
  return asKommun(app, kommun.tenantId, async (m) => {
    const t = kommun.tenantId;
    const one = async (sql: string, params: unknown[]) => ((await m.query(sql, params)) as { id: string }[])[0]!.id;
    const [calendar] = await m.query(`INSERT INTO follow_up_calendar (tenant_id, year, template) VALUES ($1, 2026, '{}') RETURNING id`, [t]);
    const period = (key: string, from: string, to: string, status: string) =>
      one(
        `INSERT INTO follow_up_period (tenant_id, calendar_id, period_key, kind, covers_from, covers_to, opens_on, deadline, review_deadline, locks_on, status)
         VALUES ($1, $2, $3, 'kvartal', $4, $5, $5, $5, $5, $5, $6) RETURNING id`,
        [t, calendar.id, key, from, to, status],
      );
    const periods = { q2: await period('2026-Q2', '2026-04-01', '2026-06-30', 'last'), q3: await period('2026-Q3', '2026-07-01', '2026-09-30', 'oppen') };

    const goal = (key: string, owner: string, level: string) =>
      one(
        `INSERT INTO goal (tenant_id, key, level, title, owner_node_id, valid_from_year, status) VALUES ($1, $2, $3, $4, $5, 2025, 'beslutad') RETURNING id`,
        [t, `${prefix}-${key}`, level, `Mål ${key}`, kommun.nodes[owner]],
      );
    const goals = { kf: await goal('KF', 'kf', 'finansiellt_mal'), bun: await goal('BUN', 'bun', 'namndmal'), norr: await goal('NORR', 'uf.norr', 'verksamhetsmal') };

    const indicators = {} as ReportWorld['indicators'];
    for (const [i, spec] of INDICATORS.entries()) {
      const element = await one(`INSERT INTO chain_element (tenant_id, goal_id, link, name) VALUES ($1, $2, $3, $4) RETURNING id`, [
        t, goals[spec.goal], spec.link, `${spec.link} ${spec.name}`,
      ]);
      indicators[spec.name] = await one(
        `INSERT INTO indicator (tenant_id, chain_element_id, goal_id, key, name, unit, direction, org_aggregation, time_aggregation,
                                periodicity, targeted, purpose, numerator_indicator_id, denominator_indicator_id, scale, sort_order)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $8, 'kvartal', $9, 'Test', $10, $11, $12, $13) RETURNING id`,
        [
          t, element, goals[spec.goal], `${prefix}.${spec.name}`, spec.name, spec.unit, spec.direction, spec.ratio ? 'RATIO' : 'SUM',
          spec.targeted, spec.ratio ? indicators[spec.ratio.numerator] : null, spec.ratio ? indicators[spec.ratio.denominator] : null,
          spec.ratio ? 100 : null, i,
        ],
      );
    }
    for (const [name, key, target] of [['andel', '2026', 88], ['nojda', '2026', 80], ['lektioner', '2026-Q3', 1000], ['resultat', '2026', 2]] as const) {
      await m.query(`INSERT INTO indicator_target (tenant_id, indicator_id, period_key, target_value) VALUES ($1, $2, $3, $4)`, [t, indicators[name], key, target]);
    }
    for (const [name, value] of [['elever', 450], ['behoriga', 380], ['nojda', 75], ['kostnad', 13_000], ['lektioner', 950]] as const) {
      await m.query(
        `INSERT INTO indicator_value (tenant_id, indicator_id, org_node_id, period_key, value) VALUES ($1, $2, $3, '2026-Q2', $4)`,
        [t, indicators[name], kommun.nodes['uf.norr'], value],
      );
    }

    await reportQueries.createDrafts(m, t, periods.q3, [kommun.nodes['uf.norr']!, kommun.nodes['uf.soder']!]);
    await reportQueries.createDrafts(m, t, periods.q2, [kommun.nodes['uf.norr']!]);
    const rows: { id: string; node_id: string; period_id: string }[] = await m.query(`SELECT id, org_node_id AS node_id, period_id FROM report`);
    const keyOfNode = new Map(Object.entries(kommun.nodes).map(([key, id]) => [id, key]));
    const reports: Record<string, string> = {};
    for (const r of rows) reports[`${keyOfNode.get(r.node_id)}.${r.period_id === periods.q3 ? 'q3' : 'q2'}`] = r.id;
    return { periods, goals, indicators, reports };
  });
}

/** A complete narrative and self-assessment for a goal, as the PUT body expects it. */
export function fullAssessment(goalId: string, text = 'Text') {
  return { goalId, whatHappened: `${text}: hänt`, why: `${text}: varför`, nextSteps: `${text}: nästa steg`, selfLevel: 2, selfJustification: `${text}: motivering` };
}

/** A minimal zip (stored, not compressed) — enough to build a .docx-shaped file in a test. */
export function storedZip(files: Record<string, string>): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, text] of Object.entries(files)) {
    const nameBytes = Buffer.from(name, 'utf8');
    const data = Buffer.from(text, 'utf8');
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, data);
    centrals.push(central, nameBytes);
    offset += 30 + nameBytes.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Object.keys(files).length, 8);
  end.writeUInt16LE(Object.keys(files).length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/**
 * One row in each tenant table the report world does not fill (population, mandatperiod, grunduppdrag,
 * ägardirektiv, goal links, ratio definitions, snapshots, notifications, job runs), so isolation tests see data everywhere.
 */
export async function fillRemainingTables(app: TestApp, kommun: Kommun, world: ReportWorld): Promise<void> {
  await asKommun(app, kommun.tenantId, async (m) => {
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
    await m.query(`INSERT INTO period_snapshot (tenant_id, period_id, data) VALUES ($1, $2, '{}')`, [t, world.periods.q2]);
    await m.query(
      `INSERT INTO notification (tenant_id, dedupe_key, kind, recipient_email, subject, body, channel, period_id)
       VALUES ($1, 'test', 'paminnelse', 'x@example.se', 'Påminnelse', 'Text', 'email', $2)`,
      [t, world.periods.q3],
    );
    await m.query(`INSERT INTO job_run (tenant_id, job_key, job_name, period_id, status, started_at) VALUES ($1, 'test', 'open', $2, 'klar', now())`, [t, world.periods.q3]);
  });
}
