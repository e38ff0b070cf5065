import type { GoalDto } from '@resultatkedjan/contracts';
import { startTestApp, type TestApp } from './support/test-app.js';
import { TestFactory, type Kommun, type Session } from './support/factory.js';
import { KONCERN_NODES } from './support/scenarios.js';

const keysOf = (goals: { key: string }[]) => goals.map((g) => g.key).sort();

describe('goals (/goals): breakdown rules, scope, optimistic locking, decisions', () => {
  let app: TestApp;
  let factory: TestFactory;
  let a: Kommun;
  let b: Kommun;
  let controller: Session;
  let bunPolitiker: Session;
  let rektor: Session;
  let revisor: Session;
  let admin: Session;
  let controllerB: Session;
  const g: Record<string, GoalDto> = {};

  beforeAll(async () => {
    app = await startTestApp();
    factory = new TestFactory(app);
    a = await factory.newKommun({
      nodes: KONCERN_NODES,
      users: [
        { email: 'controller@a.se', role: 'controller' },
        { email: 'politiker.bun@a.se', role: 'fortroendevald', scope: 'bun' },
        { email: 'rektor@a.se', role: 'enhetschef', scope: 'uf.gr.norr' },
        { email: 'revisor@a.se', role: 'revisor' },
        { email: 'admin@a.se', role: 'admin' },
      ],
    });
    b = await factory.newKommun({ nodes: KONCERN_NODES, users: [{ email: 'controller@b.se', role: 'controller' }] });
    [controller, bunPolitiker, rektor, revisor, admin, controllerB] = await Promise.all(
      ['controller@a.se', 'politiker.bun@a.se', 'rektor@a.se', 'revisor@a.se', 'admin@a.se', 'controller@b.se'].map((e) => factory.login(e)),
    );
  });
  afterAll(async () => app?.close());

  it('builds the chain from the vision down; new goals are förslag, version 1, and audited', async () => {
    g.vision = await factory.newGoal(a, { key: 'VISION', level: 'vision', owner: 'kf', title: 'Exempelstad – nära, grönt och växande' }, controller);
    g.im1 = await factory.newGoal(a, { key: 'IM1', level: 'inriktningsmal', owner: 'kf', parentGoalId: g.vision.id }, controller);
    g.im2 = await factory.newGoal(a, { key: 'IM2', level: 'inriktningsmal', owner: 'kf', parentGoalId: g.vision.id }, controller);
    g.fm1 = await factory.newGoal(a, { key: 'FM1', level: 'finansiellt_mal', owner: 'kf', geh: true }, controller);
    // BUN breaks down KF's drafts once they are on remiss to it: before that it does not see them (DOMAIN 3.3).
    const early = await bunPolitiker.post('/api/v1/goals', { key: 'BUN1', title: 'Mål BUN1', level: 'namndmal', ownerNodeId: a.nodes.bun, parentGoalId: g.im1.id, validFromYear: 2025 }).expect(422);
    expect(early.body.fields).toEqual({ parentGoalId: ['Det överordnade målet finns inte.'] });
    for (const kf of [g.im1, g.fm1]) await controller.post(`/api/v1/goals/${kf.id}/circulation`, { dueOn: '2025-11-30' }).expect(200);
    g.bun1 = await factory.newGoal(a, { key: 'BUN1', level: 'namndmal', owner: 'bun', parentGoalId: g.im1.id, geh: true, validToYear: 2026 }, bunPolitiker);
    g.hem2 = await factory.newGoal(a, { key: 'HEM2', level: 'bolagsmal', owner: 'hem', parentGoalId: g.im1.id, alsoServesGoalIds: [g.im2.id, g.vision.id] }, controller);
    g.norr1 = await factory.newGoal(a, { key: 'NORR1', level: 'verksamhetsmal', owner: 'uf.gr.norr', parentGoalId: g.bun1.id, validFromYear: 2026 }, bunPolitiker);
    g.ks1 = await factory.newGoal(a, { key: 'KS1', level: 'namndmal', owner: 'ks', parentGoalId: g.fm1.id }, controller);

    expect(g.bun1).toMatchObject({
      key: 'BUN1', level: 'namndmal', ownerNodeId: a.nodes.bun, parentGoalId: g.im1.id, alsoServesGoalIds: [], geh: true,
      validFromYear: 2025, validToYear: 2026, status: 'forslag', decision: null, version: 1, description: '', mandatperiodId: null,
    });
    expect(g.hem2.alsoServesGoalIds).toEqual([g.im2.id, g.vision.id].sort());
    const [created] = await factory.auditEvents(a, 'goal', g.bun1.id);
    expect(created).toMatchObject({ action: 'create', actor_user_id: a.users['politiker.bun@a.se'], before: null, after: { key: 'BUN1', status: 'forslag' } });
  });

  it('rejects goals that break the level, owner and year rules, keyed by field, writing nothing', async () => {
    const before = await factory.count(a, 'goal');
    const cases: [object, Record<string, RegExp>][] = [
      [{ key: 'X1', level: 'namndmal', ownerNodeId: a.nodes.uf, parentGoalId: g.im1.id }, { ownerNodeId: /nämndmål ägs av nämnd eller kommunstyrelse, inte av förvaltning/ }],
      [{ key: 'X2', level: 'inriktningsmal', ownerNodeId: a.nodes.bun }, { ownerNodeId: /kommunfullmäktige/ }],
      [{ key: 'X3', level: 'bolagsmal', ownerNodeId: a.nodes.bun }, { ownerNodeId: /bolag/ }],
      [{ key: 'X4', level: 'verksamhetsmal', ownerNodeId: a.nodes['uf.gr.norr'], parentGoalId: g.im1.id }, { parentGoalId: /verksamhetsmål bryts ned från nämndmål eller bolagsmål, inte från inriktningsmål/ }],
      [{ key: 'X5', level: 'finansiellt_mal', ownerNodeId: a.nodes.kf, parentGoalId: g.im1.id }, { parentGoalId: /från vision/ }],
      [{ key: 'X6', level: 'vision', ownerNodeId: a.nodes.kf, parentGoalId: g.vision.id }, { parentGoalId: /En vision har inget överordnat mål/ }],
      [{ key: 'X7', level: 'namndmal', ownerNodeId: a.nodes.bun, validFromYear: 2026, validToYear: 2025 }, { validToYear: /före startåret/ }],
      [{ key: 'X8', level: 'namndmal', ownerNodeId: a.nodes.bun, alsoServesGoalIds: [g.ks1.id] }, { alsoServesGoalIds: /KS1 .*inte högre upp/ }],
      [{ key: 'X9', level: 'namndmal', ownerNodeId: a.nodes.bun, parentGoalId: g.im1.id, alsoServesGoalIds: [g.im1.id] }, { alsoServesGoalIds: /redan det överordnade/ }],
      [{ key: 'X10', level: 'namndmal', ownerNodeId: a.nodes.bun, parentGoalId: 'bfa3f7a2-8f4f-4d7e-a0a4-5f9f3b1c2d3e' }, { parentGoalId: /finns inte/ }],
      [{ key: 'X11', level: 'namndmal', ownerNodeId: b.nodes.bun }, { ownerNodeId: /finns inte/ }],
      [{ key: 'X12', level: 'namndmal', ownerNodeId: a.nodes.bun, mandatperiodId: 'bfa3f7a2-8f4f-4d7e-a0a4-5f9f3b1c2d3e' }, { mandatperiodId: /finns inte/ }],
      [{ key: 'X13', level: 'malniva', ownerNodeId: a.nodes.bun, validFromYear: '2025', status: 'beslutad', geh: 'ja' }, { level: /tillåtna/, validFromYear: /heltal/, status: /inte tillåtet/, geh: /sant eller falskt/ }],
      [{ key: 'X14', level: 'namndmal', ownerNodeId: a.nodes.bun, alsoServesGoalIds: [g.im1.id, g.im1.id], reviewDate: '2026-13-01' }, { alsoServesGoalIds: /bara anges en gång/, reviewDate: /ÅÅÅÅ-MM-DD/ }],
    ];
    for (const [body, expected] of cases) {
      const res = await controller.post('/api/v1/goals', { title: 'Felaktigt', validFromYear: 2025, ...body });
      expect({ body, status: res.status }).toEqual({ body, status: 422 });
      for (const [field, pattern] of Object.entries(expected)) expect(res.body.fields[field]?.join(' ')).toMatch(pattern);
    }
    expect(await factory.count(a, 'goal')).toBe(before);
    expect(await factory.count(a, 'goal_link', `goal_id NOT IN (SELECT id FROM goal)`)).toBe(0);
  });

  it('writes a goal, its links and its audit row together or not at all', async () => {
    const goals = await factory.count(a, 'goal');
    const audits = await factory.count(a, 'audit_event', `entity_type = 'goal'`);
    const res = await factory.whileInsertsFail('goal_link', () =>
      controller.post('/api/v1/goals', { key: 'HALF', level: 'namndmal', ownerNodeId: a.nodes.von, parentGoalId: g.im2.id, alsoServesGoalIds: [g.vision.id], title: 'Halv', validFromYear: 2025 }),
    );
    expect(res.status).toBe(500);
    expect(res.body.message).toBe('Ett oväntat fel inträffade.');
    expect(await factory.count(a, 'goal')).toBe(goals);
    expect(await factory.count(a, 'audit_event', `entity_type = 'goal'`)).toBe(audits);

    const update = await factory.whileInsertsFail('goal_link', () =>
      controller.patch(`/api/v1/goals/${g.hem2.id}`, { version: g.hem2.version, title: 'Halv ändring', alsoServesGoalIds: [g.im2.id] }),
    );
    expect(update.status).toBe(500);
    expect((await controller.get(`/api/v1/goals/${g.hem2.id}`).expect(200)).body).toEqual(g.hem2);
  });

  it('answers 409 for a key already used in the kommun', async () => {
    const res = await controller.post('/api/v1/goals', { key: 'BUN1', level: 'namndmal', ownerNodeId: a.nodes.bun, title: 'Dubblett', validFromYear: 2025 }).expect(409);
    expect(res.body.message).toMatch(/BUN1/);
    await factory.newGoal(b, { key: 'BUN1', level: 'namndmal', owner: 'bun' }, controllerB);
  });

  it('lets only goal writers in scope create goals', async () => {
    const body = { key: 'Y1', level: 'namndmal', ownerNodeId: a.nodes.von, title: 'Y', validFromYear: 2025 };
    await app.http().post('/api/v1/goals').send(body).expect(401);
    await rektor.post('/api/v1/goals', body).expect(403);
    await revisor.post('/api/v1/goals', body).expect(403);
    await admin.post('/api/v1/goals', body).expect(403);
    const scoped = await bunPolitiker.post('/api/v1/goals', body).expect(403);
    expect(scoped.body.message).toMatch(/behörighet/);
    expect(await factory.count(a, 'goal', `key = 'Y1'`)).toBe(0);
  });

  it('lists goals with filters and pagination', async () => {
    // Every goal here is still a förslag: the controller (whole kommun) reads them all; the rektor the school's own and
    // KF's drafts on remiss (IM1, FM1), and the revisor none (DOMAIN.md 3.3, goals-draft-visibility.int-spec.ts).
    expect(keysOf((await rektor.get('/api/v1/goals').expect(200)).body.items)).toEqual(['FM1', 'IM1', 'NORR1']);
    expect((await revisor.get('/api/v1/goals').expect(200)).body.total).toBe(0);
    const list = (query: string) => controller.get(`/api/v1/goals${query}`).expect(200).then((r) => r.body);
    expect((await list('')).total).toBe(8);
    expect(keysOf((await list('?level=inriktningsmal')).items)).toEqual(['IM1', 'IM2']);
    expect(keysOf((await list(`?ownerNodeId=${a.nodes.bun}`)).items)).toEqual(['BUN1']);
    expect(keysOf((await list(`?ownerNodeId=${a.nodes.bun}&includeSubtree=true`)).items)).toEqual(['BUN1', 'NORR1']);
    expect(keysOf((await list(`?ownerNodeId=${a.nodes.kf}&includeSubtree=false`)).items)).toEqual(['FM1', 'IM1', 'IM2', 'VISION']);
    expect(keysOf((await list('?year=2025')).items)).not.toContain('NORR1');
    expect(keysOf((await list('?year=2027')).items)).not.toContain('BUN1');
    expect(keysOf((await list(`?parentGoalId=${g.im1.id}`)).items)).toEqual(['BUN1', 'HEM2']);
    expect(keysOf((await list('?geh=true')).items)).toEqual(['BUN1', 'FM1']);
    expect((await list('?status=beslutad')).total).toBe(0);
    const page = await list('?pageSize=3&page=3');
    expect(page).toMatchObject({ page: 3, pageSize: 3, total: 8 });
    expect(page.items).toHaveLength(2);

    const bad = await controller.get('/api/v1/goals?includeSubtree=ja&geh=1&level=x&year=tjugo').expect(422);
    expect(Object.keys(bad.body.fields).sort()).toEqual(['geh', 'includeSubtree', 'level', 'year']);
    const noOwner = await controller.get('/api/v1/goals?includeSubtree=true').expect(422);
    expect(Object.keys(noOwner.body.fields)).toEqual(['includeSubtree']);
    // Another kommun sees only its own.
    expect(keysOf((await controllerB.get('/api/v1/goals').expect(200)).body.items)).toEqual(['BUN1']);
  });

  it('gets one goal with the goals it also serves; another kommun gets 404', async () => {
    const res = await controller.get(`/api/v1/goals/${g.hem2.id}`).expect(200);
    expect(res.body).toMatchObject({ key: 'HEM2', alsoServesGoalIds: [g.im2.id, g.vision.id].sort() });
    // A förslag is not the revisor's to read yet: the same 404 as for a goal that does not exist.
    await revisor.get(`/api/v1/goals/${g.hem2.id}`).expect(404);
    await controllerB.get(`/api/v1/goals/${g.hem2.id}`).expect(404);
    await controllerB.patch(`/api/v1/goals/${g.hem2.id}`, { version: 1, title: 'x' }).expect(404);
    await controllerB.delete(`/api/v1/goals/${g.hem2.id}`).expect(404);
    await controllerB.post(`/api/v1/goals/${g.hem2.id}/decision`, { organ: 'KF', datum: '2025-11-24' }).expect(404);
    await revisor.get('/api/v1/goals/123').expect(404);
  });

  it('updates with optimistic locking: version required, stale version 409, each change bumps it and is audited', async () => {
    const missing = await bunPolitiker.patch(`/api/v1/goals/${g.bun1.id}`, { title: 'Utan version' }).expect(422);
    expect(missing.body.fields).toHaveProperty('version');

    const first = await bunPolitiker.patch(`/api/v1/goals/${g.bun1.id}`, { version: 1, title: 'Fler elever är behöriga', alsoServesGoalIds: [g.fm1.id] }).expect(200);
    expect(first.body).toMatchObject({ title: 'Fler elever är behöriga', version: 2, alsoServesGoalIds: [g.fm1.id], status: 'forslag' });

    const stale = await controller.patch(`/api/v1/goals/${g.bun1.id}`, { version: 1, title: 'Krock' }).expect(409);
    expect(stale.body).toEqual({
      statusCode: 409,
      error: 'Conflict',
      message: 'Målet har ändrats av någon annan sedan du hämtade det (aktuell version 2, du skickade 1). Hämta målet igen och gör om ändringen.',
    });

    const second = await controller.patch(`/api/v1/goals/${g.bun1.id}`, { version: 2, alsoServesGoalIds: [], reviewDate: '2026-10-31' }).expect(200);
    expect(second.body).toMatchObject({ title: 'Fler elever är behöriga', version: 3, alsoServesGoalIds: [], reviewDate: '2026-10-31' });

    const events = await factory.auditEvents(a, 'goal', g.bun1.id);
    expect(events.map((e) => e.action)).toEqual(['create', 'update', 'update']);
    expect(events[1]).toMatchObject({ before: { title: `Mål BUN1`, version: 1, alsoServesGoalIds: [] }, after: { title: 'Fler elever är behöriga', version: 2, alsoServesGoalIds: [g.fm1.id] } });
  });

  it('applies the rules and the scope on update, and a rejected update changes nothing', async () => {
    const current = (await controller.get(`/api/v1/goals/${g.bun1.id}`).expect(200)).body as GoalDto;
    const level = await controller.patch(`/api/v1/goals/${g.bun1.id}`, { version: current.version, level: 'inriktningsmal' }).expect(422);
    expect(level.body.fields).toEqual({ level: ['Fältet är inte tillåtet.'] });
    const rule = await controller.patch(`/api/v1/goals/${g.bun1.id}`, { version: current.version, ownerNodeId: a.nodes.uf, alsoServesGoalIds: [g.im2.id], title: 'Ändrad' }).expect(422);
    expect(Object.keys(rule.body.fields)).toEqual(['ownerNodeId']);
    const nulls = await controller.patch(`/api/v1/goals/${g.bun1.id}`, { version: current.version, title: null, geh: null }).expect(422);
    expect(Object.keys(nulls.body.fields).sort()).toEqual(['geh', 'title']);
    // Moving to another owner needs the right on both owners.
    await bunPolitiker.patch(`/api/v1/goals/${g.bun1.id}`, { version: current.version, ownerNodeId: a.nodes.von }).expect(403);
    await rektor.patch(`/api/v1/goals/${g.norr1.id}`, { version: 1, title: 'x' }).expect(403);
    const key = await controller.patch(`/api/v1/goals/${g.bun1.id}`, { version: current.version, key: 'IM1' }).expect(409);
    expect(key.body.message).toMatch(/IM1/);

    expect((await controller.get(`/api/v1/goals/${g.bun1.id}`).expect(200)).body).toEqual(current);
    expect((await factory.auditEvents(a, 'goal', g.bun1.id)).length).toBe(3);

    const moved = await controller.patch(`/api/v1/goals/${g.bun1.id}`, { version: current.version, ownerNodeId: a.nodes.von }).expect(200);
    expect(moved.body).toMatchObject({ ownerNodeId: a.nodes.von, version: current.version + 1 });
    await controller.patch(`/api/v1/goals/${g.bun1.id}`, { version: current.version + 1, ownerNodeId: a.nodes.bun }).expect(200);
  });

  it('records a decision (goal:decide in scope only); a decided goal can then only be changed by decision makers', async () => {
    await bunPolitiker.post(`/api/v1/goals/${g.bun1.id}/decision`, { organ: 'Barn- och utbildningsnämnden', datum: '2025-12-10' }).expect(403);
    const bad = await controller.post(`/api/v1/goals/${g.bun1.id}/decision`, { organ: '', datum: '10 dec', paragraf: 87 }).expect(422);
    expect(Object.keys(bad.body.fields).sort()).toEqual(['datum', 'organ', 'paragraf']);
    await controller.post(`/api/v1/goals/${g.bun1.id}/decision`, { organ: 'BUN', datum: '2025-12-10', version: 1 }).expect(409);

    const decided = await controller.post(`/api/v1/goals/${g.bun1.id}/decision`, { organ: 'Barn- och utbildningsnämnden', datum: '2025-12-10', paragraf: '§ 87', diarienummer: 'BUN 2025/412' }).expect(200);
    expect(decided.body).toMatchObject({ status: 'beslutad', decision: { organ: 'Barn- och utbildningsnämnden', datum: '2025-12-10', paragraf: '§ 87', diarienummer: 'BUN 2025/412' } });
    const version = decided.body.version as number;
    expect((await factory.auditEvents(a, 'goal', g.bun1.id)).at(-1)).toMatchObject({ action: 'decide', before: { status: 'forslag' }, after: { status: 'beslutad' } });

    const politician = await bunPolitiker.patch(`/api/v1/goals/${g.bun1.id}`, { version, title: 'Politikerns ändring' }).expect(403);
    expect(politician.body.message).toMatch(/beslutat/);
    await bunPolitiker.delete(`/api/v1/goals/${g.bun1.id}`).expect(403);
    const corrected = await controller.patch(`/api/v1/goals/${g.bun1.id}`, { version, description: 'Rättelse enligt protokollet' }).expect(200);
    expect(corrected.body).toMatchObject({ status: 'beslutad', description: 'Rättelse enligt protokollet', decision: { paragraf: '§ 87' } });
    expect((await rektor.get('/api/v1/goals?status=beslutad').expect(200)).body.items.map((x: GoalDto) => x.key)).toEqual(['BUN1']);
  });

  it('deletes a goal only without child goals or a chain, auditing it and dropping its links', async () => {
    const children = await controller.delete(`/api/v1/goals/${g.im1.id}`).expect(409);
    expect(children.body.message).toMatch(/delmål/);
    await factory.newIndicators(a, { goalId: g.ks1.id, count: 0 });
    const chain = await controller.delete(`/api/v1/goals/${g.ks1.id}`).expect(409);
    expect(chain.body.message).toMatch(/resultatkedja/);

    await rektor.delete(`/api/v1/goals/${g.hem2.id}`).expect(403);
    await controller.delete(`/api/v1/goals/${g.hem2.id}`).expect(204);
    await controller.get(`/api/v1/goals/${g.hem2.id}`).expect(404);
    expect(await factory.count(a, 'goal_link', 'goal_id = $1', [g.hem2.id])).toBe(0);
    expect((await factory.auditEvents(a, 'goal', g.hem2.id)).at(-1)).toMatchObject({ action: 'delete', before: { key: 'HEM2', alsoServesGoalIds: [g.im2.id, g.vision.id].sort() }, after: null });
    await bunPolitiker.delete(`/api/v1/goals/${g.norr1.id}`).expect(204);
  });

  it('keeps a link to a draft the writer cannot read, but makes no new one', async () => {
    // IM2 is a KF draft not on remiss: the BUN politician does not read it. The controller put BUN7 under it.
    const bun7 = await factory.newGoal(a, { key: 'BUN7', level: 'namndmal', owner: 'bun', parentGoalId: g.im2.id }, controller);
    const edited = await bunPolitiker.patch(`/api/v1/goals/${bun7.id}`, { version: 1, title: 'Nytt namn' }).expect(200);
    expect(edited.body).toMatchObject({ title: 'Nytt namn', parentGoalId: g.im2.id });
    // The vision is a draft it does not read either: no new link to it.
    const relinked = await bunPolitiker.patch(`/api/v1/goals/${bun7.id}`, { version: 2, alsoServesGoalIds: [g.vision.id] }).expect(422);
    expect(relinked.body.fields).toEqual({ alsoServesGoalIds: [`Målet ${g.vision.id} finns inte.`] });
    const other = await bunPolitiker.post('/api/v1/goals', { key: 'BUN8', title: 'Mål BUN8', level: 'namndmal', ownerNodeId: a.nodes.bun, parentGoalId: g.im2.id, validFromYear: 2025 }).expect(422);
    expect(other.body.fields).toEqual({ parentGoalId: ['Det överordnade målet finns inte.'] });
  });
});
