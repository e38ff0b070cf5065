import { jest } from '@jest/globals';
import { DataSource } from 'typeorm';
import type { GoalCascade, GoalCascadeNode, GoalChainsForYear, GoalDto, HygieneReport } from '@resultatkedjan/contracts';
import { DEMO_PASSWORD, DEMO_TENANT_ID, seedDemoKommun } from '../src/seed/index.js';
import { startTestApp, type TestApp } from './support/test-app.js';
import { TestFactory, type Kommun, type Session } from './support/factory.js';
import { inDemoKommun } from './support/seed-demo.js';

/**
 * DOMAIN.md 3.3 "read drafts and unsubmitted reports": a draft goal (förslag) is read within the author's scope and
 * by those who decide it — förtroendevald of the body, ordförande and controller, enhetschef and ekonom in whose
 * scope the owner lies — not by the revisor or the admin, and not by units below until it is sent on remiss.
 * Anyone else gets the answer for a goal that does not exist (404) and finds it in no list, tree, count or chain
 * view, cached or not. Once decided, every role of the kommun reads it.
 */
describe('draft goals are read only within the draft scope', () => {
  let app: TestApp;
  let factory: TestFactory;
  let demo: Kommun;
  let nodes: Record<string, string>;
  let s: Record<'admin' | 'eva' | 'karin' | 'johan' | 'omar' | 'sara' | 'mikael' | 'lars', Session>;
  let draft: GoalDto;
  let indicatorId: string;

  beforeAll(async () => {
    app = await startTestApp();
    factory = new TestFactory(app);
    await seedDemoKommun(app.database.ownerUrl, { today: '2026-12-01' });
    const rows: { id: string; key: string }[] = await inDemoKommun(app, (m) => m.query(`SELECT id, key FROM org_node`));
    nodes = Object.fromEntries(rows.map((r) => [r.key, r.id]));
    demo = { tenantId: DEMO_TENANT_ID } as Kommun;
    const login = (user: string) => factory.login(`${user}@exempelstad.se`, DEMO_PASSWORD);
    s = {
      admin: await login('admin'),
      eva: await login('eva.berg'),
      karin: await login('karin.lindqvist'),
      johan: await login('johan.ek'),
      omar: await login('omar.hassan'),
      sara: await login('sara.nilsson'),
      mikael: await login('mikael.strand'),
      lars: await login('lars.nystrom'),
    };
    // Johan (BUN ledamot) proposes a nämndmål; the controller gives it a chain so /chains has it.
    draft = (await s.johan.post('/api/v1/goals', {
      key: 'BUN-UTKAST', level: 'namndmal', title: 'Alla elever läser varje dag', ownerNodeId: nodes.bun, validFromYear: 2026,
    }).expect(201)).body;
    expect(draft.status).toBe('forslag');
    const elementId = await factory.newChainElement(demo, { goalId: draft.id, link: 'resultat', name: 'Resultat' }, s.eva);
    indicatorId = await factory.newIndicator(demo, { chainElementId: elementId, key: 'BUN-UTKAST.1', name: 'Läsande elever', purpose: 'Följa läsningen' }, s.eva);
    await factory.newValues(demo, [{ indicatorId, orgNodeId: nodes.bun!, periodKey: '2026-Q2', value: 42 }]);
  });
  afterAll(async () => app?.close());

  const READERS = ['eva', 'karin', 'johan', 'mikael'] as const;
  const OTHERS = ['admin', 'lars', 'omar', 'sara'] as const;

  const listed = async (who: Session) => ((await who.get(`/api/v1/goals?ownerNodeId=${nodes.bun}&pageSize=100`).expect(200)).body.items as GoalDto[]).map((g) => g.key);
  const chainKeys = async (who: Session) => ((await who.get('/api/v1/chains?year=2026').expect(200)).body as GoalChainsForYear).chains.map((c) => c.goal.key);
  const cascadeKeys = async (who: Session) => flatten(((await who.get('/api/v1/goals/cascade?year=2026').expect(200)).body as GoalCascade).roots);
  const bunGoalCount = async (who: Session) =>
    ((await who.get('/api/v1/goals/hygiene?year=2026').expect(200)).body as HygieneReport).bodies.find((b) => b.node.id === nodes.bun)!.goalCount;

  it('lets the author, the chair, the controller and the ekonom read the draft everywhere', async () => {
    for (const who of READERS) {
      expect(await listed(s[who])).toContain('BUN-UTKAST');
      expect((await s[who].get(`/api/v1/goals/${draft.id}`).expect(200)).body.key).toBe('BUN-UTKAST');
      await s[who].get(`/api/v1/goals/${draft.id}/chain?year=2026`).expect(200);
      await s[who].get(`/api/v1/goals/${draft.id}/consultation`).expect(200);
      await s[who].get(`/api/v1/indicators/${indicatorId}`).expect(200);
      expect((await s[who].get(`/api/v1/values?indicatorId=${indicatorId}`).expect(200)).body.total).toBe(1);
      expect(await chainKeys(s[who])).toContain('BUN-UTKAST');
      expect(await cascadeKeys(s[who])).toContain('BUN-UTKAST');
    }
    expect(await bunGoalCount(s.johan)).toBe((await bunGoalCount(s.lars)) + 1);
  });

  it('answers everyone else as if the draft did not exist: 404, and absent from lists, trees, counts and chains', async () => {
    const before = await bunGoalCount(s.eva);
    for (const who of OTHERS) {
      expect(await listed(s[who])).not.toContain('BUN-UTKAST');
      expect(await listed(s[who])).toContain('BUN1');
      const missing = await s[who].get(`/api/v1/goals/${draft.id}`).expect(404);
      const unknown = await s[who].get('/api/v1/goals/00000000-0000-4000-8000-000000000000').expect(404);
      expect(missing.body.message).toBe(unknown.body.message);
      await s[who].get(`/api/v1/goals/${draft.id}/chain?year=2026`).expect(404);
      await s[who].get(`/api/v1/goals/${draft.id}/chain-elements`).expect(404);
      await s[who].get(`/api/v1/goals/${draft.id}/ratios`).expect(404);
      await s[who].get(`/api/v1/goals/${draft.id}/consultation`).expect(404);
      await s[who].get(`/api/v1/goals/${draft.id}/assessments`).expect(404);
      await s[who].get(`/api/v1/indicators/${indicatorId}`).expect(404);
      expect((await s[who].get(`/api/v1/indicators?goalId=${draft.id}`).expect(200)).body.total).toBe(0);
      expect((await s[who].get(`/api/v1/values?indicatorId=${indicatorId}`).expect(200)).body.total).toBe(0);
      expect((await s[who].get(`/api/v1/values?goalId=${draft.id}`).expect(200)).body.total).toBe(0);
      expect(await chainKeys(s[who])).not.toContain('BUN-UTKAST');
      expect(await cascadeKeys(s[who])).not.toContain('BUN-UTKAST');
      expect(await bunGoalCount(s[who])).toBe(before - 1);
    }
  });

  it('keeps the draft out of a unit\'s report for whoever may not read it', async () => {
    const reportGoals = async (who: Session) => {
      const page = (await who.get(`/api/v1/reports?orgNodeId=${nodes['uf.gr.norr']}&status=utkast&pageSize=100`).expect(200)).body as { items: { id: string }[] };
      expect(page.items).toHaveLength(1);
      const detail = (await who.get(`/api/v1/reports/${page.items[0]!.id}`).expect(200)).body as { goals: { key: string }[] };
      return detail.goals.map((g) => g.key);
    };
    expect(await reportGoals(s.eva)).toEqual(expect.arrayContaining(['BUN1', 'BUN-UTKAST']));
    const omars = await reportGoals(s.omar);
    expect(omars).toContain('BUN1');
    expect(omars).not.toContain('BUN-UTKAST');
  });

  it('never serves a cached /chains answer across draft visibilities, and still hits the cache for the same one', async () => {
    // Warm: the controller (every draft) first, then readers who may not see the draft must still not get it.
    const evaFirst = await s.eva.get('/api/v1/chains?year=2026').expect(200);
    const larsFirst = await s.lars.get('/api/v1/chains?year=2026').expect(200);
    expect(evaFirst.headers.etag).not.toBe(larsFirst.headers.etag);
    expect(await chainKeys(s.lars)).not.toContain('BUN-UTKAST');
    expect(await chainKeys(s.omar)).not.toContain('BUN-UTKAST');
    // The same visibility shares the entry: the ekonom reads all drafts like the controller, the admin none like the revisor.
    expect((await s.mikael.get('/api/v1/chains?year=2026').expect(200)).headers.etag).toBe(evaFirst.headers.etag);
    expect((await s.admin.get('/api/v1/chains?year=2026').expect(200)).headers.etag).toBe(larsFirst.headers.etag);

    const runner = app.api.get(DataSource).createQueryRunner();
    const spy = jest.spyOn(Object.getPrototypeOf(runner) as { query: () => Promise<unknown> }, 'query');
    await runner.release();
    try {
      for (const who of ['omar', 'omar', 'lars', 'eva'] as const) {
        await s[who].get('/api/v1/chains?year=2026').expect(200);
        spy.mockClear();
        const again = await s[who].get('/api/v1/chains?year=2026').expect(200);
        // A hit: the session lookup is the only statement.
        expect(spy.mock.calls.length).toBe(1);
        expect((again.body as GoalChainsForYear).chains.some((c) => c.goal.key === 'BUN-UTKAST')).toBe(who === 'eva');
      }
      // A reader with draft rights on a subtree: the single chain is checked before the cache, every time.
      await s.johan.get(`/api/v1/goals/${draft.id}/chain?year=2026`).expect(200);
      await s.omar.get(`/api/v1/goals/${draft.id}/chain?year=2026`).expect(404);
    } finally {
      spy.mockRestore();
    }
  });

  it('opens the draft to the units below the owner once it is on remiss, and to no one else', async () => {
    await s.johan.post(`/api/v1/goals/${draft.id}/circulation`, { message: 'Synpunkter?' }).expect(200);
    await s.omar.get(`/api/v1/goals/${draft.id}`).expect(200);
    expect(await listed(s.omar)).toContain('BUN-UTKAST');
    expect(await chainKeys(s.omar)).toContain('BUN-UTKAST');
    await s.omar.post(`/api/v1/goals/${draft.id}/comments`, { orgNodeId: nodes['uf.gr.norr'], text: 'Vi mäter läsning per termin.' }).expect(201);
    // Hemtjänst Centrum is not below BUN; the revisor and the admin have no draft rights at all.
    for (const who of ['sara', 'lars', 'admin'] as const) {
      await s[who].get(`/api/v1/goals/${draft.id}`).expect(404);
      expect(await chainKeys(s[who])).not.toContain('BUN-UTKAST');
    }
  });

  it('shows the decided goal to every role of the kommun', async () => {
    const current = (await s.karin.get(`/api/v1/goals/${draft.id}`).expect(200)).body as GoalDto;
    await s.karin.post(`/api/v1/goals/${draft.id}/decision`, { organ: 'Barn- och utbildningsnämnden', datum: '2026-12-01', paragraf: '§ 12', version: current.version }).expect(200);
    for (const who of [...READERS, ...OTHERS]) {
      expect((await s[who].get(`/api/v1/goals/${draft.id}`).expect(200)).body.status).toBe('beslutad');
      expect(await listed(s[who])).toContain('BUN-UTKAST');
      expect(await chainKeys(s[who])).toContain('BUN-UTKAST');
      expect(await cascadeKeys(s[who])).toContain('BUN-UTKAST');
      await s[who].get(`/api/v1/indicators/${indicatorId}`).expect(200);
    }
  });
});

function flatten(nodes: GoalCascadeNode[]): string[] {
  return nodes.flatMap((n) => [n.key, ...flatten(n.children)]);
}
