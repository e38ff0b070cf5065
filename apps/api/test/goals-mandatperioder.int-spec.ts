import type { MandatperiodDto } from '@resultatkedjan/contracts';
import { startTestApp, type TestApp } from './support/test-app.js';
import { TestFactory, type Kommun, type Session } from './support/factory.js';

describe('mandatperioder (/mandatperioder)', () => {
  let app: TestApp;
  let factory: TestFactory;
  let a: Kommun;
  let admin: Session;
  let controller: Session;
  let rektor: Session;
  let politiker: Session;
  let adminB: Session;
  let current: MandatperiodDto;

  beforeAll(async () => {
    app = await startTestApp();
    factory = new TestFactory(app);
    a = await factory.newKommun({
      users: [
        { email: 'admin@a.se', role: 'admin' },
        { email: 'controller@a.se', role: 'controller' },
        { email: 'rektor@a.se', role: 'enhetschef', scope: 'uf.norr' },
        { email: 'politiker@a.se', role: 'fortroendevald' },
      ],
    });
    await factory.newKommun({ users: [{ email: 'admin@b.se', role: 'admin' }] });
    [admin, controller, rektor, politiker, adminB] = await Promise.all(
      ['admin@a.se', 'controller@a.se', 'rektor@a.se', 'politiker@a.se', 'admin@b.se'].map((e) => factory.login(e)),
    );
  });
  afterAll(async () => app?.close());

  it('creates back-to-back terms (inclusive dates) and lists them in order', async () => {
    const next = await admin.post('/api/v1/mandatperioder', { label: '2026–2030', startsOn: '2026-10-15', endsOn: '2030-10-14' }).expect(201);
    current = (await controller.post('/api/v1/mandatperioder', { label: '2022–2026', startsOn: '2022-10-15', endsOn: '2026-10-14' }).expect(201)).body;
    expect(current).toEqual({ id: expect.any(String), label: '2022–2026', startsOn: '2022-10-15', endsOn: '2026-10-14' });
    const list = await rektor.get('/api/v1/mandatperioder').expect(200);
    expect(list.body).toEqual({ items: [current, next.body], page: 1, pageSize: 50, total: 2 });
    expect(await factory.auditEvents(a, 'mandatperiod', current.id)).toEqual([expect.objectContaining({ action: 'create', after: current })]);
    // Another kommun has its own terms, and may use the same dates.
    expect((await adminB.get('/api/v1/mandatperioder').expect(200)).body.total).toBe(0);
    await adminB.post('/api/v1/mandatperioder', { label: '2022–2026', startsOn: '2022-10-15', endsOn: '2026-10-14' }).expect(201);
    await adminB.get(`/api/v1/mandatperioder/${current.id}`).expect(404);
  });

  it('rejects an end before the start and any overlap, keyed by field, writing nothing', async () => {
    const before = await factory.count(a, 'mandatperiod');
    const order = await admin.post('/api/v1/mandatperioder', { label: 'X', startsOn: '2031-01-01', endsOn: '2031-01-01' }).expect(422);
    expect(order.body.fields).toEqual({ endsOn: ['Mandatperioden måste sluta efter att den börjar.'] });
    const overlap = await admin.post('/api/v1/mandatperioder', { label: 'X', startsOn: '2026-10-14', endsOn: '2026-12-31' }).expect(422);
    expect(overlap.body.fields).toEqual({ startsOn: [expect.stringMatching(/överlappar 2022–2026 \(2022-10-15 – 2026-10-14\)/)] });
    const inside = await admin.post('/api/v1/mandatperioder', { label: 'X', startsOn: '2027-01-01', endsOn: '2028-01-01' }).expect(422);
    expect(inside.body.fields.startsOn[0]).toMatch(/2026–2030/);
    const types = await admin.post('/api/v1/mandatperioder', { label: 7, startsOn: '2031-02-30', endsOn: null, extra: 1 }).expect(422);
    expect(Object.keys(types.body.fields).sort()).toEqual(['endsOn', 'extra', 'label', 'startsOn']);
    expect(await factory.count(a, 'mandatperiod')).toBe(before);
  });

  it('updates a term, checking overlap against the others only', async () => {
    const same = await admin.patch(`/api/v1/mandatperioder/${current.id}`, { label: 'Mandatperioden 2022–2026' }).expect(200);
    expect(same.body).toMatchObject({ label: 'Mandatperioden 2022–2026', startsOn: '2022-10-15' });
    const overlap = await admin.patch(`/api/v1/mandatperioder/${current.id}`, { endsOn: '2026-10-15' }).expect(422);
    expect(overlap.body.fields.startsOn[0]).toMatch(/2026–2030/);
    await admin.patch(`/api/v1/mandatperioder/${current.id}`, { startsOn: '2026-10-14' }).expect(422);
    expect((await rektor.get(`/api/v1/mandatperioder/${current.id}`).expect(200)).body.endsOn).toBe('2026-10-14');
    expect((await factory.auditEvents(a, 'mandatperiod', current.id)).map((e) => e.action)).toEqual(['create', 'update']);
  });

  it('lets only org writers change terms', async () => {
    await rektor.post('/api/v1/mandatperioder', { label: 'X', startsOn: '2040-01-01', endsOn: '2041-01-01' }).expect(403);
    await politiker.patch(`/api/v1/mandatperioder/${current.id}`, { label: 'X' }).expect(403);
    await politiker.delete(`/api/v1/mandatperioder/${current.id}`).expect(403);
    await app.http().get('/api/v1/mandatperioder').expect(401);
  });

  it('keeps a term that goals belong to, and deletes one without goals', async () => {
    const goal = await factory.newGoal(a, { key: 'IM1', level: 'inriktningsmal', owner: 'kf' }, controller);
    const linked = await controller.patch(`/api/v1/goals/${goal.id}`, { version: goal.version, mandatperiodId: current.id }).expect(200);
    expect(linked.body.mandatperiodId).toBe(current.id);
    const blocked = await admin.delete(`/api/v1/mandatperioder/${current.id}`).expect(409);
    expect(blocked.body.message).toMatch(/har mål kopplade/);

    const spare = await admin.post('/api/v1/mandatperioder', { label: '2030–2034', startsOn: '2030-10-15', endsOn: '2034-10-14' }).expect(201);
    await adminB.delete(`/api/v1/mandatperioder/${spare.body.id}`).expect(404);
    await admin.delete(`/api/v1/mandatperioder/${spare.body.id}`).expect(204);
    await rektor.get(`/api/v1/mandatperioder/${spare.body.id}`).expect(404);
    expect((await factory.auditEvents(a, 'mandatperiod', spare.body.id)).at(-1)).toMatchObject({ action: 'delete', before: { label: '2030–2034' } });
  });
});
