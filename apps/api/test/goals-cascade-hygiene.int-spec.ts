import type { GoalCascadeNode, GoalDto, HygieneBody, HygieneReport } from '@resultatkedjan/contracts';
import { startTestApp, type TestApp } from './support/test-app.js';
import { TestFactory, type Kommun, type Session } from './support/factory.js';
import { KONCERN_NODES } from './support/scenarios.js';

/** "KEY[child,child]" — the shape of a cascade, easy to compare. */
const shape = (nodes: GoalCascadeNode[]): string[] =>
  nodes.map((n) => (n.children.length > 0 ? `${n.key}[${shape(n.children).join(',')}]` : n.key));

const find = (nodes: GoalCascadeNode[], key: string): GoalCascadeNode | undefined => {
  for (const n of nodes) {
    if (n.key === key) return n;
    const hit = find(n.children, key);
    if (hit) return hit;
  }
  return undefined;
};

describe('goal cascade and goal hygiene (R-1, R-28)', () => {
  let app: TestApp;
  let factory: TestFactory;
  let a: Kommun;
  let controller: Session;
  let rektor: Session;
  let admin: Session;
  let controllerB: Session;
  const g: Record<string, GoalDto> = {};

  beforeAll(async () => {
    app = await startTestApp();
    factory = new TestFactory(app);
    a = await factory.newKommun({
      nodes: [...KONCERN_NODES, { key: 'ev', name: 'Exempelstad Energi och Vatten AB', kind: 'bolag', parent: 'stadshus' }],
      users: [
        { email: 'controller@a.se', role: 'controller' },
        { email: 'rektor@a.se', role: 'enhetschef', scope: 'uf.gr.norr' },
        { email: 'admin@a.se', role: 'admin' },
      ],
    });
    await factory.newKommun({ users: [{ email: 'controller@b.se', role: 'controller' }] });
    [controller, rektor, admin, controllerB] = await Promise.all(['controller@a.se', 'rektor@a.se', 'admin@a.se', 'controller@b.se'].map((e) => factory.login(e)));

    g.vision = await factory.newGoal(a, { key: 'VISION', level: 'vision', owner: 'kf' }, controller);
    g.im1 = await factory.newGoal(a, { key: 'IM1', level: 'inriktningsmal', owner: 'kf', parentGoalId: g.vision.id, sortOrder: 1 }, controller);
    g.im2 = await factory.newGoal(a, { key: 'IM2', level: 'inriktningsmal', owner: 'kf', parentGoalId: g.vision.id, sortOrder: 2 }, controller);
    g.im3 = await factory.newGoal(a, { key: 'IM3', level: 'inriktningsmal', owner: 'kf', parentGoalId: g.vision.id, sortOrder: 3 }, controller);
    g.fm1 = await factory.newGoal(a, { key: 'FM1', level: 'finansiellt_mal', owner: 'kf', geh: true }, controller);
    g.bun1 = await factory.newGoal(a, { key: 'BUN1', level: 'namndmal', owner: 'bun', parentGoalId: g.im1.id, geh: true }, controller);
    g.bun2 = await factory.newGoal(a, { key: 'BUN2', level: 'namndmal', owner: 'bun', parentGoalId: g.im1.id }, controller);
    g.bun3 = await factory.newGoal(a, { key: 'BUN3', level: 'namndmal', owner: 'bun', parentGoalId: g.im1.id }, controller);
    g.bunOld = await factory.newGoal(a, { key: 'BUN0', level: 'namndmal', owner: 'bun', parentGoalId: g.im1.id, validFromYear: 2022, validToYear: 2025 }, controller);
    g.norrOld = await factory.newGoal(a, { key: 'NORR0', level: 'verksamhetsmal', owner: 'uf.gr.norr', parentGoalId: g.bunOld.id }, controller);
    g.norr1 = await factory.newGoal(a, { key: 'NORR1', level: 'verksamhetsmal', owner: 'uf.gr.norr', parentGoalId: g.bun1.id }, controller);
    g.von1 = await factory.newGoal(a, { key: 'VON1', level: 'namndmal', owner: 'von', parentGoalId: g.im2.id, geh: true }, controller);
    g.hem1 = await factory.newGoal(a, { key: 'HEM1', level: 'bolagsmal', owner: 'hem', parentGoalId: g.im3.id, sortOrder: 1 }, controller);
    g.hem2 = await factory.newGoal(a, { key: 'HEM2', level: 'bolagsmal', owner: 'hem', parentGoalId: g.im3.id, alsoServesGoalIds: [g.im2.id], sortOrder: 2 }, controller);
    g.hemF = await factory.newGoal(a, { key: 'HEM-F', level: 'bolagsmal', owner: 'hem', geh: true }, controller);
    g.ev1 = await factory.newGoal(a, { key: 'EV1', level: 'bolagsmal', owner: 'ev', parentGoalId: g.im3.id }, controller);
    g.future = await factory.newGoal(a, { key: 'IM9', level: 'inriktningsmal', owner: 'kf', validFromYear: 2027 }, controller);
    await controller.post(`/api/v1/goals/${g.im1.id}/decision`, { organ: 'Kommunfullmäktige', datum: '2025-11-24', paragraf: '§ 112' }).expect(200);
  });
  afterAll(async () => app?.close());

  describe('GET /goals/cascade', () => {
    let directiveId: string;

    beforeAll(async () => {
      // The controller registers them: the KF goals are still drafts, which an admin does not read (DOMAIN 3.3).
      directiveId = (await controller.post('/api/v1/agardirektiv', { bolagNodeId: a.nodes.hem, title: 'Ägardirektiv Exempelstadshem', body: '…', validFromYear: 2025, servesGoalIds: [g.im3.id, g.im2.id] }).expect(201)).body.id;
      await controller.post('/api/v1/agardirektiv', { bolagNodeId: a.nodes.hem, title: 'Äldre direktiv', body: '…', validFromYear: 2020, validToYear: 2024, servesGoalIds: [g.im3.id] }).expect(201);
    });

    it('nests the year\'s goals from the vision down, KF goals first, children by sortOrder then key', async () => {
      const res = await controller.get('/api/v1/goals/cascade?year=2026').expect(200);
      expect(res.body.year).toBe(2026);
      expect(shape(res.body.roots)).toEqual([
        'VISION[IM1[BUN1[NORR1],BUN2,BUN3],IM2[VON1],IM3[EV1,HEM1,HEM2]]',
        'FM1',
        'HEM-F',
        // Its parent BUN0 ended in 2025, so NORR0 stands alone in 2026.
        'NORR0',
      ]);
      const im1 = find(res.body.roots, 'IM1')!;
      expect(im1).toMatchObject({
        id: g.im1.id, level: 'inriktningsmal', status: 'beslutad', geh: false, alsoServesGoalIds: [],
        ownerNode: { id: a.nodes.kf, name: 'Kommunfullmäktige', kind: 'kf' },
      });
      expect(im1).not.toHaveProperty('agardirektiv');
      expect(find(res.body.roots, 'BUN1')).toMatchObject({ geh: true, status: 'forslag', ownerNode: { kind: 'namnd', name: 'Barn- och utbildningsnämnden' } });
      expect(find(res.body.roots, 'HEM2')!.alsoServesGoalIds).toEqual([g.im2.id]);
    });

    it('shows the ägardirektiv that links each bolagsmål, and null where the bolag has none', async () => {
      const roots = (await controller.get('/api/v1/goals/cascade?year=2026').expect(200)).body.roots as GoalCascadeNode[];
      const expected = { id: directiveId, title: 'Ägardirektiv Exempelstadshem', servesGoalIds: [g.im3.id, g.im2.id].sort() };
      expect(find(roots, 'HEM1')!.agardirektiv).toEqual(expected);
      expect(find(roots, 'HEM-F')!.agardirektiv).toEqual(expected);
      expect(find(roots, 'EV1')!.agardirektiv).toBeNull();
      const in2023 = (await controller.get('/api/v1/goals/cascade?year=2023').expect(200)).body.roots as GoalCascadeNode[];
      expect(find(in2023, 'HEM1')).toBeUndefined();
    });

    it('follows the year: other years show other goals', async () => {
      const y2025 = (await controller.get('/api/v1/goals/cascade?year=2025').expect(200)).body.roots;
      expect(find(y2025, 'BUN0')!.children.map((c: GoalCascadeNode) => c.key)).toEqual(['NORR0']);
      const y2027 = (await controller.get('/api/v1/goals/cascade?year=2027').expect(200)).body.roots;
      expect(shape(y2027)).toContain('IM9');
    });

    it('leaves out the drafts the reader may not read: a rektor sees the decided IM1 and the school\'s own drafts', async () => {
      // Every goal but IM1 is a förslag; the controller (above) reads them all. IM1's parent VISION is a draft outside
      // the rektor's scope, so IM1 stands as a root (DOMAIN.md 3.3, goals-draft-visibility.int-spec.ts).
      expect(shape((await rektor.get('/api/v1/goals/cascade?year=2026').expect(200)).body.roots)).toEqual(['IM1', 'NORR0', 'NORR1']);
      const hygiene = (await rektor.get('/api/v1/goals/hygiene?year=2026').expect(200)).body as HygieneReport;
      expect(hygiene.bodies.every((b) => b.goalCount === 0)).toBe(true);
    });

    it('needs a year; shows another kommun nothing of this one', async () => {
      const res = await rektor.get('/api/v1/goals/cascade').expect(422);
      expect(res.body.fields.year).toContain('Fältet måste anges.');
      await rektor.get('/api/v1/goals/cascade?year=abc').expect(422);
      await app.http().get('/api/v1/goals/cascade?year=2026').expect(401);
      expect((await controllerB.get('/api/v1/goals/cascade?year=2026').expect(200)).body).toEqual({ year: 2026, roots: [] });
    });
  });

  describe('GET /goals/hygiene', () => {
    beforeAll(async () => {
      await factory.newIndicators(a, { goalId: g.bun1.id, count: 7 });
      await factory.newIndicators(a, { goalId: g.bun2.id, count: 6 });
      await factory.newIndicators(a, { goalId: g.hem1.id, count: 2 });
      await factory.newIndicators(a, { goalId: g.im1.id, count: 9 });
    });

    const body = (report: HygieneReport, key: string): HygieneBody => report.bodies.find((x) => x.node.id === a.nodes[key])!;

    it('counts each body\'s own goals and each goal\'s indicators against the defaults (5 and 6), warning only', async () => {
      const report = (await controller.get('/api/v1/goals/hygiene?year=2026').expect(200)).body as HygieneReport;
      expect(report).toMatchObject({ year: 2026, goalCeiling: 5, indicatorCeiling: 6 });
      // Sorted by name, never by count; KF and units are not bodies here.
      expect(report.bodies.map((x) => x.node.name)).toEqual([
        'Barn- och utbildningsnämnden', 'Exempelstad Energi och Vatten AB', 'Exempelstads Stadshus AB', 'Exempelstadshem AB',
        'Kommunstyrelsen', 'Vård- och omsorgsnämnden',
      ]);
      const bun = body(report, 'bun');
      expect(bun).toMatchObject({ node: { kind: 'namnd' }, goalCount: 3, overCeiling: false });
      expect(bun.goals).toEqual([
        { id: g.bun1.id, key: 'BUN1', title: 'Mål BUN1', indicatorCount: 7, overCeiling: true },
        { id: g.bun2.id, key: 'BUN2', title: 'Mål BUN2', indicatorCount: 6, overCeiling: false },
        { id: g.bun3.id, key: 'BUN3', title: 'Mål BUN3', indicatorCount: 0, overCeiling: false },
      ]);
      expect(bun.warnings).toEqual(['Målet BUN1 har 7 indikatorer; kommunens tak är 6 (R-1).']);
      expect(body(report, 'hem')).toMatchObject({ goalCount: 3, warnings: [] });
      expect(body(report, 'ks')).toMatchObject({ goalCount: 0, goals: [], overCeiling: false });
    });

    it('uses the kommun\'s own ceilings', async () => {
      await admin.patch('/api/v1/tenant/settings', { goalCeiling: 2, indicatorCeiling: 7 }).expect(200);
      const report = (await controller.get('/api/v1/goals/hygiene?year=2026').expect(200)).body as HygieneReport;
      expect(report).toMatchObject({ goalCeiling: 2, indicatorCeiling: 7 });
      const bun = body(report, 'bun');
      expect(bun.overCeiling).toBe(true);
      expect(bun.goals.every((x) => !x.overCeiling)).toBe(true);
      expect(bun.warnings).toEqual(['Barn- och utbildningsnämnden har 3 mål för 2026; kommunens tak är 2 (R-1). Färre mål ger tydligare styrning.']);
      // 2025 still has BUN0, so four goals.
      expect(body((await controller.get('/api/v1/goals/hygiene?year=2025').expect(200)).body, 'bun').goalCount).toBe(4);
    });

    it('leaves out bodies closed before the year', async () => {
      await admin.post(`/api/v1/org-nodes/${a.nodes.ev}/close`, { validTo: '2025-12-31' }).expect(200);
      const report = (await controller.get('/api/v1/goals/hygiene?year=2026').expect(200)).body as HygieneReport;
      expect(report.bodies.map((x) => x.node.id)).not.toContain(a.nodes.ev);
      const last = (await controller.get('/api/v1/goals/hygiene?year=2025').expect(200)).body as HygieneReport;
      expect(last.bodies.map((x) => x.node.id)).toContain(a.nodes.ev);
    });

    it('needs a valid year', async () => {
      const res = await controller.get('/api/v1/goals/hygiene?year=99999').expect(422);
      expect(Object.keys(res.body.fields)).toEqual(['year']);
      expect((await controllerB.get('/api/v1/goals/hygiene?year=2026').expect(200)).body.bodies.map((x: HygieneBody) => x.node.name)).toEqual(['Barn- och utbildningsnämnden', 'Kommunens Bostäder AB']);
    });
  });
});
