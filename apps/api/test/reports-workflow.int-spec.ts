import { startTestApp, type TestApp } from './support/test-app.js';
import { frozenCells } from '../src/reports/support/frozen-cells.js';
import { TestFactory, type Kommun, type Session } from './support/factory.js';
import { newReportWorld, type ReportWorld } from './support/scenarios.js';
import { fullAssessment } from './support/helpers.js';

const R = '/api/v1/reports';

describe('reports: reading, saving drafts and the status machine', () => {
  let app: TestApp;
  let factory: TestFactory;
  let a: Kommun;
  let b: Kommun;
  let w: ReportWorld;
  let wb: ReportWorld;
  let rektor: Session;
  let controller: Session;
  let revisor: Session;

  beforeAll(async () => {
    app = await startTestApp();
    factory = new TestFactory(app);
    a = await factory.newKommun({
      name: 'Kommun A',
      users: [
        { email: 'rektor@a.se', role: 'enhetschef', scope: 'uf.norr' },
        { email: 'soder@a.se', role: 'enhetschef', scope: 'uf.soder' },
        { email: 'controller@a.se', role: 'controller' },
        { email: 'revisor@a.se', role: 'revisor' },
        { email: 'politiker@a.se', role: 'fortroendevald', scope: 'bun' },
        { email: 'ekonom@a.se', role: 'ekonom' },
        { email: 'bolag-controller@a.se', role: 'controller', scope: 'bolag' },
        { email: 'bolag-politiker@a.se', role: 'fortroendevald', scope: 'bolag' },
      ],
    });
    b = await factory.newKommun({ name: 'Kommun B', users: [{ email: 'rektor@b.se', role: 'enhetschef' }] });
    w = await newReportWorld(factory, a);
    wb = await newReportWorld(factory, b, 'B');
    rektor = await factory.login('rektor@a.se');
    controller = await factory.login('controller@a.se');
    revisor = await factory.login('revisor@a.se');
  });
  afterAll(async () => app?.close());

  const norr = () => `${R}/${w.reports['uf.norr.q3']}`;

  it('shows the goals of the unit and its nämnd (not KF) with last period, target and the computed rate', async () => {
    const res = await rektor.get(norr()).expect(200);
    expect(res.body).toMatchObject({ status: 'utkast', version: 1, editable: true, period: { periodKey: '2026-Q3', status: 'oppen' }, orgNode: { key: 'uf.norr' } });
    expect(res.body.goals.map((g: { key: string }) => g.key)).toEqual(['T-BUN', 'T-NORR']);
    const bun = res.body.goals[0];
    expect(bun.indicators.map((i: { key: string }) => i.key)).toEqual(['T.kostnad', 'T.elever', 'T.behoriga', 'T.andel', 'T.nojda']);
    const andel = bun.indicators.find((i: { key: string }) => i.key === 'T.andel');
    expect(andel).toMatchObject({ computed: true, periodKey: '2026-Q3', previousPeriodKey: '2026-Q2', value: null, target: 88 });
    expect(andel.previousValue).toBeCloseTo((380 / 450) * 100, 6);
    expect(bun.indicators.find((i: { key: string }) => i.key === 'T.kostnad')).toMatchObject({ targeted: false, assessment: null, previousValue: 13000 });
    expect(res.body.goals[1].indicators[0]).toMatchObject({ key: 'T.lektioner', target: 1000, previousValue: 950 });
    expect(bun.suggested).toEqual({ level: 0, label: 'Ej bedömt' });
    expect(res.body.levels).toEqual([
      { level: 3, label: 'Uppfyllt' }, { level: 2, label: 'Delvis uppfyllt' }, { level: 1, label: 'Ej uppfyllt' }, { level: 0, label: 'Ej bedömt' },
    ]);
  });

  it('saves values and narrative in one go, bumps the version and suggests the lowest indicator level', async () => {
    const res = await rektor
      .put(norr(), {
        version: 1,
        values: [
          { indicatorId: w.indicators.elever, value: 460 },
          { indicatorId: w.indicators.behoriga, value: 380 },
          { indicatorId: w.indicators.nojda, value: 78.5, comment: 'Enkät i september' },
          { indicatorId: w.indicators.lektioner, value: 1010, referencePeriodKey: '2026-M09' },
        ],
        assessments: [{ goalId: w.goals.bun, whatHappened: 'Fler behöriga.' }],
      })
      .expect(200);
    expect(res.body.version).toBe(2);
    const bun = res.body.goals[0];
    const byKey = Object.fromEntries(bun.indicators.map((i: { key: string }) => [i.key, i]));
    expect(byKey['T.andel'].value).toBeCloseTo((380 / 460) * 100, 6);
    expect(byKey['T.andel'].assessment).toMatchObject({ level: 1, label: 'Ej uppfyllt' });
    expect(byKey['T.nojda']).toMatchObject({ value: 78.5, comment: 'Enkät i september', assessment: { level: 2 } });
    expect(bun.suggested).toEqual({ level: 1, label: 'Ej uppfyllt' });
    expect(res.body.goals[1].indicators[0]).toMatchObject({ value: 1010, referencePeriodKey: '2026-M09', assessment: { level: 3 } });
    expect(bun.assessment).toMatchObject({ whatHappened: 'Fler behöriga.', why: '', selfLevel: null });
  });

  it('refuses bad values per field with 422 and writes nothing of a partly bad save', async () => {
    const before = await rektor.get(norr()).expect(200);
    const res = await rektor
      .put(norr(), {
        version: before.body.version,
        values: [
          { indicatorId: w.indicators.elever, value: 999 },
          { indicatorId: w.indicators.nojda, value: 140 },
          { indicatorId: w.indicators.behoriga, value: 10, referencePeriodKey: '2026-Q2' },
          { indicatorId: w.indicators.andel, value: 50 },
          { indicatorId: w.indicators.resultat, value: 1 },
          { indicatorId: w.indicators.lektioner, value: -3 },
        ],
      })
      .expect(422);
    expect(res.body.fields).toEqual({
      'values.1.value': ['En andel i procent måste ligga mellan 0 och 100.'],
      'values.2.referencePeriodKey': ['Referensperioden måste ligga inom rapportens period (2026-07-01–2026-09-30).'],
      'values.3.value': ['Värdet beräknas från täljare och nämnare och kan inte anges.'],
      'values.4.indicatorId': ['Indikatorn ingår inte i rapporten.'],
      'values.5.value': ['Värdet får inte vara negativt.'],
    });
    const typed = await rektor.put(norr(), { version: before.body.version, values: [{ indicatorId: w.indicators.elever, value: 'många', extra: 1 }], foo: 1 }).expect(422);
    expect(typed.body.fields).toMatchObject({ 'values.0.value': ['Måste vara ett tal.'], 'values.0.extra': ['Fältet är inte tillåtet.'], foo: ['Fältet är inte tillåtet.'] });
    const badLevel = await rektor.put(norr(), { version: before.body.version, assessments: [{ goalId: w.goals.bun, selfLevel: 7 }] }).expect(422);
    expect(badLevel.body.fields['assessments.0.selfLevel']).toEqual(['Värdet är för stort.']);

    const after = await rektor.get(norr()).expect(200);
    expect(after.body.version).toBe(before.body.version);
    expect(after.body.goals[0].indicators.find((i: { key: string }) => i.key === 'T.elever').value).toBe(460);
  });

  it('gives the second of two saves from the same version 409 with the current version', async () => {
    const { body } = await rektor.get(norr()).expect(200);
    await rektor.put(norr(), { version: body.version, values: [{ indicatorId: w.indicators.kostnad, value: 12000 }] }).expect(200);
    const stale = await rektor.put(norr(), { version: body.version, values: [{ indicatorId: w.indicators.kostnad, value: 1 }] }).expect(409);
    expect(stale.body.message).toBe(`Rapporten har ändrats av någon annan (nu version ${body.version + 1}). Ladda om.`);
    const now = await rektor.get(norr()).expect(200);
    expect(now.body.goals[0].indicators[0].value).toBe(12000);
  });

  it('lets exactly one of two simultaneous saves from the same version through', async () => {
    const { body } = await rektor.get(norr()).expect(200);
    const other = await factory.login('rektor@a.se');
    const results = await Promise.all([
      rektor.put(norr(), { version: body.version, values: [{ indicatorId: w.indicators.kostnad, value: 11_000 }] }),
      other.put(norr(), { version: body.version, values: [{ indicatorId: w.indicators.kostnad, value: 22_000 }] }),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
    const winner = results.find((r) => r.status === 200)!;
    const loser = results.find((r) => r.status === 409)!;
    expect(loser.body.message).toBe(`Rapporten har ändrats av någon annan (nu version ${body.version + 1}). Ladda om.`);
    const now = await rektor.get(norr()).expect(200);
    expect(now.body.version).toBe(body.version + 1);
    expect(now.body.goals[0].indicators[0].value).toBe(winner.body.goals[0].indicators[0].value);
  });

  it('lets only an enhetschef of the node edit: 403 for other roles and other units, 404 for another kommun', async () => {
    const { body } = await rektor.get(norr()).expect(200);
    const put = { version: body.version, values: [] };
    await revisor.put(norr(), put).expect(403);
    await controller.put(norr(), put).expect(403);
    await (await factory.login('ekonom@a.se')).put(norr(), put).expect(403);
    const soder = await factory.login('soder@a.se');
    expect((await soder.put(norr(), put).expect(403)).body.message).toMatch(/behörighet/);
    await soder.put(`${R}/${w.reports['uf.soder.q3']}`, { version: 1, values: [] }).expect(200);
    await (await factory.login('bolag-controller@a.se')).post(`${norr()}/approve`).expect(403);
    await (await factory.login('bolag-politiker@a.se')).get(norr()).expect(403);
    await (await factory.login('politiker@a.se')).get(norr()).expect(200);
    await rektor.get(`${R}/${wb.reports['uf.norr.q3']}`).expect(404);
    await rektor.put(`${R}/${wb.reports['uf.norr.q3']}`, put).expect(404);
    await rektor.get(`${R}/not-a-uuid`).expect(404);
    await app.http().get(norr()).expect(401);
  });

  it('refuses to submit without the full narrative and self-assessment, keyed by goal', async () => {
    const res = await rektor.post(`${norr()}/submit`).expect(422);
    expect(res.body.fields).toMatchObject({
      [`assessments.${w.goals.bun}.why`]: ['Beskriv varför det blev så.'],
      [`assessments.${w.goals.bun}.nextSteps`]: ['Beskriv vad som händer härnäst.'],
      [`assessments.${w.goals.bun}.selfLevel`]: ['Välj en nivå för måluppfyllelsen.'],
      [`assessments.${w.goals.norr}.whatHappened`]: ['Beskriv vad som har hänt.'],
    });
    expect(res.body.fields[`assessments.${w.goals.bun}.whatHappened`]).toBeUndefined();
    await controller.post(`${norr()}/approve`).expect(409);
  });

  it('runs submit → return (comment required) → resubmit → approve, then freezes everything', async () => {
    const { body } = await rektor.get(norr()).expect(200);
    await rektor.put(norr(), { version: body.version, assessments: [fullAssessment(w.goals.bun), fullAssessment(w.goals.norr)] }).expect(200);
    await controller.post(`${norr()}/submit`).expect(403);
    const submitted = await rektor.post(`${norr()}/submit`).expect(200);
    expect(submitted.body).toMatchObject({ status: 'inlamnad', editable: false, submittedBy: { displayName: 'rektor' } });
    expect((await rektor.put(norr(), { version: submitted.body.version }).expect(409)).body.message).toMatch(/inlämnad/);
    await rektor.post(`${norr()}/approve`).expect(403);

    expect((await controller.post(`${norr()}/return`, { comment: '  ' }).expect(422)).body.fields.comment).toEqual(['Skriv en kommentar om vad som ska kompletteras.']);
    const returned = await controller.post(`${norr()}/return`, { comment: 'Komplettera analysen.' }).expect(200);
    expect(returned.body).toMatchObject({ status: 'atersand', returnComment: 'Komplettera analysen.' });

    await rektor.put(norr(), { version: returned.body.version, assessments: [{ goalId: w.goals.bun, why: 'Bättre analys.' }] }).expect(200);
    await rektor.post(`${norr()}/submit`).expect(200);
    await controller.post(`${norr()}/approve`, { version: 1 }).expect(409);
    const approved = await controller.post(`${norr()}/approve`).expect(200);
    expect(approved.body).toMatchObject({ status: 'godkand', decidedBy: { displayName: 'controller' } });

    const frozen = await rektor.put(norr(), { version: approved.body.version, values: [{ indicatorId: w.indicators.elever, value: 1 }] }).expect(409);
    expect(frozen.body.message).toBe('Rapporten är godkänd och kan inte längre ändras.');
    await controller.post(`${norr()}/return`, { comment: 'x' }).expect(409);
    await rektor.post(`${norr()}/submit`).expect(409);

    expect((await controller.post(`${norr()}/reopen`, {}).expect(422)).body.fields.reason).toBeDefined();
    const cells = [
      { orgNodeId: a.nodes['uf.norr']!, periodKey: '2026-Q3' },
      { orgNodeId: a.nodes['uf.soder']!, periodKey: '2026-Q3' },
      { orgNodeId: a.nodes['uf.soder']!, periodKey: '2026-Q2' },
      { orgNodeId: a.nodes['uf.norr']!, periodKey: '2026' },
    ];
    const frozenNow = await factory.asKommun(a, (m) => frozenCells(m, cells));
    expect([...frozenNow].sort()).toEqual([`${a.nodes['uf.norr']}|2026-Q3`, `${a.nodes['uf.soder']}|2026-Q2`].sort());

    const reopened = await controller.post(`${norr()}/reopen`, { reason: 'Fel utfall upptäckt.' }).expect(200);
    expect(reopened.body).toMatchObject({ status: 'atersand', reopenReason: 'Fel utfall upptäckt.' });
    await rektor.put(norr(), { version: reopened.body.version, values: [{ indicatorId: w.indicators.elever, value: 461 }] }).expect(200);
  });

  it('keeps a report of a locked period read-only for everyone', async () => {
    const q2 = `${R}/${w.reports['uf.norr.q2']}`;
    const { body } = await rektor.get(q2).expect(200);
    expect(body.editable).toBe(false);
    const res = await rektor.put(q2, { version: body.version, values: [] }).expect(409);
    expect(res.body.message).toMatch(/Perioden är låst/);
    await rektor.post(`${q2}/submit`).expect(409);
  });

  it('shows drafts only to those who may read them; submitted and approved reports to everyone', async () => {
    const list = async (s: Session, query = '') => (await s.get(`${R}?pageSize=200${query}`).expect(200)).body;
    const forRevisor = await list(revisor);
    expect(forRevisor.items.every((r: { status: string }) => ['inlamnad', 'godkand'].includes(r.status))).toBe(true);
    await revisor.get(`${R}/${w.reports['uf.soder.q3']}`).expect(403);
    const forPolitician = await list(await factory.login('politiker@a.se'));
    expect(forPolitician.total).toBe(3);
    const forController = await list(controller, `&periodId=${w.periods.q3}`);
    expect(forController.items.map((r: { orgNode: { key: string } }) => r.orgNode.key)).toEqual(['uf.norr', 'uf.soder']);
    expect((await list(controller, `&orgNodeId=${a.nodes['uf.soder']}`)).total).toBe(1);
    const drafts = (await list(controller, `&status=utkast&periodId=${w.periods.q3}`)).items;
    expect(drafts.map((r: { orgNode: { key: string } }) => r.orgNode.key)).toEqual(['uf.soder']);
    const ids = JSON.stringify(await list(controller));
    expect(ids).not.toContain(wb.reports['uf.norr.q3']);
    await controller.get(`${R}?status=klar`).expect(422);
  });

  it('audits every value, narrative and status change with before and after', async () => {
    const events = await factory.asKommun(a, (m) =>
      m.query(`SELECT action, entity_type FROM audit_event WHERE entity_id = $1 OR after->>'reportId' = $1 OR before->>'reportId' = $1`, [w.reports['uf.norr.q3']]),
    );
    const actions = events.map((e: { action: string; entity_type: string }) => `${e.entity_type}:${e.action}`);
    for (const expected of ['report:submit', 'report:return', 'report:approve', 'report:reopen', 'indicator_value:create', 'indicator_value:update', 'report_goal_assessment:create']) {
      expect(actions).toContain(expected);
    }
  });
});
