import request from 'supertest';
import { DataSource } from 'typeorm';
import { createApi } from '../src/app/create-api.js';
import { startTestApp, type TestApp } from './support/test-app.js';
import { TestFactory, TEST_PASSWORD, type Kommun } from './support/factory.js';

describe('login, sessions and tenant isolation of the auth layer', () => {
  let app: TestApp;
  let factory: TestFactory;
  let a: Kommun;
  let b: Kommun;

  beforeAll(async () => {
    app = await startTestApp();
    factory = new TestFactory(app);
    a = await factory.newKommun({ name: 'Kommun A', users: [{ email: 'Controller@a.se', role: 'controller' }, { email: 'rektor@a.se', role: 'enhetschef', scope: 'uf.norr' }] });
    b = await factory.newKommun({ name: 'Kommun B', users: [{ email: 'controller@b.se', role: 'controller' }] });
  });
  afterAll(async () => app?.close());

  it('logs in with e-mail in any case, sets an httpOnly session cookie and tells who you are', async () => {
    const res = await app.http().post('/api/v1/auth/login').send({ email: ' controller@A.se ', password: TEST_PASSWORD }).expect(200);
    const cookies = ([] as string[]).concat(res.headers['set-cookie'] ?? []);
    expect(cookies.find((c) => c.startsWith('rk_session='))).toMatch(/HttpOnly/);
    expect(cookies.find((c) => c.startsWith('rk_session='))).toMatch(/SameSite=Lax/);
    expect(res.body).toMatchObject({ email: 'controller@a.se', tenantId: a.tenantId, grants: [{ role: 'controller', orgNodeId: null }] });
    expect(res.body.csrfToken).toMatch(/^[\w-]{40,}$/);
  });

  it('refuses a wrong password and an unknown user with the same answer', async () => {
    const wrong = await app.http().post('/api/v1/auth/login').send({ email: 'controller@a.se', password: 'fel' }).expect(401);
    const unknown = await app.http().post('/api/v1/auth/login').send({ email: 'ingen@a.se', password: 'fel' }).expect(401);
    expect(wrong.body).toEqual(unknown.body);
    expect(wrong.body.message).toBe('Fel e-postadress eller lösenord.');
  });

  it('validates the login body with field-keyed messages', async () => {
    const res = await app.http().post('/api/v1/auth/login').send({ email: 5, extra: true }).expect(422);
    expect(res.body.fields).toMatchObject({ email: expect.arrayContaining(['Måste vara text.']), password: expect.any(Array), extra: ['Fältet är inte tillåtet.'] });
  });

  it('stores passwords as argon2id hashes only', async () => {
    const [row] = await app.api.get(DataSource).transaction(async (m) => {
      await m.query(`SELECT set_config('app.tenant_id', $1, true)`, [a.tenantId]);
      await m.query('SET LOCAL ROLE resultatkedjan_app');
      return m.query(`SELECT password_hash FROM app_user WHERE email = 'rektor@a.se'`);
    });
    expect(row.password_hash).toMatch(/^\$argon2id\$/);
    expect(row.password_hash).not.toContain(TEST_PASSWORD);
  });

  it('denies by default: 401 without a session, CSRF token required for unsafe methods', async () => {
    await app.http().get('/api/v1/auth/me').expect(401);
    const session = await factory.login('controller@a.se');
    await session.get('/api/v1/auth/me').expect(200);
    await session.agent.post('/api/v1/auth/logout').expect(403);
    await session.post('/api/v1/auth/logout').expect(204);
    await session.get('/api/v1/auth/me').expect(401);
  });

  it('rate-limits repeated failed logins for one account', async () => {
    for (let i = 0; i < 10; i++) await app.http().post('/api/v1/auth/login').send({ email: 'controller@b.se', password: 'fel' }).expect(401);
    const blocked = await app.http().post('/api/v1/auth/login').send({ email: 'controller@b.se', password: TEST_PASSWORD }).expect(429);
    expect(blocked.body.message).toMatch(/För många/);
  });

  it('counts failed logins across API processes and stores no e-mail address', async () => {
    const replica = await createApi(app.config);
    await replica.init();
    try {
      const attempt = (server: 'app' | 'replica', password: string) =>
        request(server === 'app' ? app.api.getHttpServer() : replica.getHttpServer()).post('/api/v1/auth/login').send({ email: 'rektor@a.se', password });
      for (let i = 0; i < 5; i++) {
        await attempt('app', 'fel').expect(401);
        await attempt('replica', 'fel').expect(401);
      }
      await attempt('replica', TEST_PASSWORD).expect(429);
      await attempt('app', TEST_PASSWORD).expect(429);
      const keys: { key: string }[] = await app.api.get(DataSource).query('SELECT key FROM login_failure');
      expect(keys.length).toBeGreaterThanOrEqual(10);
      for (const { key } of keys) expect(key).toMatch(/^[0-9a-f]{64}$/);
    } finally {
      await replica.close();
    }
  });

  it('reads nothing without a kommun set: row-level security returns no rows', async () => {
    const rows = await app.api.get(DataSource).transaction(async (m) => {
      await m.query('SET LOCAL ROLE resultatkedjan_app');
      return {
        users: await m.query('SELECT count(*)::int AS n FROM app_user'),
        nodes: await m.query('SELECT count(*)::int AS n FROM org_node'),
        tenants: await m.query('SELECT count(*)::int AS n FROM tenant'),
      };
    });
    expect(rows).toEqual({ users: [{ n: 0 }], nodes: [{ n: 0 }], tenants: [{ n: 0 }] });
  });

  it('sees only its own kommun with a kommun set, and cannot write into another', async () => {
    const ds = app.api.get(DataSource);
    const seen = await ds.transaction(async (m) => {
      await m.query(`SELECT set_config('app.tenant_id', $1, true)`, [a.tenantId]);
      await m.query('SET LOCAL ROLE resultatkedjan_app');
      return m.query('SELECT DISTINCT tenant_id FROM org_node');
    });
    expect(seen).toEqual([{ tenant_id: a.tenantId }]);
    await expect(
      ds.transaction(async (m) => {
        await m.query(`SELECT set_config('app.tenant_id', $1, true)`, [a.tenantId]);
        await m.query('SET LOCAL ROLE resultatkedjan_app');
        await m.query(`INSERT INTO org_node (tenant_id, key, name, kind) VALUES ($1, 'x', 'Intrång', 'enhet')`, [b.tenantId]);
      }),
    ).rejects.toThrow(/row-level security/);
  });

  it('keeps the audit trail append-only for the app role', async () => {
    await expect(
      app.api.get(DataSource).transaction(async (m) => {
        await m.query(`SELECT set_config('app.tenant_id', $1, true)`, [a.tenantId]);
        await m.query('SET LOCAL ROLE resultatkedjan_app');
        await m.query(`UPDATE audit_event SET action = 'x'`);
      }),
    ).rejects.toThrow(/permission denied/);
  });
});
