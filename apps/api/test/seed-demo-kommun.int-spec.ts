import pg from 'pg';
import { DEMO_PASSWORD, DEMO_TENANT_ID, DEMO_USERS, seedDemoKommun, type SeedResult } from '../src/seed/index.js';
import { countDemoRows, inDemoKommun } from './support/seed-demo.js';
import { startTestApp, type TestApp } from './support/test-app.js';
import { TestFactory } from './support/factory.js';

/** The seed lays out the follow-up calendar for the day it runs; pinned so the counts do not follow the clock. */
const SEED_DAY = '2026-12-01';

/** DOMAIN.md 7: what the demo seed writes, that it writes it once, and that the demo logins work. */
describe('demo kommun Exempelstad (seed)', () => {
  let app: TestApp;
  let factory: TestFactory;
  let first: SeedResult;
  let firstCounts: Record<string, number>;
  let seedMs: number;

  beforeAll(async () => {
    app = await startTestApp();
    factory = new TestFactory(app);
    const started = performance.now();
    first = await seedDemoKommun(app.database.ownerUrl, { today: SEED_DAY });
    seedMs = performance.now() - started;
    firstCounts = await countDemoRows(app);
  });
  afterAll(async () => app?.close());

  it('writes the whole kommun: 34 org nodes, 15 goals, 78 indicators, 738 values, 8 users, the 2026 calendar and 19 reports', () => {
    expect(first).toBe('seeded');
    // Bulk inserts in one transaction: about 0.3 s on PGlite; the bound only catches a regression to row-by-row writes.
    expect(seedMs).toBeLessThan(10_000);
    expect(firstCounts).toEqual({
      tenant: 1,
      tenant_population: 2,
      mandatperiod: 2,
      org_node: 34,
      grunduppdrag: 7,
      goal: 15,
      goal_link: 1,
      agardirektiv: 2,
      agardirektiv_goal: 3,
      chain_element: 38,
      indicator: 78,
      indicator_target: 34,
      ratio_definition: 20,
      indicator_value: 738,
      app_user: 8,
      role_grant: 8,
      follow_up_calendar: 1,
      follow_up_period: 6,
      report: 19,
      report_goal_assessment: 4,
      notification: 1,
      goal_assessment: 1,
      dialogue: 2,
      dialogue_action: 2,
      comparison_member: 4,
      audit_event: 1,
    });
  });

  it('leaves the 2026 calendar as the scheduler would on the seed day, with Q3 kept open for the demo users', async () => {
    const [periods, calendar] = await inDemoKommun(app, (m) =>
      Promise.all([
        m.query(`SELECT period_key, status, opens_on::text, deadline::text, review_deadline::text, locks_on::text FROM follow_up_period ORDER BY opens_on`),
        m.query(`SELECT year, template -> 'presetId' AS preset, template -> 'overrides' AS overrides FROM follow_up_calendar`),
      ]),
    );
    expect(periods.map((p: { period_key: string; status: string }) => `${p.period_key} ${p.status}`)).toEqual([
      '2025-H last', '2026-Q1 last', '2026-Q2 last', '2026-D last', '2026-Q3 oppen', '2026-H planerad',
    ]);
    // DOMAIN.md 5.2's dates, except Q3: its lock day (2026-10-30) had passed, so it was extended from the seed day.
    expect(periods[1]).toMatchObject({ opens_on: '2026-04-01', deadline: '2026-04-15', review_deadline: '2026-04-24', locks_on: '2026-04-30' });
    expect(periods[4]).toMatchObject({ opens_on: '2026-10-01', deadline: '2026-12-08', review_deadline: '2026-12-15', locks_on: '2026-12-22' });
    expect(calendar).toEqual([
      {
        year: 2026,
        preset: 'kvartal-delar-augusti-helar',
        overrides: { '2026-Q1': { deadline: '2026-04-15' }, '2026-Q3': { deadline: '2026-12-08', reviewDeadline: '2026-12-15', locksOn: '2026-12-22' } },
      },
    ]);
  });

  it('gives every reporting unit and bolag a Q3 report, with one draft, one returned, two submitted and one approved among the demo units', async () => {
    const reports: { key: string; kind: string; status: string; assessments: number; comment: string | null; by: string | null }[] =
      await inDemoKommun(app, (m) =>
        m.query(`SELECT n.key, n.kind, r.status, r.return_comment AS comment, u.email AS by,
                        (SELECT count(*)::int FROM report_goal_assessment a WHERE a.report_id = r.id) AS assessments
                   FROM report r JOIN org_node n ON n.id = r.org_node_id JOIN follow_up_period p ON p.id = r.period_id
                   LEFT JOIN app_user u ON u.id = r.submitted_by
                  WHERE p.period_key = '2026-Q3' ORDER BY n.key`),
      );
    expect(reports).toHaveLength(19);
    expect(new Set(reports.map((r) => r.kind))).toEqual(new Set(['enhet', 'bolag']));
    const byKey = new Map(reports.map((r) => [r.key, r]));
    expect(byKey.get('uf.gr.norr')).toMatchObject({ status: 'utkast', assessments: 0 });
    expect(byKey.get('vof.ht.centrum')).toMatchObject({ status: 'atersand', assessments: 1, by: 'sara.nilsson@exempelstad.se', comment: expect.stringMatching(/kostnaden per utförd timme/) });
    expect(byKey.get('uf.gr.soder')).toMatchObject({ status: 'inlamnad', assessments: 1 });
    expect(byKey.get('vof.ht.vaster')).toMatchObject({ status: 'inlamnad', assessments: 1 });
    expect(byKey.get('sof.bof')).toMatchObject({ status: 'godkand', assessments: 1 });
    expect(reports.filter((r) => r.status === 'utkast')).toHaveLength(15);
  });

  it('has the notice Sara Nilsson got when Eva Berg returned her report, in her own list', async () => {
    const sara = await factory.login('sara.nilsson@exempelstad.se', DEMO_PASSWORD);
    const notices = await sara.get('/api/v1/notifications?mine=true').expect(200);
    expect(notices.body.items).toHaveLength(1);
    expect(notices.body.items[0]).toMatchObject({
      kind: 'rapport_atersand', channel: 'outbox', subject: 'Rapporten för Hemtjänst Centrum, Q3 2026, har återsänts för komplettering',
    });
    expect(notices.body.items[0].body).toMatch(/^Hej Sara Nilsson!\n\n.* av Eva Berg\.\n\nKommentar:\nTack för en tydlig analys/);
    expect(notices.body.items[0].body).toContain('senast 2026-12-08');
  });

  it('holds BUN’s dialogue on Q2 (protocol justerat, two actions) and plans the one on Q3; the open action is in Norrskolan’s report', async () => {
    const lars = await factory.login('lars.nystrom@exempelstad.se', DEMO_PASSWORD);
    const dialogues = (await lars.get('/api/v1/dialogues').expect(200)).body.items;
    expect(dialogues.map((d: { periodKey: string; status: string; orgNodeName: string }) => [d.periodKey, d.status, d.orgNodeName])).toEqual([
      ['2026-Q3', 'planerad', 'Barn- och utbildningsnämnden'],
      ['2026-Q2', 'protokoll_justerat', 'Barn- och utbildningsnämnden'],
    ]);
    const held = dialogues[1];
    const actions = (await lars.get(`/api/v1/dialogues/${held.id}/actions`).expect(200)).body;
    expect(actions.map((a: { status: string }) => a.status).sort()).toEqual(['oppen', 'stangd']);
    await lars.get(`/api/v1/dialogues/${held.id}/agenda`).expect(200);
    await lars.get(`/api/v1/dialogues/${held.id}/protocol.docx`).expect(200);
    const omar = await factory.login('omar.hassan@exempelstad.se', DEMO_PASSWORD);
    const [report] = (await omar.get('/api/v1/reports?mine=true').expect(200)).body.items;
    const detail = (await omar.get(`/api/v1/reports/${report.id}`).expect(200)).body;
    expect(detail.openActions).toEqual([expect.objectContaining({ title: 'Inför fasta lärarlag i åk 7–9 och följ upp behörigheten', ownerNodeName: 'Norrskolan F–9', status: 'oppen' })]);
  });

  it("lets Eva Berg read a seeded submitted report whole: narrative and self-assessment for every goal it covers", async () => {
    const eva = await factory.login('eva.berg@exempelstad.se', DEMO_PASSWORD);
    const list = await eva.get('/api/v1/reports?status=inlamnad').expect(200);
    expect(list.body.items.map((r: { orgNode: { key: string } }) => r.orgNode.key).sort()).toEqual(['uf.gr.soder', 'vof.ht.vaster']);
    for (const item of list.body.items) {
      const report = await eva.get(`/api/v1/reports/${item.id}`).expect(200);
      expect(report.body.goals.length).toBeGreaterThan(0);
      for (const goal of report.body.goals) {
        expect(goal.assessment.whatHappened.length).toBeGreaterThan(20);
        expect(goal.assessment.selfLevel).toBeGreaterThan(0);
        expect(goal.assessment.selfJustification.length).toBeGreaterThan(10);
      }
    }
  });

  it('is idempotent: a second run reports already-present and leaves every count unchanged', async () => {
    await expect(seedDemoKommun(app.database.ownerUrl, { today: '2027-02-01' })).resolves.toBe('already-present');
    expect(await countDemoRows(app)).toEqual(firstCounts);
  });

  it('stores the kommun facts of 7.1: kommunkod, settings, population and both mandatperioder', async () => {
    const [tenant, population, periods] = await inDemoKommun(app, (m) =>
      Promise.all([
        m.query(`SELECT name, kommunkod, settings FROM tenant WHERE id = $1`, [DEMO_TENANT_ID]),
        m.query(`SELECT year, inhabitants, age_groups FROM tenant_population ORDER BY year`),
        m.query(`SELECT label, starts_on::text, ends_on::text FROM mandatperiod ORDER BY starts_on`),
      ]),
    );
    expect(tenant).toEqual([{ name: 'Exempelstad kommun', kommunkod: '9901', settings: { goalCeiling: 5, indicatorCeiling: 6 } }]);
    expect(population[0]).toEqual({
      year: 2025, inhabitants: 45_000, age_groups: { '0-5': 3150, '6-15': 5400, '16-18': 1620, '19-64': 25_200, '65-79': 6930, '80+': 2700 },
    });
    expect(population[1].inhabitants).toBe(45_300);
    expect(periods).toEqual([
      { label: 'Mandatperiod 2022–2026', starts_on: '2022-10-15', ends_on: '2026-10-14' },
      { label: 'Mandatperiod 2026–2030', starts_on: '2026-10-15', ends_on: '2030-10-14' },
    ]);
  });

  it('builds the org tree of 7.2 with kinds, wholly owned bolag with a purpose, and one grunduppdrag per nämnd and bolag', async () => {
    const nodes: { key: string; kind: string; parent: string | null; ownership_share: string | null; purpose: string | null }[] =
      await inDemoKommun(app, (m) =>
        m.query(`SELECT n.key, n.kind, p.key AS parent, n.ownership_share, n.purpose FROM org_node n LEFT JOIN org_node p ON p.id = n.parent_id`),
      );
    const byKey = new Map(nodes.map((n) => [n.key, n]));
    expect(byKey.get('kf')).toMatchObject({ kind: 'kf', parent: null });
    expect(byKey.get('klk')).toMatchObject({ kind: 'forvaltning', parent: 'ks' });
    expect(byKey.get('uf.gr')).toMatchObject({ kind: 'verksamhet', parent: 'uf' });
    expect(byKey.get('uf.gr.norr')).toMatchObject({ kind: 'enhet', parent: 'uf.gr' });
    expect(byKey.get('vof.ht.centrum')).toMatchObject({ kind: 'enhet', parent: 'vof.ht' });
    expect(byKey.get('hem')).toMatchObject({ kind: 'bolag', parent: 'stadshus', ownership_share: '100' });
    expect(byKey.has('rev')).toBe(false);
    expect(nodes.filter((n) => n.kind === 'enhet')).toHaveLength(16);
    for (const bolag of nodes.filter((n) => n.kind === 'bolag')) expect(bolag.purpose).toMatch(/^Att /);
    const grunduppdrag: { key: string }[] = await inDemoKommun(app, (m) =>
      m.query(`SELECT n.key FROM grunduppdrag g JOIN org_node n ON n.id = g.org_node_id ORDER BY n.key`),
    );
    expect(grunduppdrag.map((g) => g.key)).toEqual(['bun', 'ev', 'hem', 'kfn', 'sbn', 'sn', 'von']);
  });

  it('seeds the goals of 7.3 as beslutade with levels, parents, GEH flags, decisions and the ägardirektiv links', async () => {
    const goals: { key: string; level: string; owner: string; parent: string | null; geh: boolean; status: string; decision: { organ: string } }[] =
      await inDemoKommun(app, (m) =>
        m.query(`SELECT g.key, g.level, o.key AS owner, p.key AS parent, g.geh, g.status, g.decision, g.valid_from_year
                   FROM goal g JOIN org_node o ON o.id = g.owner_node_id LEFT JOIN goal p ON p.id = g.parent_goal_id`),
      );
    const byKey = new Map(goals.map((g) => [g.key, g]));
    expect(byKey.get('VISION')).toMatchObject({ level: 'vision', parent: null, owner: 'kf' });
    expect(byKey.get('IM2')).toMatchObject({ level: 'inriktningsmal', parent: 'VISION', geh: false });
    expect(byKey.get('FM1')).toMatchObject({ level: 'finansiellt_mal', parent: null, geh: true });
    expect(byKey.get('BUN1')).toMatchObject({ level: 'namndmal', owner: 'bun', parent: 'IM1', geh: true });
    expect(byKey.get('SBN1')).toMatchObject({ parent: 'IM3', geh: false });
    expect(byKey.get('HEM2')).toMatchObject({ level: 'bolagsmal', owner: 'hem', parent: 'IM3', geh: false });
    expect(byKey.get('HEM-F')).toMatchObject({ level: 'bolagsmal', parent: null, geh: true });
    expect(goals.every((g) => g.status === 'beslutad' && g.decision.organ.length > 0)).toBe(true);
    expect(byKey.get('FM2')!.decision).toMatchObject({ organ: 'KF', datum: '2024-11-25', paragraf: '§ 142' });

    const [links, directives] = await inDemoKommun(app, (m) =>
      Promise.all([
        m.query(`SELECT g.key AS goal, s.key AS serves FROM goal_link l JOIN goal g ON g.id = l.goal_id JOIN goal s ON s.id = l.serves_goal_id`),
        m.query(`SELECT n.key AS bolag, g.key AS serves FROM agardirektiv_goal ag JOIN agardirektiv a ON a.id = ag.agardirektiv_id
                   JOIN org_node n ON n.id = a.bolag_node_id JOIN goal g ON g.id = ag.goal_id ORDER BY 1, 2`),
      ]),
    );
    expect(links).toEqual([{ goal: 'HEM2', serves: 'IM2' }]);
    expect(directives).toEqual([{ bolag: 'ev', serves: 'IM3' }, { bolag: 'hem', serves: 'IM2' }, { bolag: 'hem', serves: 'IM3' }]);
  });

  it('maps BUN1.K2 to Kolada N15428 and compares Exempelstad with Kungsbacka, Linköping, Umeå and Riket', async () => {
    const [mapped, members] = await inDemoKommun(app, (m) =>
      Promise.all([
        m.query(`SELECT key, kolada_id FROM indicator WHERE kolada_id IS NOT NULL ORDER BY key`),
        m.query(`SELECT municipality_id FROM comparison_member ORDER BY sort_order`),
      ]),
    );
    expect(mapped).toEqual([{ key: 'BUN1.K2', kolada_id: 'N15428' }]);
    expect(members.map((r: { municipality_id: string }) => r.municipality_id)).toEqual(['1384', '0580', '2480', '0000']);
  });

  it('gives every indicator a purpose and a chain element on its own goal; targets only on targeted indicators', async () => {
    const rows: { key: string; purpose: string; targeted: boolean; targets: number; same_goal: boolean }[] = await inDemoKommun(app, (m) =>
      m.query(`SELECT i.key, i.purpose, i.targeted, ce.goal_id = i.goal_id AS same_goal,
                      (SELECT count(*)::int FROM indicator_target t WHERE t.indicator_id = i.id) AS targets
                 FROM indicator i JOIN chain_element ce ON ce.id = i.chain_element_id`),
    );
    expect(rows).toHaveLength(78);
    for (const row of rows) {
      expect(row.purpose.trim().length).toBeGreaterThan(20);
      expect(row.same_goal).toBe(true);
      expect(row.targets).toBe(row.targeted ? 2 : 0);
    }
    expect(rows.find((r) => r.key === 'BUN1.K2')).toMatchObject({ targeted: true, targets: 2 });
  });

  it('stores quarterly values on quarter keys and yearly values on the year key', async () => {
    const periods: { period_key: string; n: number }[] = await inDemoKommun(app, (m) =>
      m.query(`SELECT period_key, count(*)::int AS n FROM indicator_value GROUP BY period_key ORDER BY period_key`),
    );
    expect(periods.map((p) => p.period_key)).toEqual([
      '2025', '2025-Q1', '2025-Q2', '2025-Q3', '2025-Q4', '2026', '2026-Q1', '2026-Q2', '2026-Q3', '2026-Q4',
    ]);
    expect(periods.find((p) => p.period_key === '2025')!.n).toBe(13);
  });

  it.each(DEMO_USERS)('$email logs in with the shared password and /auth/me shows role $role', async (user) => {
    const session = await factory.login(user.email, DEMO_PASSWORD);
    const me = await session.get('/api/v1/auth/me').expect(200);
    expect(me.body).toMatchObject({ email: user.email, displayName: user.name, tenantId: DEMO_TENANT_ID });
    expect(me.body.grants).toHaveLength(1);
    expect(me.body.grants[0].role).toBe(user.role);
    const [scope] = await inDemoKommun(app, (m) => m.query(`SELECT key FROM org_node WHERE id = $1`, [me.body.grants[0].orgNodeId]));
    expect(scope?.key ?? null).toBe(user.scopeKey);
  });

  it('stores the password as one argon2id hash shared by the demo users, never in clear text', async () => {
    const rows: { password_hash: string }[] = await inDemoKommun(app, (m) => m.query(`SELECT DISTINCT password_hash FROM app_user`));
    expect(rows).toHaveLength(1);
    expect(rows[0]!.password_hash).toMatch(/^\$argon2id\$/);
    expect(rows[0]!.password_hash).not.toContain(DEMO_PASSWORD);
  });

  // Last: it writes (an audit event), which the idempotency check above must not see.
  it('lets Eva Berg generate the 2026 calendar again from its template: the open Q3 keeps its extended dates', async () => {
    const eva = await factory.login('eva.berg@exempelstad.se', DEMO_PASSWORD);
    const again = await eva.put('/api/v1/calendars/2026', { template: 'kvartal-delar-augusti-helar', reminderDays: [7, 2] }).expect(200);
    expect(again.body.periods.find((p: { periodKey: string }) => p.periodKey === '2026-Q3')).toMatchObject({
      status: 'oppen', deadline: '2026-12-08', reviewDeadline: '2026-12-15', locksOn: '2026-12-22',
    });
  });
});

describe('demo kommun Exempelstad (seed) next to other kommuner', () => {
  let app: TestApp;
  let factory: TestFactory;

  beforeAll(async () => {
    app = await startTestApp();
    factory = new TestFactory(app);
  });
  afterAll(async () => app?.close());

  it('writes nothing at all when one row fails late in the seed', async () => {
    // A demo e-mail in another kommun is no conflict (e-mail is unique per kommun): the same person may work for both.
    await factory.newKommun({ kommunkod: '9801', users: [{ email: 'admin@exempelstad.se', role: 'admin' }] });
    const owner = new pg.Client({ connectionString: app.database.ownerUrl });
    await owner.connect();
    try {
      await owner.query(`CREATE FUNCTION test_refuse_row() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'testfel: raden vägras'; END $$`);
      await owner.query(`CREATE TRIGGER test_refuse_value BEFORE INSERT ON indicator_value FOR EACH ROW EXECUTE FUNCTION test_refuse_row()`);
      await expect(seedDemoKommun(app.database.ownerUrl)).rejects.toThrow(/testfel/);
    } finally {
      await owner.query(`DROP TRIGGER IF EXISTS test_refuse_value ON indicator_value`);
      await owner.query(`DROP FUNCTION IF EXISTS test_refuse_row()`);
      await owner.end();
    }
    const counts = await countDemoRows(app);
    expect(Object.values(counts).every((n) => n === 0)).toBe(true);
  });

  it('leaves a kommun that already holds kommunkod 9901 alone and reports already-present', async () => {
    const other = await factory.newKommun({ name: 'Annan kommun', kommunkod: '9901', users: [] });
    await expect(seedDemoKommun(app.database.ownerUrl)).resolves.toBe('already-present');
    expect((await countDemoRows(app)).tenant).toBe(0);
    expect(other.tenantId).not.toBe(DEMO_TENANT_ID);
  });
});
