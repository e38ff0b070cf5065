import { startTestApp, type TestApp } from './support/test-app.js';
import { TestFactory, type Kommun, type Session } from './support/factory.js';
import { newReportWorld, type ReportWorld } from './support/scenarios.js';

const E = '/api/v1/audit-events';

describe('audit trail API', () => {
  let app: TestApp;
  let factory: TestFactory;
  let a: Kommun;
  let b: Kommun;
  let w: ReportWorld;
  let revisor: Session;
  let rektorId: string;

  beforeAll(async () => {
    app = await startTestApp();
    factory = new TestFactory(app);
    a = await factory.newKommun({
      users: [
        { email: 'rektor@a.se', role: 'enhetschef', scope: 'uf.norr' },
        { email: 'soder@a.se', role: 'enhetschef', scope: 'uf.soder' },
        { email: 'admin@a.se', role: 'admin' },
        { email: 'controller@a.se', role: 'controller' },
        { email: 'uf-controller@a.se', role: 'controller', scope: 'uf' },
        { email: 'bolag-controller@a.se', role: 'controller', scope: 'bolag' },
        { email: 'revisor@a.se', role: 'revisor' },
        { email: 'politiker@a.se', role: 'fortroendevald' },
        { email: 'ekonom@a.se', role: 'ekonom' },
      ],
    });
    b = await factory.newKommun({ users: [{ email: 'rektor@b.se', role: 'enhetschef' }] });
    w = await newReportWorld(factory, a);
    const wb = await newReportWorld(factory, b, 'B');
    rektorId = a.users['rektor@a.se']!;
    const rektor = await factory.login('rektor@a.se');
    await rektor.put(`/api/v1/reports/${w.reports['uf.norr.q3']}`, { version: 1, values: [{ indicatorId: w.indicators.elever, value: 470 }] }).expect(200);
    await (await factory.login('soder@a.se')).put(`/api/v1/reports/${w.reports['uf.soder.q3']}`, { version: 1, values: [{ indicatorId: w.indicators.elever, value: 300 }] }).expect(200);
    await (await factory.login('admin@a.se')).post('/api/v1/users', { email: 'ny@a.se', displayName: 'Ny Användare' }).expect(201);
    await (await factory.login('rektor@b.se')).put(`/api/v1/reports/${wb.reports['uf.norr.q3']}`, { version: 1, values: [{ indicatorId: wb.indicators.elever, value: 1 }] }).expect(200);
    revisor = await factory.login('revisor@a.se');
  });
  afterAll(async () => app?.close());

  it('is readable by revisor, admin and controller only', async () => {
    for (const email of ['revisor@a.se', 'admin@a.se', 'controller@a.se']) await (await factory.login(email)).get(E).expect(200);
    for (const email of ['rektor@a.se', 'politiker@a.se', 'ekonom@a.se']) await (await factory.login(email)).get(E).expect(403);
    await app.http().get(E).expect(401);
  });

  it('says who, when, what, before and after, newest first, only of the own kommun', async () => {
    const res = await revisor.get(`${E}?pageSize=200`).expect(200);
    expect(res.body.total).toBe(5);
    const times = res.body.items.map((e: { occurredAt: string }) => e.occurredAt);
    expect([...times].sort().reverse()).toEqual(times);
    expect(res.body.items[0]).toMatchObject({ action: 'create', entityType: 'app_user', actor: { displayName: 'admin' }, after: { email: 'ny@a.se' } });
    const value = res.body.items.find((e: { entityType: string; actor: { id: string } }) => e.entityType === 'indicator_value' && e.actor.id === rektorId);
    expect(value).toMatchObject({ action: 'create', before: null, after: { value: 470, periodKey: '2026-Q3', orgNodeId: a.nodes['uf.norr'], reportId: w.reports['uf.norr.q3'] } });
    const [bEvents] = await factory.asKommun(b, (m) => m.query(`SELECT count(*)::int AS n FROM audit_event`));
    expect(bEvents.n).toBe(2);
    expect(JSON.stringify(res.body)).not.toContain(b.tenantId);
  });

  it('filters by entity, actor and time, and pages', async () => {
    const byEntity = await revisor.get(`${E}?entityType=report&entityId=${w.reports['uf.norr.q3']}`).expect(200);
    expect(byEntity.body.items).toHaveLength(1);
    expect(byEntity.body.items[0]).toMatchObject({ action: 'update', before: { version: 1 }, after: { version: 2 } });
    const byActor = await revisor.get(`${E}?actor=${rektorId}&pageSize=200`).expect(200);
    expect(byActor.body.total).toBe(2);
    const page2 = await revisor.get(`${E}?pageSize=2&page=2`).expect(200);
    expect(page2.body).toMatchObject({ page: 2, pageSize: 2, total: 5 });
    expect(page2.body.items).toHaveLength(2);
    const today = new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Stockholm' });
    expect((await revisor.get(`${E}?from=${today}&to=${today}`).expect(200)).body.total).toBe(5);
    expect((await revisor.get(`${E}?to=2020-01-01`).expect(200)).body.total).toBe(0);
    expect((await revisor.get(`${E}?from=${encodeURIComponent(new Date(Date.now() + 60_000).toISOString())}`).expect(200)).body.total).toBe(0);
    const bad = await revisor.get(`${E}?from=igår&actor=x&pageSize=500`).expect(422);
    expect(Object.keys(bad.body.fields).sort()).toEqual(['actor', 'from', 'pageSize']);
  });

  it('shows a scoped reader only the events of nodes in their scope', async () => {
    const uf = await (await factory.login('uf-controller@a.se')).get(`${E}?pageSize=200`).expect(200);
    expect(uf.body.total).toBe(4);
    expect(uf.body.items.every((e: { entityType: string }) => e.entityType !== 'app_user')).toBe(true);
    const bolag = await (await factory.login('bolag-controller@a.se')).get(E).expect(200);
    expect(bolag.body.total).toBe(0);
  });

  it('downloads the same events as CSV for Excel (BOM, semicolons), with the filters and the scope of the reader', async () => {
    const all = await revisor.get(`${E}/export.csv`).expect(200);
    expect(all.headers['content-type']).toMatch(/^text\/csv/);
    expect(all.headers['content-disposition']).toMatch(/attachment; filename=.*Granskningslogg/);
    const text = all.text;
    expect(text.startsWith('\ufeffTidpunkt;Användare;Händelse;Objekttyp;Objekt-id;Före;Efter;Anrop\r\n')).toBe(true);
    const lines = text.trimEnd().split('\r\n');
    expect(lines).toHaveLength(1 + 5);
    expect(lines[1]).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2};admin;create;app_user;[0-9a-f-]{36};;"\{""/);
    const byActor = (await revisor.get(`${E}/export.csv?actor=${rektorId}`).expect(200)).text.trimEnd().split('\r\n');
    expect(byActor).toHaveLength(1 + 2);
    expect(byActor.slice(1).every((line) => line.includes(';rektor;'))).toBe(true);
    const scoped = (await (await factory.login('uf-controller@a.se')).get(`${E}/export.csv`).expect(200)).text.trimEnd().split('\r\n');
    expect(scoped).toHaveLength(1 + 4);
    expect(scoped.join('\n')).not.toContain('app_user');
    await (await factory.login('rektor@a.se')).get(`${E}/export.csv`).expect(403);
    expect(Object.keys((await revisor.get(`${E}/export.csv?from=igår`).expect(422)).body.fields)).toEqual(['from']);
  });

  it('records goal changes made through the goals API, with the goal’s owner node for scoped readers', async () => {
    const controller = await factory.login('controller@a.se');
    const created = await controller
      .post('/api/v1/goals', { key: 'AUDIT1', level: 'namndmal', title: 'Fler läser', ownerNodeId: a.nodes.bun, validFromYear: 2026 })
      .expect(201);
    await controller.patch(`/api/v1/goals/${created.body.id}`, { version: created.body.version, title: 'Fler barn läser' }).expect(200);
    const res = await revisor.get(`${E}?entityType=goal&entityId=${created.body.id}`).expect(200);
    expect(res.body.items.map((e: { action: string }) => e.action)).toEqual(['update', 'create']);
    expect(res.body.items[0]).toMatchObject({ actor: { displayName: 'controller' }, before: { title: 'Fler läser' }, after: { title: 'Fler barn läser' } });
  });

  it('offers no way to change or delete events', async () => {
    const [first] = (await revisor.get(E).expect(200)).body.items;
    const admin = await factory.login('admin@a.se');
    await admin.delete(`${E}/${first.id}`).expect(404);
    await admin.put(`${E}/${first.id}`, {}).expect(404);
    await expect(factory.asKommun(a, (m) => m.query(`DELETE FROM audit_event`))).rejects.toThrow(/permission denied/);
  });
});
