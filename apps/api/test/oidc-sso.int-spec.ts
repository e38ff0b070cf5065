import request from 'supertest';
import { ConfigError, parseEnv, toAppConfig } from '../src/platform/config/app-config.js';
import { startTestApp, type TestApp } from './support/test-app.js';
import { startOidcProvider } from './support/oidc-test-provider.js';
import { TestFactory, type Kommun } from './support/factory.js';

const CLIENT_ID = 'resultatkedjan';
const CLIENT_SECRET = 'test-klienthemlighet-som-ar-lang-nog';
const REDIRECT_URI = 'http://127.0.0.1:3999/api/v1/auth/oidc/callback';

/** Follows the provider's redirects (with its cookies) until it sends the browser back to the app. */
async function throughProvider(authorizationUrl: string): Promise<URL> {
  const jar = new Map<string, string>();
  let location = authorizationUrl;
  for (let hop = 0; hop < 10 && !location.startsWith(REDIRECT_URI); hop++) {
    const res = await fetch(location, { redirect: 'manual', headers: { cookie: [...jar].map(([k, v]) => `${k}=${v}`).join('; ') } });
    for (const cookie of res.headers.getSetCookie()) {
      const [pair = ''] = cookie.split(';');
      const eq = pair.indexOf('=');
      jar.set(pair.slice(0, eq), pair.slice(eq + 1));
    }
    const next = res.headers.get('location');
    if (!next) throw new Error(`provider stopped at ${location} with ${res.status}: ${await res.text()}`);
    location = new URL(next, location).href;
  }
  return new URL(location);
}

describe('single sign-on with OpenID Connect', () => {
  let app: TestApp;
  let factory: TestFactory;
  let provider: Awaited<ReturnType<typeof startOidcProvider>>;
  let a: Kommun;

  beforeAll(async () => {
    provider = await startOidcProvider({ clientId: CLIENT_ID, clientSecret: CLIENT_SECRET, redirectUri: REDIRECT_URI }, {
      'sub-omar': { email: 'Omar.Hassan@a.se', email_verified: true },
      'sub-stranger': { email: 'okand@a.se', email_verified: true },
      'sub-gone': { email: 'slutat@a.se' },
      'sub-unverified': { email: 'eva@a.se', email_verified: false },
      'sub-impostor': { email: 'bunden@a.se', email_verified: true },
      'sub-no-email': {},
    });
    app = await startTestApp({
      env: { OIDC_ISSUER: provider.issuer, OIDC_CLIENT_ID: CLIENT_ID, OIDC_CLIENT_SECRET: CLIENT_SECRET, OIDC_REDIRECT_URI: REDIRECT_URI, OIDC_PROVIDER_NAME: 'Testkommunens konto' },
    });
    factory = new TestFactory(app);
    a = await factory.newKommun({
      users: [
        { email: 'omar.hassan@a.se', role: 'enhetschef', scope: 'uf.norr' },
        { email: 'slutat@a.se', role: 'controller' },
        { email: 'eva@a.se', role: 'controller' },
        { email: 'bunden@a.se', role: 'controller' },
      ],
    });
    await factory.asKommun(a, async (m) => {
      await m.query(`UPDATE app_user SET active = false WHERE email = 'slutat@a.se'`);
      await m.query(`UPDATE app_user SET oidc_subject = 'sub-real' WHERE email = 'bunden@a.se'`);
    });
  });
  afterAll(async () => {
    await app?.close();
    await provider?.close();
  });

  async function signIn(account: string, accept = 'application/json') {
    provider.signIn(account);
    const agent = request.agent(app.api.getHttpServer());
    const start = await agent.get('/api/v1/auth/oidc/login').expect(302);
    const back = await throughProvider(start.headers.location!);
    const res = await agent.get(`${back.pathname}${back.search}`).set('Accept', accept);
    return { agent, res, start, back };
  }

  it('tells the web that SSO is configured', async () => {
    const res = await app.http().get('/api/v1/auth/providers').expect(200);
    expect(res.body).toEqual({ password: true, sso: { enabled: true, name: 'Testkommunens konto', loginUrl: '/api/v1/auth/oidc/login' } });
  });

  it('redirects to the provider with PKCE, state and nonce kept in a signed httpOnly cookie', async () => {
    const res = await app.http().get('/api/v1/auth/oidc/login').expect(302);
    const url = new URL(res.headers.location!);
    expect(url.origin).toBe(provider.issuer);
    expect(Object.fromEntries(url.searchParams)).toMatchObject({
      client_id: CLIENT_ID, redirect_uri: REDIRECT_URI, response_type: 'code', code_challenge_method: 'S256',
      scope: 'openid email profile', state: expect.any(String), nonce: expect.any(String), code_challenge: expect.any(String),
    });
    const cookie = ([] as string[]).concat(res.headers['set-cookie'] ?? []).find((c) => c.startsWith('rk_oidc='))!;
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/Path=\/api\/v1\/auth\/oidc/);
    expect(cookie).not.toContain(url.searchParams.get('code_challenge')!);
  });

  it('maps the e-mail claim to the existing user, starts a normal session and remembers the subject', async () => {
    const { agent, res } = await signIn('sub-omar');
    expect(res.status).toBe(302);
    expect(res.headers.location).toBe('/');
    const me = await agent.get('/api/v1/auth/me').expect(200);
    expect(me.body).toMatchObject({ email: 'omar.hassan@a.se', tenantId: a.tenantId, grants: [{ role: 'enhetschef', orgNodeId: a.nodes['uf.norr'] }] });
    await agent.post('/api/v1/auth/logout').set('X-CSRF-Token', me.body.csrfToken).expect(204);
    const [row] = await factory.asKommun(a, (m) => m.query(`SELECT oidc_subject FROM app_user WHERE email = 'omar.hassan@a.se'`));
    expect(row.oidc_subject).toBe('sub-omar');
    expect((await signIn('sub-omar')).res.status).toBe(302);
  });

  it('refuses an unknown, deactivated, unverified or differently bound identity with 403 in Swedish', async () => {
    const unknown = await signIn('sub-stranger');
    expect(unknown.res.status).toBe(403);
    expect(unknown.res.body.message).toBe('Det finns inget aktivt konto för dig i Resultatkedjan. Kontakta kommunens administratör.');
    await unknown.agent.get('/api/v1/auth/me').expect(401);
    expect((await signIn('sub-gone')).res.status).toBe(403);
    expect((await signIn('sub-unverified')).res.body.message).toMatch(/verifierad e-postadress/);
    expect((await signIn('sub-no-email')).res.status).toBe(403);
    expect((await signIn('sub-impostor')).res.body.message).toMatch(/kopplat till en annan identitet/);
    const page = await signIn('sub-stranger', 'text/html,application/xhtml+xml');
    expect(page.res.status).toBe(403);
    expect(page.res.headers['content-type']).toMatch(/text\/html/);
    expect(page.res.text).toContain('<html lang="sv">');
    expect(page.res.text).toContain('Det finns inget aktivt konto för dig');
  });

  it('refuses a callback with a wrong state, without the cookie, or replayed', async () => {
    provider.signIn('sub-omar');
    const agent = request.agent(app.api.getHttpServer());
    const start = await agent.get('/api/v1/auth/oidc/login').expect(302);
    const back = await throughProvider(start.headers.location!);
    const tampered = new URLSearchParams(back.search);
    tampered.set('state', 'forfalskat');
    const bad = await agent.get(`${back.pathname}?${tampered}`).expect(400);
    expect(bad.body.message).toMatch(/kunde inte verifieras/);
    // The cookie is single use: after any callback the same code cannot be used again.
    await agent.get(`${back.pathname}${back.search}`).expect(400);
    await app.http().get(`${back.pathname}${back.search}`).expect(400);
    await agent.get('/api/v1/auth/me').expect(401);
    const forged = await app.http().get(`${back.pathname}${back.search}`).set('Cookie', 'rk_oidc=eyJzdGF0ZSI6IngifQ.AAAA').expect(400);
    expect(forged.body.message).toMatch(/Börja om/);
  });

  it('turns SSO off when unconfigured and refuses half a configuration', async () => {
    expect(toAppConfig(parseEnv({}), 'postgres://x@y/z').oidc).toBeUndefined();
    expect(() => toAppConfig(parseEnv({ OIDC_ISSUER: 'https://login.example/' }), 'postgres://x@y/z')).toThrow(ConfigError);
    expect(() => toAppConfig(parseEnv({ OIDC_ISSUER: 'https://login.example/' }), 'postgres://x@y/z')).toThrow(/missing OIDC_CLIENT_ID, OIDC_CLIENT_SECRET, OIDC_REDIRECT_URI/);
    expect(() => parseEnv({ OIDC_CLIENT_SECRET: ' ', OIDC_ISSUER: 'ftp://x' })).toThrow(/OIDC_ISSUER/);
  });
});

describe('single sign-on when not configured', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(async () => app?.close());

  it('says SSO is off and has no login route', async () => {
    expect((await app.http().get('/api/v1/auth/providers').expect(200)).body).toEqual({ password: true, sso: { enabled: false, name: null, loginUrl: null } });
    const res = await app.http().get('/api/v1/auth/oidc/login').expect(404);
    expect(res.body.message).toBe('Inloggning med kommunens konto (SSO) är inte aktiverad.');
    // The callback serves every kommun's provider: without a pending login there is nothing to complete.
    await app.http().get('/api/v1/auth/oidc/callback?code=x&state=y').expect(400);
  });
});
