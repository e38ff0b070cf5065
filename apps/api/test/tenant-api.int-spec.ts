import { startTestApp, type TestApp } from './support/test-app.js';
import { TestFactory, type Kommun, type Session } from './support/factory.js';

describe('the kommun itself: /tenant, settings and population', () => {
  let app: TestApp;
  let factory: TestFactory;
  let a: Kommun;
  let admin: Session;
  let controller: Session;
  let rektor: Session;
  let adminB: Session;

  beforeAll(async () => {
    app = await startTestApp();
    factory = new TestFactory(app);
    a = await factory.newKommun({
      name: 'Exempelstad kommun',
      kommunkod: '9901',
      users: [
        { email: 'admin@a.se', role: 'admin' },
        { email: 'controller@a.se', role: 'controller' },
        { email: 'rektor@a.se', role: 'enhetschef', scope: 'uf.norr' },
        { email: 'revisor@a.se', role: 'revisor' },
      ],
    });
    await factory.newKommun({ name: 'Grannby kommun', kommunkod: '9902', users: [{ email: 'admin@b.se', role: 'admin' }] });
    [admin, controller, rektor, adminB] = await Promise.all(['admin@a.se', 'controller@a.se', 'rektor@a.se', 'admin@b.se'].map((e) => factory.login(e)));
  });
  afterAll(async () => app?.close());

  it('tells any role its own kommun with default settings filled in', async () => {
    for (const session of [rektor, await factory.login('revisor@a.se')]) {
      const res = await session.get('/api/v1/tenant').expect(200);
      expect(res.body).toEqual({
        id: a.tenantId,
        name: 'Exempelstad kommun',
        kommunkod: '9901',
        settings: {
          goalCeiling: 5,
          indicatorCeiling: 6,
          targetScale: { fulfilledFrom: 1, partlyFrom: 0.95 },
          levelNames: { 3: 'Uppfyllt', 2: 'Delvis uppfyllt', 1: 'Ej uppfyllt', 0: 'Ej bedömt' },
          reminderDays: [7, 2],
        },
      });
    }
    const other = await adminB.get('/api/v1/tenant').expect(200);
    expect(other.body.kommunkod).toBe('9902');
  });

  it('needs a session', async () => {
    await app.http().get('/api/v1/tenant').expect(401);
    await app.http().get('/api/v1/tenant/population').expect(401);
  });

  it('lets an admin change the ceilings and scale, audits it, and a null puts a default back', async () => {
    const res = await admin.patch('/api/v1/tenant/settings', { goalCeiling: 4, targetScale: { fulfilledFrom: 1, partlyFrom: 0.9 } }).expect(200);
    expect(res.body.settings).toMatchObject({ goalCeiling: 4, indicatorCeiling: 6, targetScale: { fulfilledFrom: 1, partlyFrom: 0.9 } });
    expect((await rektor.get('/api/v1/tenant').expect(200)).body.settings.goalCeiling).toBe(4);

    const reset = await admin.patch('/api/v1/tenant/settings', { goalCeiling: null, indicatorCeiling: 8 }).expect(200);
    expect(reset.body.settings).toMatchObject({ goalCeiling: 5, indicatorCeiling: 8, targetScale: { partlyFrom: 0.9 } });

    const events = await factory.auditEvents(a, 'tenant', a.tenantId);
    expect(events.map((e) => e.action)).toEqual(['update', 'update']);
    expect(events[1].before).toEqual({ settings: { goalCeiling: 4, targetScale: { fulfilledFrom: 1, partlyFrom: 0.9 } } });
    expect(events[1].after).toEqual({ settings: { indicatorCeiling: 8, targetScale: { fulfilledFrom: 1, partlyFrom: 0.9 } } });
    // The other kommun is untouched.
    expect((await adminB.get('/api/v1/tenant').expect(200)).body.settings.indicatorCeiling).toBe(6);
  });

  it("sets the kommun's reminder days: this year's and later calendars follow, earlier years and a year's own days stay", async () => {
    const year = new Date().getFullYear();
    for (const y of [year - 1, year, year + 1]) await controller.put(`/api/v1/calendars/${y}`, { template: 'kvartal-delar-augusti-helar' }).expect(200);
    expect((await controller.get(`/api/v1/calendars/${year}`).expect(200)).body.reminderDays).toEqual([7, 2]);

    const res = await admin.patch('/api/v1/tenant/settings', { reminderDays: [3, 10, 0] }).expect(200);
    expect(res.body.settings.reminderDays).toEqual([10, 3, 0]);
    const days = async (y: number) => (await controller.get(`/api/v1/calendars/${y}`).expect(200)).body.reminderDays;
    expect([await days(year - 1), await days(year), await days(year + 1)]).toEqual([[7, 2], [10, 3, 0], [10, 3, 0]]);
    const trail = await factory.asKommun(a, (m) =>
      m.query(`SELECT after FROM audit_event WHERE entity_type = 'follow_up_calendar' AND after->>'via' IS NOT NULL ORDER BY (after->>'year')::int`),
    );
    expect(trail.map((t: { after: { year: number; reminderDays: number[] } }) => [t.after.year, t.after.reminderDays])).toEqual([[year, [10, 3, 0]], [year + 1, [10, 3, 0]]]);

    // A year saved without reminder days keeps its own; a new year starts from the kommun's.
    await controller.put(`/api/v1/calendars/${year + 1}`, { template: 'kvartal-delar-augusti-helar', reminderDays: [5] }).expect(200);
    await controller.put(`/api/v1/calendars/${year + 1}`, { template: 'kvartal-delar-augusti-helar' }).expect(200);
    expect(await days(year + 1)).toEqual([5]);
    await controller.put(`/api/v1/calendars/${year + 2}`, { template: 'kvartal-delar-augusti-helar' }).expect(200);
    expect(await days(year + 2)).toEqual([10, 3, 0]);
    // Saving the settings form again with the same days (as the web does) leaves that year's own days alone.
    await admin.patch('/api/v1/tenant/settings', { goalCeiling: 5, reminderDays: [10, 3, 0] }).expect(200);
    expect(await days(year + 1)).toEqual([5]);

    const bad = await admin.patch('/api/v1/tenant/settings', { reminderDays: [7, 7, 61] }).expect(422);
    expect(Object.keys(bad.body.fields).every((k) => k.startsWith('reminderDays'))).toBe(true);
    const reset = await admin.patch('/api/v1/tenant/settings', { reminderDays: null }).expect(200);
    expect(reset.body.settings.reminderDays).toEqual([7, 2]);
    expect(await days(year)).toEqual([7, 2]);
    // The other kommun's calendars and settings are untouched.
    expect((await adminB.get('/api/v1/tenant').expect(200)).body.settings.reminderDays).toEqual([7, 2]);
  });

  it('refuses settings from anyone but an admin', async () => {
    await controller.patch('/api/v1/tenant/settings', { goalCeiling: 3 }).expect(403);
    await rektor.patch('/api/v1/tenant/settings', { goalCeiling: 3 }).expect(403);
    await rektor.put('/api/v1/tenant/population/2025', { inhabitants: 1 }).expect(403);
  });

  it('rejects settings out of bounds, of the wrong type or unknown, with field keys', async () => {
    const bad = await admin.patch('/api/v1/tenant/settings', { goalCeiling: 0, indicatorCeiling: 'sex', extra: 1 }).expect(422);
    expect(bad.body.fields).toEqual({
      goalCeiling: ['Taket måste vara minst 1.'],
      indicatorCeiling: expect.arrayContaining(['Måste vara ett heltal.']),
      extra: ['Fältet är inte tillåtet.'],
    });
    const scale = await admin.patch('/api/v1/tenant/settings', { targetScale: { fulfilledFrom: 1, partlyFrom: 3 } }).expect(422);
    expect(scale.body.fields).toEqual({ 'targetScale.partlyFrom': ['Gränsen för Delvis uppfyllt får vara högst 1,5.'] });
    const order = await admin.patch('/api/v1/tenant/settings', { targetScale: { fulfilledFrom: 0.9, partlyFrom: 0.95 } }).expect(422);
    expect(order.body.fields).toEqual({ 'targetScale.partlyFrom': ['Gränsen för Delvis uppfyllt måste vara lägre än gränsen för Uppfyllt.'] });
    const nested = await admin.patch('/api/v1/tenant/settings', { targetScale: { fulfilledFrom: 1, partlyFrom: 0.9, extra: true } }).expect(422);
    expect(nested.body.fields).toEqual({ 'targetScale.extra': ['Fältet är inte tillåtet.'] });
    expect((await admin.get('/api/v1/tenant').expect(200)).body.settings.targetScale).toEqual({ fulfilledFrom: 1, partlyFrom: 0.9 });
  });

  it('stores population per year (create, then replace) and lists it in year order', async () => {
    await admin.put('/api/v1/tenant/population/2026', { inhabitants: 45300, ageGroups: { '80+': 2830 } }).expect(200);
    const created = await admin.put('/api/v1/tenant/population/2025', { inhabitants: 44000 }).expect(200);
    expect(created.body).toEqual({ year: 2025, inhabitants: 44000, ageGroups: {} });
    await admin.put('/api/v1/tenant/population/2025', { inhabitants: 45000, ageGroups: { '0-5': 3150, '80+': 2700 } }).expect(200);

    const list = await rektor.get('/api/v1/tenant/population').expect(200);
    expect(list.body).toEqual({
      items: [
        { year: 2025, inhabitants: 45000, ageGroups: { '0-5': 3150, '80+': 2700 } },
        { year: 2026, inhabitants: 45300, ageGroups: { '80+': 2830 } },
      ],
      page: 1,
      pageSize: 50,
      total: 2,
    });
    const filtered = await rektor.get('/api/v1/tenant/population?fromYear=2026&pageSize=1').expect(200);
    expect(filtered.body.items.map((p: { year: number }) => p.year)).toEqual([2026]);

    const events = await factory.auditEvents(a, 'tenant_population', '2025');
    expect(events.map((e) => e.action)).toEqual(['create', 'update']);
    expect(events[1].before).toMatchObject({ inhabitants: 44000 });
    // Another kommun sees none of it.
    expect((await adminB.get('/api/v1/tenant/population').expect(200)).body.total).toBe(0);
  });

  it('rejects bad population input with field keys and writes nothing', async () => {
    const before = await factory.count(a, 'tenant_population');
    const year = await admin.put('/api/v1/tenant/population/twenty', { inhabitants: 1 }).expect(422);
    expect(year.body.fields).toEqual({ year: [expect.stringMatching(/årtal/)] });
    await admin.put('/api/v1/tenant/population/1850', { inhabitants: 1 }).expect(422);

    const groups = await admin.put('/api/v1/tenant/population/2027', { inhabitants: -1, ageGroups: { '80+': -5 } }).expect(422);
    expect(groups.body.fields).toEqual({
      inhabitants: ['Antalet invånare kan inte vara negativt.'],
      ageGroups: [expect.stringMatching(/icke-negativa heltal/)],
    });
    const fractional = await admin.put('/api/v1/tenant/population/2027', { inhabitants: 10, ageGroups: { barn: 1.5 } }).expect(422);
    expect(Object.keys(fractional.body.fields)).toEqual(['ageGroups']);
    const tooMany = await admin.put('/api/v1/tenant/population/2027', { inhabitants: 10, ageGroups: { barn: 11 } }).expect(422);
    expect(tooMany.body.fields).toEqual({ 'ageGroups.barn': ['Fler än antalet invånare.'] });
    const list = await admin.put('/api/v1/tenant/population/2027', { inhabitants: 10, ageGroups: [1, 2] }).expect(422);
    expect(Object.keys(list.body.fields)).toEqual(['ageGroups']);
    expect(await factory.count(a, 'tenant_population')).toBe(before);
  });

  it('documents every org, tenant and goal endpoint in OpenAPI, with examples', async () => {
    const doc = (await app.http().get('/api/docs-json').expect(200)).body;
    const paths = Object.keys(doc.paths);
    for (const path of [
      '/api/v1/tenant', '/api/v1/tenant/settings', '/api/v1/tenant/population', '/api/v1/tenant/population/{year}',
      '/api/v1/org-nodes', '/api/v1/org-nodes/tree', '/api/v1/org-nodes/{id}', '/api/v1/org-nodes/{id}/close',
      '/api/v1/agardirektiv', '/api/v1/agardirektiv/{id}', '/api/v1/grunduppdrag', '/api/v1/grunduppdrag/{id}',
      '/api/v1/mandatperioder', '/api/v1/mandatperioder/{id}',
      '/api/v1/goals', '/api/v1/goals/{id}', '/api/v1/goals/{id}/decision', '/api/v1/goals/cascade', '/api/v1/goals/hygiene',
    ]) {
      expect(paths).toContain(path);
    }
    expect(doc.components.schemas.CreateGoalDto.properties.key.example).toBe('BUN1');
    expect(doc.components.schemas.OrgTreeNodeResponse.properties.children).toBeDefined();
  });
});
