import { startTestApp, type TestApp } from './support/test-app.js';
import { TestFactory, type Kommun, type Session } from './support/factory.js';
import { indicatorBody } from './support/helpers.js';

describe('GET /values and DELETE /values/:id', () => {
  let app: TestApp;
  let factory: TestFactory;
  let a: Kommun;
  let controller: Session;
  let kostnad: string;
  let lektioner: string;
  let annat: string;

  beforeAll(async () => {
    app = await startTestApp();
    factory = new TestFactory(app);
    a = await factory.newKommun({
      name: 'Kommun A',
      users: [
        { email: 'controller@a.se', role: 'controller' },
        { email: 'rektor@a.se', role: 'enhetschef', scope: 'uf.norr' },
        { email: 'ekonom@a.se', role: 'ekonom' },
        { email: 'revisor@a.se', role: 'revisor' },
      ],
    });
    await factory.newKommun({ name: 'Kommun B', users: [{ email: 'controller@b.se', role: 'controller' }] });
    controller = await factory.login('controller@a.se');
    const goalId = (await factory.newGoal(a, { key: 'BUN1', owner: 'bun' })).id;
    const otherGoal = (await factory.newGoal(a, { key: 'BUN2', owner: 'bun' })).id;
    kostnad = await factory.newIndicator(a, indicatorBody(await factory.newChainElement(a, { goalId, link: 'resurs', name: 'R' }, controller), 'R1', { unit: 'tkr' }), controller);
    lektioner = await factory.newIndicator(a, indicatorBody(await factory.newChainElement(a, { goalId, link: 'aktivitet', name: 'A' }, controller), 'A1'), controller);
    annat = await factory.newIndicator(a, indicatorBody(await factory.newChainElement(a, { goalId: otherGoal, link: 'prestation', name: 'P' }, controller), 'P9'), controller);
    const rows = [];
    for (const [node, scale] of [['uf.norr', 1], ['uf.soder', 2]] as const) {
      for (const year of [2025, 2026]) {
        for (let q = 1; q <= 4; q += 1) {
          rows.push({ indicatorId: kostnad, orgNodeId: a.nodes[node]!, periodKey: `${year}-Q${q}`, value: 13_000 * scale + q });
          rows.push({ indicatorId: lektioner, orgNodeId: a.nodes[node]!, periodKey: `${year}-Q${q}`, value: 6000 * scale + q });
        }
      }
    }
    rows.push({ indicatorId: annat, orgNodeId: a.nodes['uf.norr']!, periodKey: '2025-Q1', value: 7 });
    await factory.newValues(a, rows, controller);
  });
  afterAll(async () => app?.close());

  it('filters by indicator, goal, org node, period and year, paginated', async () => {
    const all = await controller.get('/api/v1/values?pageSize=200').expect(200);
    expect(all.body.total).toBe(33);
    const byGoal = await controller.get(`/api/v1/values?goalId=${(await controller.get(`/api/v1/indicators/${kostnad}`)).body.goalId}`).expect(200);
    expect(byGoal.body.total).toBe(32);
    const filtered = await controller.get(`/api/v1/values?indicatorId=${kostnad}&orgNodeId=${a.nodes['uf.soder']}&year=2026`).expect(200);
    expect(filtered.body.items.map((v: { periodKey: string; value: number }) => [v.periodKey, v.value])).toEqual([
      ['2026-Q1', 26_001], ['2026-Q2', 26_002], ['2026-Q3', 26_003], ['2026-Q4', 26_004],
    ]);
    expect(filtered.body.items[0]).toMatchObject({ indicatorId: kostnad, source: 'manual', enteredBy: a.users['controller@a.se'], version: 1, comment: null });
    const period = await controller.get(`/api/v1/values?periodKey=2025-Q3&indicatorId=${lektioner}`).expect(200);
    expect(period.body.total).toBe(2);
    const page = await controller.get(`/api/v1/values?indicatorId=${kostnad}&pageSize=5&page=4`).expect(200);
    expect(page.body).toMatchObject({ page: 4, pageSize: 5, total: 16 });
    expect(page.body.items).toHaveLength(1);
    const revisor = await factory.login('revisor@a.se');
    expect((await revisor.get('/api/v1/values').expect(200)).body.total).toBe(33);
  });

  it('refuses bad filters (422) and shows another kommun nothing', async () => {
    expect((await controller.get('/api/v1/values?periodKey=2025-Q7').expect(422)).body.fields.periodKey[0]).toMatch(/Ogiltig period/);
    expect((await controller.get('/api/v1/values?year=tjugo').expect(422)).body.fields.year).toBeDefined();
    expect((await controller.get('/api/v1/values?indicatorId=abc').expect(422)).body.fields.indicatorId).toEqual(['Måste vara ett giltigt id (UUID).']);
    expect((await controller.get('/api/v1/values?sort=value').expect(422)).body.fields.sort).toEqual(['Fältet är inte tillåtet.']);
    const stranger = await factory.login('controller@b.se');
    expect((await stranger.get(`/api/v1/values?indicatorId=${kostnad}`).expect(200)).body.total).toBe(0);
    await app.http().get('/api/v1/values').expect(401);
  });

  it('deletes a value within scope (ekonom only resurs values), audited; 404 across kommuner', async () => {
    const list = await controller.get(`/api/v1/values?year=2025&periodKey=2025-Q4&pageSize=200`).expect(200);
    const find = (indicatorId: string, node: string) =>
      list.body.items.find((v: { indicatorId: string; orgNodeId: string }) => v.indicatorId === indicatorId && v.orgNodeId === a.nodes[node]).id as string;
    const rektor = await factory.login('rektor@a.se');
    await rektor.delete(`/api/v1/values/${find(lektioner, 'uf.soder')}`).expect(403);
    await rektor.delete(`/api/v1/values/${find(lektioner, 'uf.norr')}`).expect(204);
    const ekonom = await factory.login('ekonom@a.se');
    expect((await ekonom.delete(`/api/v1/values/${find(lektioner, 'uf.soder')}`).expect(403)).body.message).toMatch(/ekonomiska värden/);
    await ekonom.delete(`/api/v1/values/${find(kostnad, 'uf.soder')}`).expect(204);
    const revisor = await factory.login('revisor@a.se');
    await revisor.delete(`/api/v1/values/${find(kostnad, 'uf.norr')}`).expect(403);
    const stranger = await factory.login('controller@b.se');
    await stranger.delete(`/api/v1/values/${find(kostnad, 'uf.norr')}`).expect(404);
    await controller.delete('/api/v1/values/inte-ett-id').expect(404);
    const deleted = find(kostnad, 'uf.soder');
    await controller.delete(`/api/v1/values/${deleted}`).expect(404);
    const audit = (await factory.auditEvents(a, 'indicator_value')).filter((r) => r.action === 'delete');
    expect(audit).toHaveLength(2);
    expect(audit.find((r) => r.entity_id === deleted)).toMatchObject({ before: { value: 26_004, periodKey: '2025-Q4' }, after: null, actor_user_id: a.users['ekonom@a.se'] });
  });
});
