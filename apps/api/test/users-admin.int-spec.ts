import { startTestApp, type TestApp } from './support/test-app.js';
import { TestFactory, type Kommun, type Session } from './support/factory.js';

const U = '/api/v1/users';
const PASSWORD = 'Ett-långt-lösenord-1';

describe('users and role grants (admin)', () => {
  let app: TestApp;
  let factory: TestFactory;
  let a: Kommun;
  let b: Kommun;
  let admin: Session;

  beforeAll(async () => {
    app = await startTestApp();
    factory = new TestFactory(app);
    a = await factory.newKommun({
      users: [
        { email: 'admin@a.se', role: 'admin' },
        { email: 'controller@a.se', role: 'controller' },
        { email: 'revisor@a.se', role: 'revisor' },
      ],
    });
    b = await factory.newKommun({ users: [{ email: 'admin@b.se', role: 'admin' }] });
    admin = await factory.login('admin@a.se');
  });
  afterAll(async () => app?.close());

  it('lists the kommun’s users with their grants, and only to admins', async () => {
    const res = await admin.get(`${U}?pageSize=200`).expect(200);
    expect(res.body.total).toBe(3);
    expect(res.body.items.map((u: { email: string }) => u.email)).toEqual(['admin@a.se', 'controller@a.se', 'revisor@a.se']);
    expect(res.body.items[1]).toMatchObject({ active: true, hasPassword: true, grants: [{ role: 'controller', orgNodeId: null, orgNodeName: null }] });
    expect(JSON.stringify(res.body)).not.toContain('admin@b.se');
    expect(JSON.stringify(res.body)).not.toContain('argon2');
    expect((await admin.get(`${U}?q=CONTROL`).expect(200)).body.total).toBe(1);
    for (const email of ['controller@a.se', 'revisor@a.se']) {
      const s = await factory.login(email);
      await s.get(U).expect(403);
      await s.post(U, { email: 'x@a.se', displayName: 'X' }).expect(403);
    }
    await app.http().get(U).expect(401);
  });

  it('creates a user with an argon2id password who can then log in', async () => {
    const res = await admin.post(U, { email: ' Sara.Nilsson@A.se ', displayName: 'Sara Nilsson', password: PASSWORD }).expect(201);
    expect(res.body).toMatchObject({ email: 'sara.nilsson@a.se', displayName: 'Sara Nilsson', hasPassword: true, grants: [] });
    const [row] = await factory.asKommun(a, (m) => m.query(`SELECT password_hash FROM app_user WHERE id = $1`, [res.body.id]));
    expect(row.password_hash).toMatch(/^\$argon2id\$/);
    await factory.login('sara.nilsson@a.se', PASSWORD);
    const sso = await admin.post(U, { email: 'sso@a.se', displayName: 'Bara SSO', oidcSubject: 'entra-123' }).expect(201);
    expect(sso.body).toMatchObject({ hasPassword: false, oidcSubject: 'entra-123' });
  });

  it('refuses an e-mail taken in this kommun with 409 (one in another kommun is not taken: e-mail is unique per kommun) and bad input with 422', async () => {
    expect((await admin.post(U, { email: 'controller@a.se', displayName: 'Dubbel' }).expect(409)).body.message).toBe('E-postadressen används redan av ett annat konto.');
    const elsewhere = await admin.post(U, { email: 'ADMIN@b.se', displayName: 'Också i kommun B' }).expect(201);
    expect(elsewhere.body).toMatchObject({ email: 'admin@b.se' });
    const bad = await admin.post(U, { email: 'inte-en-adress', displayName: ' ', password: 'kort', role: 'admin' }).expect(422);
    expect(bad.body.fields).toEqual({
      email: ['Måste vara en giltig e-postadress.'],
      displayName: ['Fältet får inte vara tomt.'],
      password: ['Lösenordet måste ha minst 12 tecken.'],
      role: ['Fältet är inte tillåtet.'],
    });
  });

  it('grants and revokes roles scoped to an org node of the kommun, audited as role_grant', async () => {
    const user = (await admin.post(U, { email: 'rektor@a.se', displayName: 'Rektor', password: PASSWORD }).expect(201)).body;
    const granted = await admin.post(`${U}/${user.id}/grants`, { role: 'enhetschef', orgNodeId: a.nodes['uf.norr'] }).expect(201);
    expect(granted.body.grants).toEqual([{ id: expect.any(String), role: 'enhetschef', orgNodeId: a.nodes['uf.norr'], orgNodeName: 'Norrskolan' }]);
    const me = await (await factory.login('rektor@a.se', PASSWORD)).get('/api/v1/auth/me').expect(200);
    expect(me.body.grants).toEqual([{ role: 'enhetschef', orgNodeId: a.nodes['uf.norr'] }]);

    await admin.post(`${U}/${user.id}/grants`, { role: 'enhetschef', orgNodeId: a.nodes['uf.norr'] }).expect(409);
    const foreign = await admin.post(`${U}/${user.id}/grants`, { role: 'enhetschef', orgNodeId: b.nodes['uf.norr'] }).expect(422);
    expect(foreign.body.fields).toEqual({ orgNodeId: ['Organisationsenheten finns inte.'] });
    const invalid = await admin.post(`${U}/${user.id}/grants`, { role: 'kung' }).expect(422);
    expect(Object.keys(invalid.body.fields).sort()).toEqual(['orgNodeId', 'role']);
    await admin.post(`${U}/${user.id}/grants`, { role: 'revisor', orgNodeId: null }).expect(201);

    const grantId = granted.body.grants[0].id;
    const revoked = await admin.delete(`${U}/${user.id}/grants/${grantId}`).expect(200);
    expect(revoked.body.grants.map((g: { role: string }) => g.role)).toEqual(['revisor']);
    await admin.delete(`${U}/${user.id}/grants/${grantId}`).expect(404);

    const audit = await admin.get(`/api/v1/audit-events?entityType=role_grant&entityId=${grantId}`).expect(200);
    expect(audit.body.items.map((e: { action: string }) => e.action)).toEqual(['delete', 'create']);
    expect(audit.body.items[1]).toMatchObject({ actor: { displayName: 'admin' }, before: null, after: { role: 'enhetschef', orgNodeId: a.nodes['uf.norr'], email: 'rektor@a.se' } });
    expect(audit.body.items[0]).toMatchObject({ before: { role: 'enhetschef' }, after: null });
  });

  it('deactivates a user: their session ends and they cannot log in; never yourself or the last admin', async () => {
    const user = (await admin.post(U, { email: 'slutar@a.se', displayName: 'Slutar', password: PASSWORD }).expect(201)).body;
    const session = await factory.login('slutar@a.se', PASSWORD);
    await session.get('/api/v1/auth/me').expect(200);
    const res = await admin.patch(`${U}/${user.id}`, { active: false }).expect(200);
    expect(res.body.active).toBe(false);
    await session.get('/api/v1/auth/me').expect(401);
    await app.http().post('/api/v1/auth/login').send({ email: 'slutar@a.se', password: PASSWORD }).expect(401);

    const self = (await admin.get(`${U}?q=admin@a.se`).expect(200)).body.items[0];
    expect((await admin.patch(`${U}/${self.id}`, { active: false }).expect(422)).body.fields).toEqual({ active: ['Du kan inte inaktivera ditt eget konto.'] });
    expect((await admin.delete(`${U}/${self.id}/grants/${self.grants[0].id}`).expect(409)).body.message).toMatch(/minst en aktiv administratör/);
    const events = await admin.get(`/api/v1/audit-events?entityType=app_user&entityId=${user.id}`).expect(200);
    expect(events.body.items[0]).toMatchObject({ action: 'update', before: { active: true }, after: { active: false } });
  });

  it('answers 404 for another kommun’s users and grants', async () => {
    const other = (await factory.login('admin@b.se')).get(`${U}?pageSize=200`);
    const bUser = (await other.expect(200)).body.items[0];
    await admin.get(`${U}/${bUser.id}`).expect(404);
    await admin.patch(`${U}/${bUser.id}`, { displayName: 'Kapad' }).expect(404);
    await admin.post(`${U}/${bUser.id}/grants`, { role: 'admin', orgNodeId: null }).expect(404);
    const aUser = (await admin.get(`${U}?q=controller`).expect(200)).body.items[0];
    await admin.delete(`${U}/${aUser.id}/grants/${bUser.grants[0].id}`).expect(404);
    await admin.get(`${U}/inte-ett-id`).expect(404);
  });

  it('invites a user with a one-time link that sets the password, audited; never for an inactive user or by a non-admin', async () => {
    const user = (await admin.post(U, { email: 'ny.controller@a.se', displayName: 'Ny Controller' }).expect(201)).body;
    expect(user).toMatchObject({ hasPassword: false, invitationExpiresAt: null });
    await (await factory.login('controller@a.se')).post(`${U}/${user.id}/invitation`).expect(403);
    const first = (await admin.post(`${U}/${user.id}/invitation`).expect(201)).body;
    const second = (await admin.post(`${U}/${user.id}/invitation`).expect(201)).body;
    expect(second.link).toMatch(/\/inbjudan\/[\w-]{40,}$/);
    expect((Date.parse(second.expiresAt) - Date.now()) / 86_400_000).toBeCloseTo(7, 1);
    // The admin sees that an invitation waits, and until when: in the list and on the user.
    const listed = (await admin.get(`${U}?q=ny.controller`).expect(200)).body.items;
    expect(listed.map((u: { invitationExpiresAt: string | null }) => u.invitationExpiresAt)).toEqual([second.expiresAt]);
    const tokenOf = (link: string) => link.split('/').at(-1)!;
    await app.http().get(`/api/v1/auth/invitations/${tokenOf(first.link)}`).expect(410);
    const about = await app.http().get(`/api/v1/auth/invitations/${tokenOf(second.link)}`).expect(200);
    expect(about.body).toMatchObject({ email: 'ny.controller@a.se', displayName: 'Ny Controller' });
    await app.http().post('/api/v1/auth/invitations/accept').send({ token: tokenOf(second.link), password: 'Stark-fras-för-ny-controller-9' }).expect(204);
    await factory.login('ny.controller@a.se', 'Stark-fras-för-ny-controller-9');
    expect((await admin.get(`${U}/${user.id}`).expect(200)).body).toMatchObject({ hasPassword: true, invitationExpiresAt: null });
    const events = await admin.get(`/api/v1/audit-events?entityType=app_user&entityId=${user.id}`).expect(200);
    expect(events.body.items.filter((e: { action: string }) => e.action === 'invite')).toHaveLength(2);
    const outbox = await factory.count(a, 'notification', `kind = 'invitation' AND recipient_user_id = $1`, [user.id]);
    expect(outbox).toBe(2);

    await admin.patch(`${U}/${user.id}`, { active: false }).expect(200);
    expect((await admin.post(`${U}/${user.id}/invitation`).expect(422)).body.fields.active).toBeDefined();
    const bUser = (await (await factory.login('admin@b.se')).get(U).expect(200)).body.items[0];
    await admin.post(`${U}/${bUser.id}/invitation`).expect(404);
  });
});
