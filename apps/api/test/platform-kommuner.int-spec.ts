import { DataSource } from 'typeorm';
import { startTestApp, type TestApp } from './support/test-app.js';
import { TestFactory, type Session } from './support/factory.js';

const STRONG = 'Barby-kommun-2026!';

describe('the platform operator starts a kommun; its first admin accepts the invitation and sees only that kommun', () => {
  let app: TestApp;
  let factory: TestFactory;
  let operator: Session;
  let kommunAdmin: Session;
  let barby: { id: string; invitationLink: string };

  const tokenOf = (link: string) => link.split('/inbjudan/')[1]!;

  beforeAll(async () => {
    app = await startTestApp();
    factory = new TestFactory(app);
    await factory.newKommun({ users: [{ email: 'admin@annan.se', role: 'admin' }] });
    await factory.newOperator({ email: 'drift@plattform.test' });
    operator = await factory.loginOperator('drift@plattform.test');
    kommunAdmin = await factory.login('admin@annan.se');
  });
  afterAll(async () => app?.close());

  it('only the operator may start, list or deactivate kommuner: a kommun session, even an admin’s, does not count', async () => {
    await app.http().get('/api/v1/platform/kommuner').expect(401);
    const listed = await kommunAdmin.get('/api/v1/platform/kommuner').expect(401);
    expect(listed.body.message).toBe('Logga in som plattformsoperatör.');
    await kommunAdmin.post('/api/v1/platform/kommuner', { kommunkod: '9903', namn: 'Barby kommun', adminEmail: 'x@barby.se' }).expect(401);
  });

  it('checks the kommunkod against the 290 kommuner (99xx allowed) and answers field by field', async () => {
    const bad = await operator.post('/api/v1/platform/kommuner', { kommunkod: '1234', namn: 'Ingen kommun', adminEmail: 'a@b.se' }).expect(422);
    expect(bad.body.fields.kommunkod[0]).toMatch(/inte en svensk kommuns kommunkod/);
    const malformed = await operator.post('/api/v1/platform/kommuner', { kommunkod: 'abc', namn: '', adminEmail: 'nej' }).expect(422);
    expect(Object.keys(malformed.body.fields).sort()).toEqual(['adminEmail', 'kommunkod', 'namn']);
  });

  it('starts Barby kommun with KF, this and next year’s calendar, default settings, and a 7-day invitation', async () => {
    const res = await operator.post('/api/v1/platform/kommuner', { kommunkod: '9903', namn: 'Barby kommun', adminEmail: 'Admin@Barby.se' }).expect(201);
    expect(res.body).toMatchObject({ kommunkod: '9903', namn: 'Barby kommun', active: true });
    expect(res.body.invitationLink).toMatch(/^http:\/\/localhost:\d+\/inbjudan\/[\w-]{40,}$/);
    const days = (Date.parse(res.body.invitationExpiresAt) - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(6.9);
    expect(days).toBeLessThanOrEqual(7);
    barby = res.body;
    await operator.post('/api/v1/platform/kommuner', { kommunkod: '9903', namn: 'Barby igen', adminEmail: 'b@barby.se' }).expect(409);
    const real = await operator.post('/api/v1/platform/kommuner', { kommunkod: '1384', namn: 'Kungsbacka kommun', adminEmail: 'admin@kungsbacka.test' }).expect(201);
    const list = await operator.get('/api/v1/platform/kommuner').expect(200);
    expect(list.body.map((k: { kommunkod: string }) => k.kommunkod)).toEqual(expect.arrayContaining(['9903', '1384']));
    expect(real.body.id).not.toBe(barby.id);
  });

  it('shows who the invitation is for, refuses a weak password without using the link, then sets it once', async () => {
    const token = tokenOf(barby.invitationLink);
    const about = await app.http().get(`/api/v1/auth/invitations/${token}`).expect(200);
    expect(about.body).toMatchObject({ email: 'admin@barby.se', kommun: 'Barby kommun' });
    await app.http().post('/api/v1/auth/login').send({ email: 'admin@barby.se', password: STRONG }).expect(401);

    const weak = await app.http().post('/api/v1/auth/invitations/accept').send({ token, password: 'kort' }).expect(422);
    expect(weak.body.fields.password[0]).toMatch(/minst 12 tecken/);
    const named = await app.http().post('/api/v1/auth/invitations/accept').send({ token, password: 'admin-admin-admin' }).expect(422);
    expect(named.body.fields.password[0]).toMatch(/e-postadress/);
    await app.http().get(`/api/v1/auth/invitations/${token}`).expect(200);

    await app.http().post('/api/v1/auth/invitations/accept').send({ token, password: STRONG }).expect(204);
    await app.http().post('/api/v1/auth/invitations/accept').send({ token, password: STRONG }).expect(410);
    await app.http().get(`/api/v1/auth/invitations/${token}`).expect(410);
    await app.http().get(`/api/v1/auth/invitations/${'x'.repeat(43)}`).expect(404);
  });

  it('the new admin signs in to Barby and sees only Barby: KF, two calendars, no goals, the audit trail of the start', async () => {
    const login = await app.http().post('/api/v1/auth/login').send({ email: 'admin@barby.se', password: STRONG }).expect(200);
    expect(login.body).toMatchObject({ tenantId: barby.id, grants: [{ role: 'admin', orgNodeId: null }] });
    const admin = await factory.login('admin@barby.se', STRONG);
    const nodes = await admin.get('/api/v1/org-nodes').expect(200);
    expect(nodes.body.items.map((n: { kind: string; name: string }) => [n.kind, n.name])).toEqual([['kf', 'Kommunfullmäktige']]);
    const year = new Date().getFullYear();
    for (const y of [year, year + 1]) {
      const calendar = await admin.get(`/api/v1/calendars/${y}`).expect(200);
      expect(calendar.body.periods.length).toBeGreaterThan(4);
    }
    const goals = await admin.get('/api/v1/goals').expect(200);
    expect(goals.body.total).toBe(0);
    const trail = await admin.get('/api/v1/audit-events?pageSize=50').expect(200);
    const actions = trail.body.items.map((e: { action: string; entityType: string }) => `${e.action} ${e.entityType}`);
    expect(actions).toEqual(expect.arrayContaining(['create tenant', 'invite app_user', 'accept user_invitation']));
    const outbox = await admin.get('/api/v1/notifications').expect(200);
    expect(JSON.stringify(outbox.body)).toContain('/inbjudan/');
  });

  it('an expired invitation is refused', async () => {
    const res = await operator.post('/api/v1/platform/kommuner', { kommunkod: '9904', namn: 'Cedby kommun', adminEmail: 'admin@cedby.se' }).expect(201);
    await app.api.get(DataSource).transaction(async (m) => {
      await m.query(`SELECT set_config('app.tenant_id', $1, true)`, [res.body.id]);
      await m.query('SET LOCAL ROLE resultatkedjan_app');
      await m.query(`UPDATE user_invitation SET expires_at = now() - interval '1 minute'`);
    });
    await app.http().post('/api/v1/auth/invitations/accept').send({ token: tokenOf(res.body.invitationLink), password: STRONG }).expect(410);
  });

  it('a deactivated kommun cannot sign in until it is activated again', async () => {
    await operator.post(`/api/v1/platform/kommuner/${barby.id}/deactivate`).expect(200);
    await app.http().post('/api/v1/auth/login').send({ email: 'admin@barby.se', password: STRONG }).expect(401);
    await operator.post(`/api/v1/platform/kommuner/${barby.id}/activate`).expect(200);
    await app.http().post('/api/v1/auth/login').send({ email: 'admin@barby.se', password: STRONG }).expect(200);
  });
});
