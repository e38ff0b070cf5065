import type { GoalAssessmentsView } from '@resultatkedjan/contracts';
import { startTestApp, type TestApp } from './support/test-app.js';
import { TestFactory, type Kommun, type Session } from './support/factory.js';
import { KONCERN_NODES } from './support/scenarios.js';

/** Goal assessments up the chain (R-4, R-44): förvaltning, nämnd (or bolag board) and KS beside the units' own. */
describe('goal assessments by tier (/goals/:goalId/assessments)', () => {
  let app: TestApp;
  let factory: TestFactory;
  let k: Kommun;
  let controllerUf: Session;
  let ordforandeBun: Session;
  let ordforandeKs: Session;
  let ledamotBun: Session;
  let rektor: Session;
  let revisor: Session;
  let q3: string;
  let bunGoal: string;
  let kfGoal: string;
  let hemGoal: string;
  const path = (goalId: string) => `/api/v1/goals/${goalId}/assessments`;

  beforeAll(async () => {
    app = await startTestApp();
    factory = new TestFactory(app);
    k = await factory.newKommun({
      nodes: KONCERN_NODES,
      users: [
        { email: 'eva@t.se', role: 'controller', scope: 'uf' },
        { email: 'karin@t.se', role: 'ordforande', scope: 'bun' },
        { email: 'ks@t.se', role: 'ordforande', scope: 'ks' },
        { email: 'ledamot@t.se', role: 'fortroendevald', scope: 'bun' },
        { email: 'rektor@t.se', role: 'enhetschef', scope: 'uf.gr.norr' },
        { email: 'revisor@t.se', role: 'revisor' },
      ],
    });
    [controllerUf, ordforandeBun, ordforandeKs, ledamotBun, rektor, revisor] = await Promise.all(
      ['eva@t.se', 'karin@t.se', 'ks@t.se', 'ledamot@t.se', 'rektor@t.se', 'revisor@t.se'].map((e) => factory.login(e)),
    );
    q3 = await factory.newPeriod(k, { key: '2026-Q3', from: '2026-07-01', to: '2026-09-30', status: 'last' });
    kfGoal = (await factory.newGoal(k, { key: 'KF1', owner: 'kf', level: 'inriktningsmal' })).id;
    bunGoal = (await factory.newGoal(k, { key: 'BUN1', owner: 'bun', level: 'namndmal', parentGoalId: kfGoal })).id;
    hemGoal = (await factory.newGoal(k, { key: 'HEM1', owner: 'hem', level: 'bolagsmal', parentGoalId: kfGoal })).id;
    // Lessons held: 500 + 460 = 960 of a target of 1000 → 0.96, Delvis uppfyllt at the nämnd.
    const element = await factory.newChainElement(k, { goalId: bunGoal, link: 'aktivitet', name: 'Lektioner' });
    const lektioner = await factory.newIndicator(k, { chainElementId: element, key: 'BUN1.L', name: 'Genomförda lektioner', purpose: 'Test' });
    await factory.newTargets(k, lektioner, [{ periodKey: '2026-Q3', targetValue: 1000 }]);
    await factory.newValues(k, [
      { indicatorId: lektioner, orgNodeId: k.nodes['uf.gr.norr']!, periodKey: '2026-Q3', value: 500 },
      { indicatorId: lektioner, orgNodeId: k.nodes['uf.gr.soder']!, periodKey: '2026-Q3', value: 460 },
    ]);
    const norr = await factory.newReport(k, { periodId: q3, node: 'uf.gr.norr' });
    const soder = await factory.newReport(k, { periodId: q3, node: 'uf.gr.soder' });
    await factory.newSelfAssessment(k, { reportId: norr, goalId: bunGoal, level: 3, justification: 'Vi når nästan målet', status: 'godkand' });
    await factory.newSelfAssessment(k, { reportId: soder, goalId: bunGoal, level: 1, justification: 'Utkast', status: 'utkast' });
  });
  afterAll(async () => app?.close());

  it('lists the units’ submitted self-assessments first and proposes the lowest of indicators and units', async () => {
    const view: GoalAssessmentsView = (await revisor.get(`${path(bunGoal)}?periodId=${q3}`).expect(200)).body;
    expect(view).toMatchObject({ goalId: bunGoal, periodId: q3, periodKey: '2026-Q3', tiers: [] });
    // Söderskolan's draft stays with its unit.
    expect(view.units).toEqual([
      expect.objectContaining({ orgNodeId: k.nodes['uf.gr.norr'], orgNodeName: 'Norrskolan', level: 3, label: 'Uppfyllt', justification: 'Vi når nästan målet', why: 'Orsak' }),
    ]);
    expect(view.proposal).toEqual({ level: 2, label: 'Delvis uppfyllt', indicatorLevels: [2], unitLevels: [3] });
    expect(view.levels.map((l) => l.label)).toEqual(['Uppfyllt', 'Delvis uppfyllt', 'Ej uppfyllt', 'Ej bedömt']);
  });

  it('lets the controller record the förvaltning tier and the ordförande the nämnd tier, side by side, audited', async () => {
    const forvaltning = await controllerUf
      .put(path(bunGoal), { periodId: q3, tier: 'forvaltning', orgNodeId: k.nodes.uf, level: 2, justification: '  Nära målet men under.  ' })
      .expect(200);
    expect(forvaltning.body).toMatchObject({ tier: 'forvaltning', orgNodeName: 'Utbildningsförvaltningen', level: 2, label: 'Delvis uppfyllt', justification: 'Nära målet men under.', proposedLevel: 2 });
    const namnd = await ordforandeBun
      .put(path(bunGoal), { periodId: q3, tier: 'namnd', orgNodeId: k.nodes.bun, level: 1, justification: 'Nämnden väger in tryggheten.' })
      .expect(200);
    expect(namnd.body).toMatchObject({ tier: 'namnd', level: 1, proposedLevel: 2, assessedByUserId: k.users['karin@t.se'] });

    const view: GoalAssessmentsView = (await rektor.get(`${path(bunGoal)}?periodId=${q3}`).expect(200)).body;
    expect(view.units.map((u) => u.level)).toEqual([3]);
    expect(view.tiers.map((t) => [t.tier, t.level])).toEqual([['forvaltning', 2], ['namnd', 1]]);

    // Recording again replaces the body's assessment; both writes are in the audit trail.
    await ordforandeBun.put(path(bunGoal), { periodId: q3, tier: 'namnd', orgNodeId: k.nodes.bun, level: 2, justification: 'Efter dialogen.' }).expect(200);
    expect(await factory.count(k, 'goal_assessment')).toBe(2);
    const audit = await factory.auditEvents(k, 'goal_assessment', namnd.body.id);
    expect(audit.map((e) => [e.action, e.before?.level ?? null, e.after?.level])).toEqual([['create', null, 1], ['update', 1, 2]]);
  });

  it('lets KS (its ordförande) assess KF’s goals only, and a bolag’s board its bolagsmål', async () => {
    await ordforandeKs.put(path(kfGoal), { periodId: q3, tier: 'ks', orgNodeId: k.nodes.ks, level: 0, justification: 'Underlag saknas.' }).expect(200);
    const notKf = await ordforandeKs.put(path(bunGoal), { periodId: q3, tier: 'ks', orgNodeId: k.nodes.ks, level: 2, justification: 'X' }).expect(422);
    expect(notKf.body.fields).toEqual({ orgNodeId: ['Kommunstyrelsen bedömer kommunfullmäktiges mål.'] });
    // The nämnd's ordförande has no role on the bolag.
    await ordforandeBun.put(path(hemGoal), { periodId: q3, tier: 'namnd', orgNodeId: k.nodes.hem, level: 2, justification: 'X' }).expect(403);
    const hemChair = await factory.newUser(k, { email: 'hem@t.se', role: 'ordforande', scope: 'hem' });
    expect(hemChair).toBeTruthy();
    const board = await factory.login('hem@t.se');
    await board.put(path(hemGoal), { periodId: q3, tier: 'namnd', orgNodeId: k.nodes.hem, level: 3, justification: 'Styrelsen bedömer målet uppfyllt.' }).expect(200);
  });

  it('refuses the wrong role or scope for a tier (403) and a body outside the goal’s area (422)', async () => {
    const body = { periodId: q3, level: 2, justification: 'X' };
    await ledamotBun.put(path(bunGoal), { ...body, tier: 'namnd', orgNodeId: k.nodes.bun }).expect(403);
    await rektor.put(path(bunGoal), { ...body, tier: 'forvaltning', orgNodeId: k.nodes.uf }).expect(403);
    await controllerUf.put(path(bunGoal), { ...body, tier: 'namnd', orgNodeId: k.nodes.bun }).expect(403);
    await ordforandeBun.put(path(bunGoal), { ...body, tier: 'forvaltning', orgNodeId: k.nodes.uf }).expect(403);
    await controllerUf.put(path(bunGoal), { ...body, tier: 'forvaltning', orgNodeId: k.nodes.vof }).expect(403);
    const kind = await ordforandeBun.put(path(bunGoal), { ...body, tier: 'namnd', orgNodeId: k.nodes.uf }).expect(422);
    expect(kind.body.fields.orgNodeId).toEqual(['Nämndens bedömning görs av en nämnd eller bolagsstyrelse.']);
  });

  it('requires a justification and a level on the kommun’s scale, keyed by field, writing nothing', async () => {
    const before = await factory.count(k, 'goal_assessment');
    const empty = await controllerUf.put(path(bunGoal), { periodId: q3, tier: 'forvaltning', orgNodeId: k.nodes.uf, level: 7, justification: '   ' }).expect(422);
    expect(empty.body.fields).toEqual({ level: ['Nivån finns inte på kommunens skala.'], justification: ['Skriv en motivering till bedömningen.'] });
    const types = await controllerUf.put(path(bunGoal), { periodId: 'x', tier: 'kf', orgNodeId: 1, level: 1.5, extra: true }).expect(422);
    expect(Object.keys(types.body.fields).sort()).toEqual(['extra', 'justification', 'level', 'orgNodeId', 'periodId', 'tier']);
    const period = await controllerUf.put(path(bunGoal), { periodId: k.nodes.uf, tier: 'forvaltning', orgNodeId: k.nodes.uf, level: 1, justification: 'X' }).expect(422);
    expect(period.body.fields).toEqual({ periodId: ['Perioden finns inte.'] });
    // Without a period: the one that opened last.
    expect((await controllerUf.get(path(bunGoal)).expect(200)).body.periodId).toBe(q3);
    await controllerUf.get(`${path(k.nodes.uf!)}?periodId=${q3}`).expect(404);
    expect(await factory.count(k, 'goal_assessment')).toBe(before);
  });
});
