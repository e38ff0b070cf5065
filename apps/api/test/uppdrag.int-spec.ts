import type { HygieneReport, UppdragDto } from '@resultatkedjan/contracts';
import { startTestApp, type TestApp } from './support/test-app.js';
import { TestFactory, type Kommun, type Session } from './support/factory.js';
import { KONCERN_NODES } from './support/scenarios.js';

/** Uppdrag beside the goals: recorded for the giving body, listed by deadline, counted per body in the hygiene panel. */
describe('uppdrag', () => {
  let app: TestApp;
  let factory: TestFactory;
  let k: Kommun;
  let other: Kommun;
  let eva: Session;
  let johan: Session;
  let omar: Session;
  let outsider: Session;
  let created: UppdragDto;

  beforeAll(async () => {
    app = await startTestApp();
    factory = new TestFactory(app);
    k = await factory.newKommun({
      nodes: KONCERN_NODES,
      users: [
        { email: 'eva@u.se', role: 'controller' },
        { email: 'johan@u.se', role: 'fortroendevald', scope: 'bun' },
        { email: 'omar@u.se', role: 'enhetschef', scope: 'uf.gr.norr' },
      ],
    });
    other = await factory.newKommun({ nodes: KONCERN_NODES, users: [{ email: 'eva@uo.se', role: 'controller' }] });
    [eva, johan, omar, outsider] = await Promise.all(['eva@u.se', 'johan@u.se', 'omar@u.se', 'eva@uo.se'].map((e) => factory.login(e)));
  });
  afterAll(async () => app?.close());

  it('records an uppdrag for the body that gave it, audited, with field-keyed errors', async () => {
    const goal = await factory.newGoal(k, { key: 'BUN1', owner: 'bun' });
    const res = await johan.post('/api/v1/uppdrag', {
      title: 'Utred fler lärarlag', issuerNodeId: k.nodes.bun, ownerNodeId: k.nodes.uf, goalId: goal.id, year: 2026, deadline: '2026-10-31',
    }).expect(201);
    created = res.body;
    expect(created).toMatchObject({ issuerName: 'Barn- och utbildningsnämnden', ownerName: 'Utbildningsförvaltningen', status: 'ej_paborjat', version: 1 });
    expect((await factory.auditEvents(k, 'uppdrag', created.id))[0]).toMatchObject({ action: 'create', after: { title: 'Utred fler lärarlag' } });

    const shape = await johan.post('/api/v1/uppdrag', { title: '', issuerNodeId: 'bun', ownerNodeId: k.nodes.uf, year: 1800, deadline: '31 okt', status: 'klar' }).expect(422);
    expect(Object.keys(shape.body.fields).sort()).toEqual(['deadline', 'issuerNodeId', 'status', 'title', 'year']);
    const rules = await eva.post('/api/v1/uppdrag', { title: 'x', issuerNodeId: k.nodes.bun, ownerNodeId: k.nodes['vof.ht'], year: 2026 }).expect(422);
    expect(Object.keys(rules.body.fields)).toEqual(['ownerNodeId']);
    const notABody = await eva.post('/api/v1/uppdrag', { title: 'x', issuerNodeId: k.nodes.uf, ownerNodeId: k.nodes.uf, year: 2026 }).expect(422);
    expect(Object.keys(notABody.body.fields)).toEqual(['issuerNodeId']);
    // Johan's grant is on BUN only; the enhetschef has no goal:write.
    await johan.post('/api/v1/uppdrag', { title: 'x', issuerNodeId: k.nodes.ks, ownerNodeId: k.nodes.uf, year: 2026 }).expect(403);
    await omar.post('/api/v1/uppdrag', { title: 'x', issuerNodeId: k.nodes.bun, ownerNodeId: k.nodes.uf, year: 2026 }).expect(403);
    // KF gives uppdrag anywhere.
    await eva.post('/api/v1/uppdrag', { title: 'Översyn av hyror', issuerNodeId: k.nodes.kf, ownerNodeId: k.nodes.hem, year: 2026 }).expect(201);
    await eva.post('/api/v1/uppdrag', { title: 'Äldre uppdrag', issuerNodeId: k.nodes.kf, ownerNodeId: k.nodes.bun, year: 2025 }).expect(201);
  });

  it('changes status with optimistic locking', async () => {
    const changed = await johan.patch(`/api/v1/uppdrag/${created.id}`, { version: 1, status: 'pagar' }).expect(200);
    expect(changed.body).toMatchObject({ status: 'pagar', version: 2 });
    await johan.patch(`/api/v1/uppdrag/${created.id}`, { version: 1, status: 'klart' }).expect(409);
    await omar.patch(`/api/v1/uppdrag/${created.id}`, { version: 2, status: 'klart' }).expect(403);
    expect((await factory.auditEvents(k, 'uppdrag', created.id)).at(-1)).toMatchObject({ action: 'update', before: { status: 'ej_paborjat' }, after: { status: 'pagar' } });
  });

  it('lists by year and owner subtree, readable by every role, not across kommuner', async () => {
    const list = (await omar.get('/api/v1/uppdrag?year=2026').expect(200)).body;
    expect(list.items.map((u: UppdragDto) => u.title)).toEqual(['Utred fler lärarlag', 'Översyn av hyror']);
    const bun = (await omar.get(`/api/v1/uppdrag?ownerNodeId=${k.nodes.bun}`).expect(200)).body;
    expect(bun.items.map((u: UppdragDto) => u.title)).toEqual(['Utred fler lärarlag', 'Äldre uppdrag']);
    expect((await outsider.get('/api/v1/uppdrag').expect(200)).body.total).toBe(0);
    await outsider.patch(`/api/v1/uppdrag/${created.id}`, { version: 2, status: 'klart' }).expect(404);
    await outsider.post('/api/v1/uppdrag', { title: 'x', issuerNodeId: k.nodes.kf, ownerNodeId: k.nodes.bun, year: 2026 }).expect(422);
    expect(await factory.count(other, 'uppdrag')).toBe(0);
  });

  it('counts goals, indicators and uppdrag per body in the hygiene report, leaving cancelled uppdrag out', async () => {
    const goal = (await factory.newGoal(k, { key: 'BUN2', owner: 'bun', validFromYear: 2026 }));
    await factory.newIndicators(k, { goalId: goal.id, count: 2 });
    const cancelled = await eva.post('/api/v1/uppdrag', { title: 'Avbrutet', issuerNodeId: k.nodes.ks, ownerNodeId: k.nodes['uf.gr.norr'], year: 2026, status: 'avbrutet' }).expect(201);
    expect(cancelled.body.status).toBe('avbrutet');
    const report: HygieneReport = (await omar.get('/api/v1/goals/hygiene?year=2026').expect(200)).body;
    const byName = Object.fromEntries(report.bodies.map((b) => [b.node.name, [b.goalCount, b.indicatorCount, b.uppdragCount]]));
    expect(byName['Barn- och utbildningsnämnden']).toEqual([2, 2, 1]);
    expect(byName['Exempelstadshem AB']).toEqual([0, 0, 1]);
    expect(byName['Kommunstyrelsen']).toEqual([0, 0, 0]);
  });

  it('does not name a draft goal to a reader who may not read it', async () => {
    const draft = (await eva.post('/api/v1/goals', { key: 'IM-D', title: 'Förslag', level: 'inriktningsmal', ownerNodeId: k.nodes.kf, validFromYear: 2027 }).expect(201)).body;
    await eva.post('/api/v1/uppdrag', { title: 'Utred förslaget', issuerNodeId: k.nodes.kf, ownerNodeId: k.nodes.uf, goalId: draft.id, year: 2027 }).expect(201);
    const goalIdFor = async (session: Session) =>
      ((await session.get('/api/v1/uppdrag?year=2027').expect(200)).body.items as UppdragDto[]).find((u) => u.title === 'Utred förslaget')?.goalId;
    expect(await goalIdFor(eva)).toBe(draft.id);
    expect(await goalIdFor(omar)).toBeNull();
  });
});
