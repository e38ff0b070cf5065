import { startTestApp, type TestApp } from './support/test-app.js';
import { TestFactory, type Kommun, type Session } from './support/factory.js';
import { indicatorBody } from './support/helpers.js';

describe('chain elements: /goals/:goalId/chain-elements and /chain-elements/:id', () => {
  let app: TestApp;
  let factory: TestFactory;
  let a: Kommun;
  let b: Kommun;
  let controller: Session;
  let goalId: string;
  let otherGoalId: string;

  beforeAll(async () => {
    app = await startTestApp();
    factory = new TestFactory(app);
    a = await factory.newKommun({
      name: 'Kommun A',
      users: [
        { email: 'controller@a.se', role: 'controller' },
        { email: 'bolagscontroller@a.se', role: 'controller', scope: 'bolag' },
        { email: 'rektor@a.se', role: 'enhetschef', scope: 'uf.norr' },
        { email: 'ekonom@a.se', role: 'ekonom' },
        { email: 'revisor@a.se', role: 'revisor' },
        { email: 'politiker@a.se', role: 'fortroendevald' },
        { email: 'admin@a.se', role: 'admin' },
      ],
    });
    b = await factory.newKommun({ name: 'Kommun B', users: [{ email: 'controller@b.se', role: 'controller' }] });
    controller = await factory.login('controller@a.se');
    goalId = (await factory.newGoal(a, { key: 'BUN1', owner: 'bun' })).id;
    otherGoalId = (await factory.newGoal(b, { key: 'B1', owner: 'bun' })).id;
  });
  afterAll(async () => app?.close());

  it('creates elements and lists them in link order (behov, resurs, aktivitet, prestation, resultat)', async () => {
    const created = await controller.post(`/api/v1/goals/${goalId}/chain-elements`, { link: 'resultat', name: 'Behöriga elever', description: 'Läsår' }).expect(201);
    expect(created.body).toMatchObject({ goalId, link: 'resultat', name: 'Behöriga elever', description: 'Läsår', sortOrder: 0 });
    await controller.post(`/api/v1/goals/${goalId}/chain-elements`, { link: 'resurs', name: 'Lärare', sortOrder: 2 }).expect(201);
    await controller.post(`/api/v1/goals/${goalId}/chain-elements`, { link: 'resurs', name: 'Kostnad', sortOrder: 1 }).expect(201);
    await controller.post(`/api/v1/goals/${goalId}/chain-elements`, { link: 'behov', name: 'Elever 6–15 år' }).expect(201);
    const list = await controller.get(`/api/v1/goals/${goalId}/chain-elements`).expect(200);
    expect(list.body.map((e: { name: string }) => e.name)).toEqual(['Elever 6–15 år', 'Kostnad', 'Lärare', 'Behöriga elever']);
    const audit = await factory.auditEvents(a, 'chain_element');
    expect(audit.find((r) => r.entity_id === created.body.id)).toMatchObject({ action: 'create', before: null, after: { name: 'Behöriga elever' }, actor_user_id: a.users['controller@a.se'] });
  });

  it('updates an element and records before and after', async () => {
    const created = await controller.post(`/api/v1/goals/${goalId}/chain-elements`, { link: 'aktivitet', name: 'Lektioner' }).expect(201);
    const updated = await controller.patch(`/api/v1/chain-elements/${created.body.id}`, { name: 'Genomförda lektioner', sortOrder: 3 }).expect(200);
    expect(updated.body).toMatchObject({ id: created.body.id, link: 'aktivitet', name: 'Genomförda lektioner', sortOrder: 3 });
    const audit = (await factory.auditEvents(a, 'chain_element')).filter((r) => r.entity_id === created.body.id && r.action === 'update');
    expect(audit).toHaveLength(1);
    expect(audit[0]!.before).toMatchObject({ name: 'Lektioner', sortOrder: 0 });
    expect(audit[0]!.after).toMatchObject({ name: 'Genomförda lektioner', sortOrder: 3 });
  });

  it('validates with field-keyed Swedish messages (422)', async () => {
    const res = await controller.post(`/api/v1/goals/${goalId}/chain-elements`, { link: 'mal', name: '', extra: 1, sortOrder: 'först' }).expect(422);
    expect(res.body.fields).toEqual({
      link: ['Länken måste vara en av behov, resurs, aktivitet, prestation, resultat.'],
      name: ['Ange ett namn.'],
      extra: ['Fältet är inte tillåtet.'],
      sortOrder: expect.arrayContaining(['Måste vara ett heltal.']),
    });
    const created = await controller.post(`/api/v1/goals/${goalId}/chain-elements`, { link: 'prestation', name: 'Avgångna' }).expect(201);
    const nulled = await controller.patch(`/api/v1/chain-elements/${created.body.id}`, { name: null }).expect(422);
    expect(nulled.body.fields.name).toBeDefined();
  });

  it('allows chain writes only to controllers with the goal’s owner node in scope (403 otherwise, 401 without session)', async () => {
    await app.http().get(`/api/v1/goals/${goalId}/chain-elements`).expect(401);
    await app.http().post(`/api/v1/goals/${goalId}/chain-elements`).send({ link: 'behov', name: 'X' }).expect(401);
    for (const email of ['rektor@a.se', 'ekonom@a.se', 'revisor@a.se', 'politiker@a.se', 'admin@a.se']) {
      const session = await factory.login(email);
      await session.post(`/api/v1/goals/${goalId}/chain-elements`, { link: 'behov', name: 'X' }).expect(403);
    }
    const scoped = await factory.login('bolagscontroller@a.se');
    const res = await scoped.post(`/api/v1/goals/${goalId}/chain-elements`, { link: 'behov', name: 'X' }).expect(403);
    expect(res.body.message).toMatch(/behörighet/);
    const element = await controller.post(`/api/v1/goals/${goalId}/chain-elements`, { link: 'behov', name: 'Nyanlända' }).expect(201);
    await scoped.patch(`/api/v1/chain-elements/${element.body.id}`, { name: 'Y' }).expect(403);
    await scoped.delete(`/api/v1/chain-elements/${element.body.id}`).expect(403);
    // Reading is open to every role of the kommun.
    const revisor = await factory.login('revisor@a.se');
    await revisor.get(`/api/v1/goals/${goalId}/chain-elements`).expect(200);
  });

  it('answers 404 for another kommun’s goal or element, never a hint that it exists', async () => {
    const stranger = await factory.login('controller@b.se');
    const mine = await controller.post(`/api/v1/goals/${goalId}/chain-elements`, { link: 'behov', name: 'Barn' }).expect(201);
    expect((await stranger.get(`/api/v1/goals/${goalId}/chain-elements`).expect(404)).body.message).toBe('Målet finns inte.');
    await stranger.post(`/api/v1/goals/${goalId}/chain-elements`, { link: 'behov', name: 'X' }).expect(404);
    await stranger.patch(`/api/v1/chain-elements/${mine.body.id}`, { name: 'X' }).expect(404);
    await stranger.delete(`/api/v1/chain-elements/${mine.body.id}`).expect(404);
    await controller.get(`/api/v1/goals/${otherGoalId}/chain-elements`).expect(404);
    await controller.patch('/api/v1/chain-elements/inget-id', { name: 'X' }).expect(404);
  });

  it('deletes an element with its indicators, but refuses (409) while its indicators have values', async () => {
    const element = await controller.post(`/api/v1/goals/${goalId}/chain-elements`, { link: 'prestation', name: 'Elever åk 9' }).expect(201);
    const indicatorId = await factory.newIndicator(a, indicatorBody(element.body.id, 'BUN1.P1', { periodicity: 'ar' }), controller);
    await controller.put('/api/v1/values', { rows: [{ indicatorId, orgNodeId: a.nodes['uf.norr'], periodKey: '2025', value: 50 }] }).expect(200);
    const refused = await controller.delete(`/api/v1/chain-elements/${element.body.id}`).expect(409);
    expect(refused.body.message).toMatch(/inrapporterade värden/);
    expect(await factory.count(a, 'indicator')).toBe(1);

    const empty = await controller.post(`/api/v1/goals/${goalId}/chain-elements`, { link: 'prestation', name: 'Elevår' }).expect(201);
    const unused = await factory.newIndicator(a, indicatorBody(empty.body.id, 'BUN1.P2'), controller);
    await controller.delete(`/api/v1/chain-elements/${empty.body.id}`).expect(204);
    await controller.get(`/api/v1/indicators/${unused}`).expect(404);
    const audit = await factory.auditEvents(a, 'indicator');
    expect(audit.find((r) => r.entity_id === unused && r.action === 'delete')?.before).toMatchObject({ key: 'BUN1.P2' });
    expect((await factory.auditEvents(a, 'chain_element')).some((r) => r.entity_id === empty.body.id && r.action === 'delete')).toBe(true);
  });
});
