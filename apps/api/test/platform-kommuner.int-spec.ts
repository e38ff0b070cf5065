import JSZip from 'jszip';
import { DataSource } from 'typeorm';
import { startTestApp, type TestApp } from './support/test-app.js';
import { TestFactory, type Kommun, type Session } from './support/factory.js';

const STRONG = 'Barby-kommun-2026!';

describe('the platform operator starts a kommun; its first admin accepts the invitation and sees only that kommun', () => {
  let app: TestApp;
  let factory: TestFactory;
  let operator: Session;
  let kommunAdmin: Session;
  let other: Kommun;
  let barby: { id: string; invitationLink: string };

  const tokenOf = (link: string) => link.split('/inbjudan/')[1]!;

  beforeAll(async () => {
    app = await startTestApp();
    factory = new TestFactory(app);
    other = await factory.newKommun({ users: [{ email: 'admin@annan.se', role: 'admin' }] });
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

  /** Rows per kommun table as the kommun's own transaction sees them (row-level security: exactly its rows). */
  async function rowCounts(tenantId: string): Promise<Record<string, number>> {
    return app.api.get(DataSource).transaction(async (m) => {
      await m.query(`SELECT set_config('app.tenant_id', $1, true)`, [tenantId]);
      const tables: { table_name: string }[] = await m.query(
        `SELECT table_name FROM information_schema.columns WHERE table_schema = 'public' AND column_name = 'tenant_id' ORDER BY 1`,
      );
      await m.query('SET LOCAL ROLE resultatkedjan_app');
      const counts: Record<string, number> = {};
      for (const { table_name } of tables) counts[table_name] = (await m.query(`SELECT count(*)::int AS n FROM "${table_name}"`))[0].n;
      return counts;
    });
  }

  it('exports the whole kommun as a ZIP of JSON tables, then deletes it (deactivated first) and nothing of another kommun', async () => {
    const admin = await factory.login('admin@barby.se', STRONG);
    const kf = (await admin.get('/api/v1/org-nodes').expect(200)).body.items[0].id;
    await admin.post('/api/v1/org-nodes', { key: 'ks', name: 'Kommunstyrelsen', kind: 'ks', parentId: kf }).expect(201);

    await kommunAdmin.get(`/api/v1/platform/kommuner/${barby.id}/export`).expect(401);
    const res = await operator.get(`/api/v1/platform/kommuner/${barby.id}/export`).buffer(true).parse((response, done) => {
      const chunks: Buffer[] = [];
      response.on('data', (c: Buffer) => chunks.push(c));
      response.on('end', () => done(null, Buffer.concat(chunks)));
    }).expect(200);
    expect(res.headers['content-type']).toBe('application/zip');
    const zip = await JSZip.loadAsync(res.body as Buffer);
    const manifest = JSON.parse(await zip.file('manifest.json')!.async('string'));
    expect(manifest.kommun).toMatchObject({ id: barby.id, kommunkod: '9903', namn: 'Barby kommun' });
    expect(manifest.tables).toMatchObject({ tenant: 1, app_user: 1, user_invitation: 1, role_grant: 1 });
    const nodes = JSON.parse(await zip.file('tables/org_node.json')!.async('string'));
    expect(nodes.map((n: { name: string }) => n.name).sort()).toEqual(['Kommunfullmäktige', 'Kommunstyrelsen']);
    for (const name of Object.keys(zip.files).filter((f) => /^tables\/.+\.json$/.test(f) && f !== 'tables/tenant.json')) {
      const rows: { tenant_id?: string }[] = JSON.parse(await zip.file(name)!.async('string'));
      for (const row of rows) expect([name, row.tenant_id]).toEqual([name, barby.id]);
    }
    const users = JSON.parse(await zip.file('tables/app_user.json')!.async('string'));
    expect(users[0].email).toBe('admin@barby.se');

    const otherBefore = await rowCounts(other.tenantId);
    await operator.delete(`/api/v1/platform/kommuner/${barby.id}`).expect(409);
    await operator.post(`/api/v1/platform/kommuner/${barby.id}/deactivate`).expect(200);
    await operator.delete(`/api/v1/platform/kommuner/${barby.id}`).expect(204);
    const left = await rowCounts(barby.id);
    expect(Object.entries(left).filter(([, n]) => n > 0)).toEqual([]);
    expect(await rowCounts(other.tenantId)).toEqual(otherBefore);
    const list = await operator.get('/api/v1/platform/kommuner').expect(200);
    expect(list.body.map((k: { id: string }) => k.id)).not.toContain(barby.id);
    await operator.delete(`/api/v1/platform/kommuner/${barby.id}`).expect(404);
  });
});
