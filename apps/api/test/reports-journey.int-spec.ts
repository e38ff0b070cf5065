import { startTestApp, type TestApp } from './support/test-app.js';
import { DEMO_PASSWORD, DEMO_TENANT_ID, seedDemoKommun } from '../src/seed/index.js';
import { TestFactory, type Kommun, type Session } from './support/factory.js';
import { newReportWorld, type ReportWorld } from './support/scenarios.js';

/**
 * The "done when": the enhetschef fills in and submits Q3, the controller returns it with a comment,
 * the enhetschef fixes and resubmits, the controller approves, the values are frozen, and the revisor sees every
 * step in the audit trail.
 */
describe('the quarterly report journey', () => {
  let app: TestApp;
  let factory: TestFactory;
  let a: Kommun;
  let w: ReportWorld;
  let rektor: Session;
  let controller: Session;
  let revisor: Session;
  let report: string;

  beforeAll(async () => {
    app = await startTestApp();
    factory = new TestFactory(app);
    a = await factory.newKommun({
      name: 'Exempelstad',
      users: [
        { email: 'omar.hassan@a.se', role: 'enhetschef', scope: 'uf.norr' },
        { email: 'eva.berg@a.se', role: 'controller' },
        { email: 'lars.nystrom@a.se', role: 'revisor' },
      ],
    });
    w = await newReportWorld(factory, a);
    report = `/api/v1/reports/${w.reports['uf.norr.q3']}`;
    [rektor, controller, revisor] = await Promise.all(['omar.hassan@a.se', 'eva.berg@a.se', 'lars.nystrom@a.se'].map((e) => factory.login(e)));
  });
  afterAll(async () => app?.close());

  it('goes from draft to approved and frozen, with every step in the audit trail', async () => {
    // 1. The enhetschef fills in Q3 beside last quarter's values and the targets, and submits.
    const draft = await rektor.get(report).expect(200);
    expect(draft.body).toMatchObject({ status: 'utkast', editable: true, period: { periodKey: '2026-Q3' } });
    const saved = await rektor
      .put(report, {
        version: draft.body.version,
        values: [
          { indicatorId: w.indicators.elever, value: 460 },
          { indicatorId: w.indicators.behoriga, value: 400 },
          { indicatorId: w.indicators.nojda, value: 81 },
          { indicatorId: w.indicators.kostnad, value: 12_800 },
          { indicatorId: w.indicators.lektioner, value: 990 },
        ],
        assessments: [w.goals.bun, w.goals.norr].map((goalId) => ({
          goalId, whatHappened: 'Fler elever blev behöriga.', why: 'Extra studietid.', nextSteps: 'Fortsätter med läxhjälp.', selfLevel: 2, selfJustification: 'Nära målet.',
        })),
      })
      .expect(200);
    expect(saved.body.goals[0].suggested.label).toBe('Delvis uppfyllt');
    const submitted = await rektor.post(`${report}/submit`, { version: saved.body.version }).expect(200);
    expect(submitted.body.status).toBe('inlamnad');

    // 2. The controller returns it with a comment.
    const queue = await controller.get(`/api/v1/reports?status=inlamnad&periodId=${w.periods.q3}`).expect(200);
    expect(queue.body.items.map((r: { id: string }) => r.id)).toEqual([w.reports['uf.norr.q3']]);
    await controller.post(`${report}/return`, { comment: 'Beskriv varför lektionerna blev färre än planerat.', version: submitted.body.version }).expect(200);

    // 3. The enhetschef sees the comment, fixes and resubmits.
    const returned = await rektor.get(report).expect(200);
    expect(returned.body).toMatchObject({ status: 'atersand', returnComment: 'Beskriv varför lektionerna blev färre än planerat.', editable: true });
    const fixed = await rektor
      .put(report, {
        version: returned.body.version,
        values: [{ indicatorId: w.indicators.lektioner, value: 1002, comment: 'Två studiedagar flyttade' }],
        assessments: [{ goalId: w.goals.norr, why: 'Två studiedagar flyttades från augusti till september.' }],
      })
      .expect(200);
    await rektor.post(`${report}/submit`, { version: fixed.body.version }).expect(200);

    // 4. The controller approves.
    const approved = await controller.post(`${report}/approve`).expect(200);
    expect(approved.body).toMatchObject({ status: 'godkand', editable: false, decidedBy: { displayName: 'eva.berg' } });

    // 5. The values are frozen: no save, import or attachment is accepted any more, and nothing changed.
    const frozen = await rektor.put(report, { version: approved.body.version, values: [{ indicatorId: w.indicators.lektioner, value: 1 }] }).expect(409);
    expect(frozen.body.message).toBe('Rapporten är godkänd och kan inte längre ändras.');
    await rektor.agent.post(`${report}/import`).set('X-CSRF-Token', rektor.csrf).attach('file', Buffer.from('Indikatornyckel;Värde\nT.lektioner;1\n'), 'v.csv').expect(409);
    await rektor.agent.post(`${report}/attachments`).set('X-CSRF-Token', rektor.csrf).attach('file', Buffer.from('%PDF-1.7\n'), 'sen.pdf').expect(409);
    // …and not around the report either: the values API refuses the frozen cell with the row's key.
    const direct = await controller
      .put('/api/v1/values', { rows: [{ indicatorId: w.indicators.lektioner, orgNodeId: a.nodes['uf.norr'], periodKey: '2026-Q3', value: 1 }] })
      .expect(409);
    expect(direct.body.fields['rows.0.periodKey'][0]).toMatch(/låst/);
    const after = await revisor.get(report).expect(200);
    expect(after.body.goals[1].indicators[0]).toMatchObject({ key: 'T.lektioner', value: 1002, comment: 'Två studiedagar flyttade' });

    // 6. The revisor sees every step, who took it and what changed.
    const trail = await revisor.get(`/api/v1/audit-events?entityType=report&entityId=${w.reports['uf.norr.q3']}&pageSize=200`).expect(200);
    const steps = [...trail.body.items].reverse().map((e: { action: string; actor: { displayName: string }; before: { status: string }; after: { status: string } }) =>
      [e.action, e.actor.displayName, e.before.status, e.after.status].join(' '),
    );
    expect(steps).toEqual([
      'update omar.hassan utkast utkast',
      'submit omar.hassan utkast inlamnad',
      'return eva.berg inlamnad atersand',
      'update omar.hassan atersand atersand',
      'submit omar.hassan atersand inlamnad',
      'approve eva.berg inlamnad godkand',
    ]);
    expect(trail.body.items.find((e: { action: string }) => e.action === 'return').after.returnComment).toBe('Beskriv varför lektionerna blev färre än planerat.');
    const values = await revisor.get(`/api/v1/audit-events?entityType=indicator_value&actor=${a.users['omar.hassan@a.se']}&pageSize=200`).expect(200);
    expect(values.body.total).toBe(6);
    const change = values.body.items.find((e: { action: string }) => e.action === 'update');
    expect(change).toMatchObject({ before: { indicatorKey: 'T.lektioner', value: 990 }, after: { value: 1002, reportId: w.reports['uf.norr.q3'] } });
    const narrative = await revisor.get(`/api/v1/audit-events?entityType=report_goal_assessment&pageSize=200`).expect(200);
    expect(narrative.body.items.map((e: { action: string }) => e.action)).toEqual(['update', 'create', 'create']);
  });
});

describe('the quarterly report journey in the demo kommun Exempelstad', () => {
  let app: TestApp;
  let factory: TestFactory;

  beforeAll(async () => {
    app = await startTestApp();
    factory = new TestFactory(app);
    // On this day the seed keeps Q3 2026 open (its lock day has passed) with a draft for Norrskolan.
    await seedDemoKommun(app.database.ownerUrl, { today: '2026-12-01' });
  });
  afterAll(async () => app?.close());

  it('Omar Hassan reports Q3 for Norrskolan, Eva Berg returns and approves it, Lars Nyström sees every step', async () => {
    const [norr] = await factory.asKommun({ tenantId: DEMO_TENANT_ID }, (m) =>
      m.query(`SELECT r.id FROM report r JOIN org_node n ON n.id = r.org_node_id JOIN follow_up_period p ON p.id = r.period_id
                WHERE n.key = 'uf.gr.norr' AND p.period_key = '2026-Q3' AND r.status = 'utkast'`),
    );
    const report = `/api/v1/reports/${norr.id}`;
    const [omar, eva, lars] = await Promise.all(
      ['omar.hassan@exempelstad.se', 'eva.berg@exempelstad.se', 'lars.nystrom@exempelstad.se'].map((e) => factory.login(e, DEMO_PASSWORD)),
    );

    const draft = await omar.get(report).expect(200);
    expect(draft.body.goals.map((g: { key: string }) => g.key)).toEqual(['BUN1']);
    const indicators = Object.fromEntries(draft.body.goals[0].indicators.map((i: { key: string }) => [i.key, i]));
    expect(indicators['BUN1.R1']).toMatchObject({ periodKey: '2026-Q3', value: 12_320, previousPeriodKey: '2026-Q2', previousValue: 14_280 });
    expect(indicators['BUN1.A3']).toMatchObject({ computed: true, target: 97.5, assessment: { label: 'Uppfyllt' } });
    // Yearly figures are shown where they were reported: eligibility of the school year in Q2 (42 of 48, 2025: 42
    // of 50), the pupil count of 15 October in Q4 — so a Q3 report has this year's eligibility, not yet its pupils.
    expect(indicators['BUN1.K2']).toMatchObject({
      periodKey: '2026-Q2', value: 87.5, previousPeriodKey: '2025-Q2', previousValue: 84, target: 88, assessment: { level: 2, label: 'Delvis uppfyllt' },
    });
    expect(indicators['BUN1.B1']).toMatchObject({ periodKey: '2026', value: null, previousPeriodKey: '2025-Q4', previousValue: 450 });
    // Q2 is locked: its yearly figures are shown in the Q3 report but cannot be changed from it (the same value again is no change).
    expect(indicators['BUN1.P1']).toMatchObject({ periodKey: '2026-Q2', value: 48, frozenReason: expect.stringMatching(/rapporterades för Q2 2026, som är låst/) });
    const frozen = await omar.put(report, { version: draft.body.version, values: [{ indicatorId: indicators['BUN1.P1'].indicatorId, value: 49 }] }).expect(422);
    expect(frozen.body.fields).toEqual({ 'values.0.value': [indicators['BUN1.P1'].frozenReason] });
    const same = await omar.put(report, { version: draft.body.version, values: [{ indicatorId: indicators['BUN1.P1'].indicatorId, value: 48 }] }).expect(200);
    const leavers = await factory.asKommun({ tenantId: DEMO_TENANT_ID }, (m) =>
      m.query(`SELECT v.period_key, v.value::float AS value FROM indicator_value v JOIN org_node n ON n.id = v.org_node_id
                JOIN indicator i ON i.id = v.indicator_id WHERE n.key = 'uf.gr.norr' AND i.key = 'BUN1.P1' AND v.period_key LIKE '2026%'`),
    );
    expect(leavers).toEqual([{ period_key: '2026-Q2', value: 48 }]);
    const corrected = same;

    const filled = await omar
      .put(report, {
        version: corrected.body.version,
        values: [{ indicatorId: indicators['BUN1.A2'].indicatorId, value: 3_550 }],
        assessments: [{ goalId: draft.body.goals[0].goalId, whatHappened: 'Nästan all planerad undervisning genomfördes.', why: 'Låg sjukfrånvaro.', nextSteps: 'Studiedagar planeras om.', selfLevel: 3, selfJustification: 'Målvärdet för genomförd undervisning nåddes.' }],
      })
      .expect(200);
    // The lowest assessed indicator: eligibility 42/48 = 87,5 % against 88 %.
    expect(filled.body.goals[0].suggested).toEqual({ level: 2, label: 'Delvis uppfyllt' });
    await omar.post(`${report}/submit`).expect(200);
    await eva.post(`${report}/return`, { comment: 'Lägg till analysen av nettokostnaden.' }).expect(200);
    const again = await omar.get(report).expect(200);
    await omar.put(report, { version: again.body.version, assessments: [{ goalId: again.body.goals[0].goalId, why: 'Låg sjukfrånvaro; kostnaden föll med sommarlovet.' }] }).expect(200);
    await omar.post(`${report}/submit`).expect(200);
    const approved = await eva.post(`${report}/approve`).expect(200);
    expect(approved.body).toMatchObject({ status: 'godkand', decidedBy: { displayName: 'Eva Berg' } });
    await omar.put(report, { version: approved.body.version, values: [{ indicatorId: indicators['BUN1.A2'].indicatorId, value: 1 }] }).expect(409);

    const trail = await lars.get(`/api/v1/audit-events?entityType=report&entityId=${norr.id}`).expect(200);
    expect([...trail.body.items].reverse().map((e: { action: string; actor: { displayName: string } }) => `${e.action} ${e.actor.displayName}`)).toEqual([
      'update Omar Hassan', 'submit Omar Hassan', 'return Eva Berg', 'update Omar Hassan', 'submit Omar Hassan', 'approve Eva Berg',
    ]);
  });
});
