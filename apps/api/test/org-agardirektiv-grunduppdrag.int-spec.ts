import type { AgardirektivDto, GoalDto } from '@resultatkedjan/contracts';
import { startTestApp, type TestApp } from './support/test-app.js';
import { TestFactory, type Kommun, type Session } from './support/factory.js';
import { KONCERN_NODES } from './support/scenarios.js';

const R28 = /inte kopplat till något inriktningsmål, finansiellt mål eller visionen \(R-28\)/;

describe('ägardirektiv and grunduppdrag', () => {
  let app: TestApp;
  let factory: TestFactory;
  let a: Kommun;
  let b: Kommun;
  let controller: Session;
  let admin: Session;
  let bunController: Session;
  let bunPolitiker: Session;
  let rektor: Session;
  let adminB: Session;
  const g: Record<string, GoalDto> = {};

  beforeAll(async () => {
    app = await startTestApp();
    factory = new TestFactory(app);
    a = await factory.newKommun({
      nodes: KONCERN_NODES,
      users: [
        { email: 'controller@a.se', role: 'controller' },
        { email: 'admin@a.se', role: 'admin' },
        { email: 'bun.controller@a.se', role: 'controller', scope: 'bun' },
        { email: 'politiker.bun@a.se', role: 'fortroendevald', scope: 'bun' },
        { email: 'rektor@a.se', role: 'enhetschef', scope: 'uf.gr.norr' },
      ],
    });
    b = await factory.newKommun({ nodes: KONCERN_NODES, users: [{ email: 'admin@b.se', role: 'admin' }, { email: 'controller@b.se', role: 'controller' }] });
    [controller, admin, bunController, bunPolitiker, rektor, adminB] = await Promise.all(
      ['controller@a.se', 'admin@a.se', 'bun.controller@a.se', 'politiker.bun@a.se', 'rektor@a.se', 'admin@b.se'].map((e) => factory.login(e)),
    );
    g.vision = await factory.newGoal(a, { key: 'VISION', level: 'vision', owner: 'kf' }, controller);
    g.im2 = await factory.newGoal(a, { key: 'IM2', level: 'inriktningsmal', owner: 'kf', parentGoalId: g.vision.id }, controller);
    g.im3 = await factory.newGoal(a, { key: 'IM3', level: 'inriktningsmal', owner: 'kf', parentGoalId: g.vision.id }, controller);
    g.fm1 = await factory.newGoal(a, { key: 'FM1', level: 'finansiellt_mal', owner: 'kf' }, controller);
    g.bun1 = await factory.newGoal(a, { key: 'BUN1', level: 'namndmal', owner: 'bun', parentGoalId: g.im2.id }, controller);
    g.foreign = await factory.newGoal(b, { key: 'IMB', level: 'inriktningsmal', owner: 'kf' }, await factory.login('controller@b.se'));
    // Ägardirektiv serve decided goals: the admin who registers them reads no drafts (DOMAIN 3.3).
    for (const goal of [g.vision, g.im2, g.im3, g.fm1, g.bun1]) {
      await controller.post(`/api/v1/goals/${goal!.id}/decision`, { organ: goal === g.bun1 ? 'BUN' : 'KF', datum: '2025-11-24' }).expect(200);
    }
    g.draft = await factory.newGoal(a, { key: 'IM9', level: 'inriktningsmal', owner: 'kf', parentGoalId: g.vision.id }, controller);
  });
  afterAll(async () => app?.close());

  describe('ägardirektiv (/agardirektiv)', () => {
    let hemDirective: AgardirektivDto;

    it('creates a directive for a bolag linked to KF goals, with no warnings, and audits it', async () => {
      const res = await admin.post('/api/v1/agardirektiv', {
        bolagNodeId: a.nodes.hem, title: 'Ägardirektiv för Exempelstadshem AB', body: 'Bolaget ska …', adoptedOn: '2025-11-24',
        validFromYear: 2026, servesGoalIds: [g.im3.id, g.im2.id, g.fm1.id],
      }).expect(201);
      hemDirective = res.body;
      expect(hemDirective).toMatchObject({
        bolagNodeId: a.nodes.hem, adoptedOn: '2025-11-24', validFromYear: 2026, validToYear: null,
        servesGoalIds: [g.im3.id, g.im2.id, g.fm1.id].sort(), warnings: [],
      });
      expect(await factory.count(a, 'agardirektiv_goal', 'agardirektiv_id = $1', [hemDirective.id])).toBe(3);
      expect(await factory.auditEvents(a, 'agardirektiv', hemDirective.id)).toEqual([
        expect.objectContaining({ action: 'create', after: expect.objectContaining({ servesGoalIds: hemDirective.servesGoalIds }) }),
      ]);
    });

    it('warns in Swedish (R-28), without blocking, when a directive serves no KF goal', async () => {
      const res = await controller.post('/api/v1/agardirektiv', { bolagNodeId: a.nodes.stadshus, title: 'Stadshus', body: '…', validFromYear: 2025, validToYear: 2026 }).expect(201);
      expect(res.body.servesGoalIds).toEqual([]);
      expect(res.body.warnings).toEqual([expect.stringMatching(R28)]);
      const linked = await controller.patch(`/api/v1/agardirektiv/${res.body.id}`, { servesGoalIds: [g.vision.id] }).expect(200);
      expect(linked.body).toMatchObject({ servesGoalIds: [g.vision.id], warnings: [] });
      const unlinked = await controller.patch(`/api/v1/agardirektiv/${res.body.id}`, { servesGoalIds: [], title: 'Stadshus AB' }).expect(200);
      expect(unlinked.body).toMatchObject({ title: 'Stadshus AB', servesGoalIds: [], warnings: [expect.stringMatching(R28)] });
      expect((await factory.auditEvents(a, 'agardirektiv', res.body.id)).map((e) => e.action)).toEqual(['create', 'update', 'update']);
    });

    it('rejects a non-bolag, goals of the wrong level or kommun, and bad years — writing nothing', async () => {
      const before = await factory.count(a, 'agardirektiv');
      const links = await factory.count(a, 'agardirektiv_goal');
      const notBolag = await admin.post('/api/v1/agardirektiv', { bolagNodeId: a.nodes.bun, title: 'X', body: 'X', validFromYear: 2026 }).expect(422);
      expect(notBolag.body.fields).toEqual({ bolagNodeId: ['Ägardirektiv ges bara till bolag.'] });
      const foreignBolag = await admin.post('/api/v1/agardirektiv', { bolagNodeId: b.nodes.hem, title: 'X', body: 'X', validFromYear: 2026 }).expect(422);
      expect(foreignBolag.body.fields).toEqual({ bolagNodeId: ['Bolaget finns inte.'] });
      const level = await admin.post('/api/v1/agardirektiv', { bolagNodeId: a.nodes.hem, title: 'X', body: 'X', validFromYear: 2026, servesGoalIds: [g.im3.id, g.bun1.id] }).expect(422);
      expect(level.body.fields.servesGoalIds[0]).toMatch(/visionen, inriktningsmål eller finansiella mål, inte till BUN1/);
      const foreign = await admin.post('/api/v1/agardirektiv', { bolagNodeId: a.nodes.hem, title: 'X', body: 'X', validFromYear: 2026, servesGoalIds: [g.foreign.id] }).expect(422);
      expect(foreign.body.fields.servesGoalIds[0]).toMatch(/finns inte/);
      // A KF draft the admin may not read is "finns inte", like a goal that does not exist.
      const draft = await admin.post('/api/v1/agardirektiv', { bolagNodeId: a.nodes.hem, title: 'X', body: 'X', validFromYear: 2026, servesGoalIds: [g.draft!.id] }).expect(422);
      expect(draft.body.fields.servesGoalIds).toEqual([`Målet finns inte: ${g.draft!.id}.`]);
      const years = await admin.post('/api/v1/agardirektiv', { bolagNodeId: a.nodes.hem, title: 'X', body: 'X', validFromYear: 2026, validToYear: 2024, servesGoalIds: ['nej'], extra: 1 }).expect(422);
      expect(Object.keys(years.body.fields).sort()).toEqual(['extra', 'servesGoalIds']);
      const order = await admin.post('/api/v1/agardirektiv', { bolagNodeId: a.nodes.hem, title: 'X', body: 'X', validFromYear: 2026, validToYear: 2024 }).expect(422);
      expect(order.body.fields).toEqual({ validToYear: ['Slutåret kan inte ligga före startåret (2026).'] });
      // A failed update changes neither the directive nor its links.
      const badUpdate = await admin.patch(`/api/v1/agardirektiv/${hemDirective.id}`, { title: 'Ny', servesGoalIds: [g.bun1.id] }).expect(422);
      expect(Object.keys(badUpdate.body.fields)).toEqual(['servesGoalIds']);
      await admin.patch(`/api/v1/agardirektiv/${hemDirective.id}`, { bolagNodeId: a.nodes.stadshus }).expect(422);
      expect((await rektor.get(`/api/v1/agardirektiv/${hemDirective.id}`).expect(200)).body).toEqual(hemDirective);
      expect(await factory.count(a, 'agardirektiv')).toBe(before);
      expect(await factory.count(a, 'agardirektiv_goal')).toBe(links);
    });

    it('writes a directive and its goal links together or not at all', async () => {
      const before = await factory.count(a, 'agardirektiv');
      const res = await factory.whileInsertsFail('agardirektiv_goal', () =>
        admin.post('/api/v1/agardirektiv', { bolagNodeId: a.nodes.hem, title: 'Halvt', body: '…', validFromYear: 2030, servesGoalIds: [g.im3.id] }),
      );
      expect(res.status).toBe(500);
      expect(await factory.count(a, 'agardirektiv')).toBe(before);
      const update = await factory.whileInsertsFail('agardirektiv_goal', () => admin.patch(`/api/v1/agardirektiv/${hemDirective.id}`, { title: 'Halvt', servesGoalIds: [g.im2.id] }));
      expect(update.status).toBe(500);
      expect((await rektor.get(`/api/v1/agardirektiv/${hemDirective.id}`).expect(200)).body).toEqual(hemDirective);
    });

    it('lists with filters for any role; other kommuner get 404', async () => {
      const all = await rektor.get('/api/v1/agardirektiv').expect(200);
      expect(all.body.total).toBe(2);
      const hem = await rektor.get(`/api/v1/agardirektiv?bolagNodeId=${a.nodes.hem}`).expect(200);
      expect(hem.body.items).toEqual([hemDirective]);
      const in2025 = await rektor.get('/api/v1/agardirektiv?year=2025').expect(200);
      expect(in2025.body.items.map((d: AgardirektivDto) => d.bolagNodeId)).toEqual([a.nodes.stadshus]);
      expect((await rektor.get('/api/v1/agardirektiv?year=2027').expect(200)).body.items.map((d: AgardirektivDto) => d.id)).toEqual([hemDirective.id]);
      await adminB.get(`/api/v1/agardirektiv/${hemDirective.id}`).expect(404);
      await adminB.patch(`/api/v1/agardirektiv/${hemDirective.id}`, { title: 'x' }).expect(404);
      expect((await adminB.get('/api/v1/agardirektiv').expect(200)).body.total).toBe(0);
    });

    it('needs org:write in the bolag\'s scope to write', async () => {
      const body = { bolagNodeId: a.nodes.hem, title: 'X', body: 'X', validFromYear: 2026 };
      await rektor.post('/api/v1/agardirektiv', body).expect(403);
      await bunPolitiker.post('/api/v1/agardirektiv', body).expect(403);
      await bunController.post('/api/v1/agardirektiv', body).expect(403);
      await bunController.patch(`/api/v1/agardirektiv/${hemDirective.id}`, { title: 'x' }).expect(403);
      await bunController.delete(`/api/v1/agardirektiv/${hemDirective.id}`).expect(403);
    });

    it('deletes a directive with its links; the bolag cannot be deleted while a directive refers to it', async () => {
      const blocked = await admin.delete(`/api/v1/org-nodes/${a.nodes.hem}`).expect(409);
      expect(blocked.body.message).toMatch(/ägardirektiv/);
      await admin.delete(`/api/v1/agardirektiv/${hemDirective.id}`).expect(204);
      await rektor.get(`/api/v1/agardirektiv/${hemDirective.id}`).expect(404);
      expect(await factory.count(a, 'agardirektiv_goal', 'agardirektiv_id = $1', [hemDirective.id])).toBe(0);
      expect((await factory.auditEvents(a, 'agardirektiv', hemDirective.id)).at(-1)).toMatchObject({ action: 'delete', before: { title: hemDirective.title } });
    });
  });

  describe('grunduppdrag (/grunduppdrag)', () => {
    let missionId: string;

    it('is written by goal writers in scope and read by everyone', async () => {
      const res = await bunPolitiker.post('/api/v1/grunduppdrag', { orgNodeId: a.nodes.bun, text: 'Förskola, grundskola och fritidshem enligt skollagen.', validFromYear: 2025 }).expect(201);
      missionId = res.body.id;
      expect(res.body).toMatchObject({ orgNodeId: a.nodes.bun, validFromYear: 2025, validToYear: null });
      await controller.post('/api/v1/grunduppdrag', { orgNodeId: a.nodes.von, text: 'Vård och omsorg enligt SoL och LSS.', validFromYear: 2024, validToYear: 2025 }).expect(201);
      await bunPolitiker.post('/api/v1/grunduppdrag', { orgNodeId: a.nodes.von, text: 'X', validFromYear: 2025 }).expect(403);
      await admin.post('/api/v1/grunduppdrag', { orgNodeId: a.nodes.bun, text: 'X', validFromYear: 2025 }).expect(403);
      await rektor.post('/api/v1/grunduppdrag', { orgNodeId: a.nodes['uf.gr.norr'], text: 'X', validFromYear: 2025 }).expect(403);

      const byNode = await rektor.get(`/api/v1/grunduppdrag?orgNodeId=${a.nodes.bun}`).expect(200);
      expect(byNode.body).toMatchObject({ total: 1, items: [{ id: missionId, text: 'Förskola, grundskola och fritidshem enligt skollagen.' }] });
      expect((await rektor.get('/api/v1/grunduppdrag?year=2026').expect(200)).body.items.map((x: { id: string }) => x.id)).toEqual([missionId]);
      expect((await rektor.get('/api/v1/grunduppdrag?year=2024').expect(200)).body.total).toBe(1);
      expect((await adminB.get('/api/v1/grunduppdrag').expect(200)).body.total).toBe(0);
      await adminB.get(`/api/v1/grunduppdrag/${missionId}`).expect(404);
      expect((await factory.auditEvents(a, 'grunduppdrag', missionId))[0]).toMatchObject({ action: 'create' });
    });

    it('validates with field keys', async () => {
      const res = await controller.post('/api/v1/grunduppdrag', { orgNodeId: b.nodes.bun, text: '', validFromYear: 1800 }).expect(422);
      expect(Object.keys(res.body.fields).sort()).toEqual(['text', 'validFromYear']);
      const foreign = await controller.post('/api/v1/grunduppdrag', { orgNodeId: b.nodes.bun, text: 'X', validFromYear: 2025 }).expect(422);
      expect(foreign.body.fields).toEqual({ orgNodeId: ['Organisationsenheten finns inte.'] });
      const years = await controller.patch(`/api/v1/grunduppdrag/${missionId}`, { validToYear: 2020 }).expect(422);
      expect(years.body.fields).toHaveProperty('validToYear');
      await controller.patch(`/api/v1/grunduppdrag/${missionId}`, { orgNodeId: a.nodes.von }).expect(422);
    });

    it('updates and deletes with audit', async () => {
      const res = await bunPolitiker.patch(`/api/v1/grunduppdrag/${missionId}`, { text: 'Förskola och skola.', validToYear: 2030 }).expect(200);
      expect(res.body).toMatchObject({ text: 'Förskola och skola.', validToYear: 2030 });
      await rektor.delete(`/api/v1/grunduppdrag/${missionId}`).expect(403);
      await bunPolitiker.delete(`/api/v1/grunduppdrag/${missionId}`).expect(204);
      await rektor.get(`/api/v1/grunduppdrag/${missionId}`).expect(404);
      expect((await factory.auditEvents(a, 'grunduppdrag', missionId)).map((e) => e.action)).toEqual(['create', 'update', 'delete']);
    });
  });
});
