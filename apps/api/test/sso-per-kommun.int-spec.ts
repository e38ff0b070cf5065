import request from 'supertest';
import { startTestApp, type TestApp } from './support/test-app.js';
import { startOidcProvider, type OidcTestProvider } from './support/oidc-test-provider.js';
import { TestFactory, type Kommun, type Session } from './support/factory.js';

const CALLBACK_PATH = '/api/v1/auth/oidc/callback';
const BARBY_CLIENT = { clientId: 'rk-barby', clientSecret: 'barbys-klienthemlighet-1234' };
const ANNBY_CLIENT = { clientId: 'rk-annby', clientSecret: 'annbys-klienthemlighet-5678' };

/** Each kommun signs in through its own OpenID provider; e-mail is unique per kommun; the login page finds the kommun. */
describe('sign-in per kommun', () => {
  let app: TestApp;
  let factory: TestFactory;
  let barbyIdp: OidcTestProvider;
  let annbyIdp: OidcTestProvider;
  let barby: Kommun;
  let annby: Kommun;
  let barbyAdmin: Session;
  let annbyAdmin: Session;
  let redirectUri: string;

  beforeAll(async () => {
    app = await startTestApp();
    redirectUri = `${app.config.publicUrl}${CALLBACK_PATH}`;
    barbyIdp = await startOidcProvider({ ...BARBY_CLIENT, redirectUri }, {
      'barby-kalle': { email: 'kalle.controller@barby.se', email_verified: true },
      'barby-okand': { email: 'okand@barby.se', email_verified: true },
      'barby-konsult': { email: 'konsult@firma.se', email_verified: true },
      'barby-nils': { email: 'nils.inbjuden@barby.se', email_verified: true },
    });
    annbyIdp = await startOidcProvider({ ...ANNBY_CLIENT, redirectUri }, {
      'annby-ny': { email: 'ny.politiker@annby.se', email_verified: true, name: 'Nina Ny' },
      'annby-konsult-annan': { email: 'konsult@firma.se', email_verified: true },
    });
    factory = new TestFactory(app);
    barby = await factory.newKommunThroughPlatform({
      name: 'Barby kommun',
      domain: 'barby.se',
      users: [
        { email: 'kalle.controller@barby.se', role: 'controller' },
        { email: 'konsult@firma.se', role: 'controller' },
      ],
    });
    annby = await factory.newKommunThroughPlatform({ name: 'Annby kommun', domain: 'annby.se', users: [{ email: 'konsult@firma.se', role: 'revisor' }] });
    barbyAdmin = await factory.login('forsta.admin@barby.se');
    annbyAdmin = await factory.login('forsta.admin@annby.se');
  });
  afterAll(async () => {
    await app?.close();
    await barbyIdp?.close();
    await annbyIdp?.close();
  });

  async function throughProvider(authorizationUrl: string): Promise<URL> {
    const jar = new Map<string, string>();
    let location = authorizationUrl;
    for (let hop = 0; hop < 10 && !location.startsWith(redirectUri); hop++) {
      const res = await fetch(location, { redirect: 'manual', headers: { cookie: [...jar].map(([k, v]) => `${k}=${v}`).join('; ') } });
      for (const cookie of res.headers.getSetCookie()) {
        const [pair = ''] = cookie.split(';');
        jar.set(pair.slice(0, pair.indexOf('=')), pair.slice(pair.indexOf('=') + 1));
      }
      const next = res.headers.get('location');
      if (!next) throw new Error(`provider stopped at ${location} with ${res.status}`);
      location = new URL(next, location).href;
    }
    return new URL(location);
  }

  async function ssoSignIn(kommun: Kommun, idp: OidcTestProvider, account: string) {
    idp.signIn(account);
    const agent = request.agent(app.api.getHttpServer());
    const start = await agent.get(`/api/v1/auth/oidc/login?kommun=${kommun.kommunkod}`).expect(302);
    const back = await throughProvider(start.headers.location!);
    const res = await agent.get(`${back.pathname}${back.search}`).set('Accept', 'application/json');
    return { agent, res, start };
  }

  const barbySso = (over: object = {}) => ({
    displayName: 'Barby kommuns konto',
    issuer: barbyIdp.issuer,
    clientId: BARBY_CLIENT.clientId,
    clientSecret: BARBY_CLIENT.clientSecret,
    matchClaim: 'email',
    provisionRole: null,
    provisionOrgNodeId: null,
    enabled: true,
    ...over,
  });

  it('refuses bad settings field by field and saves nothing', async () => {
    const before = (await barbyAdmin.get('/api/v1/tenant/sign-in').expect(200)).body;
    expect(before).toEqual({ emailDomains: ['barby.se'], sso: null, redirectUri });
    const bad = await barbyAdmin.put('/api/v1/tenant/sign-in', { emailDomains: ['barby.se', 'Inte en domän'], sso: barbySso({ issuer: 'ftp://idp.barby.se' }) }).expect(422);
    expect(Object.keys(bad.body.fields)).toEqual(expect.arrayContaining(['emailDomains']));
    const noSecret = await barbyAdmin.put('/api/v1/tenant/sign-in', { emailDomains: ['barby.se'], sso: barbySso({ clientSecret: undefined, issuer: 'ftp://x' }) }).expect(422);
    expect(noSecret.body.fields).toEqual({ 'sso.issuer': [expect.stringMatching(/https/)], 'sso.clientSecret': ['Ange klienthemligheten.'] });
    const admin = await barbyAdmin.put('/api/v1/tenant/sign-in', { emailDomains: ['barby.se'], sso: barbySso({ provisionRole: 'admin' }) }).expect(422);
    expect(admin.body.fields['sso.provisionRole']).toEqual(['Välj en roll (inte administratör).']);
    expect((await barbyAdmin.get('/api/v1/tenant/sign-in').expect(200)).body).toEqual(before);
    const nothingToCheck = await barbyAdmin.post('/api/v1/tenant/sign-in/check').expect(422);
    expect(nothingToCheck.body.fields).toEqual({ sso: [expect.stringMatching(/Spara kommunens SSO först/)] });
  });

  it("lets each kommun's admin set its own provider, keeps the secret sealed and audits without it", async () => {
    const saved = (await barbyAdmin.put('/api/v1/tenant/sign-in', { emailDomains: ['barby.se'], sso: barbySso() }).expect(200)).body;
    expect(saved.sso).toEqual({
      displayName: 'Barby kommuns konto', issuer: barbyIdp.issuer, clientId: 'rk-barby', clientSecretSet: true,
      matchClaim: 'email', provisionRole: null, provisionOrgNodeId: null, enabled: true,
    });
    expect(JSON.stringify(saved)).not.toContain(BARBY_CLIENT.clientSecret);
    const [row] = await factory.asKommun(barby, (m) => m.query(`SELECT client_secret_sealed FROM tenant_sso`));
    expect(row.client_secret_sealed).not.toContain(BARBY_CLIENT.clientSecret);
    const trail = await factory.asKommun(barby, (m) => m.query(`SELECT before, after FROM audit_event WHERE entity_type = 'tenant_sign_in'`));
    expect(trail).toHaveLength(1);
    expect(trail[0].after).toMatchObject({ clientSecretChanged: true, sso: { clientId: 'rk-barby' } });
    expect(JSON.stringify(trail)).not.toContain(BARBY_CLIENT.clientSecret);

    await annbyAdmin.put('/api/v1/tenant/sign-in', {
      emailDomains: ['annby.se'],
      sso: { ...barbySso(), displayName: 'Annbys konto', issuer: annbyIdp.issuer, ...ANNBY_CLIENT, matchClaim: 'sub', provisionRole: 'fortroendevald' },
    }).expect(200);
    // Keeping the stored secret: leave it out.
    const renamed = await annbyAdmin.put('/api/v1/tenant/sign-in', {
      emailDomains: ['annby.se'],
      sso: { ...barbySso(), displayName: 'Annby kommuns konto', issuer: annbyIdp.issuer, clientId: ANNBY_CLIENT.clientId, clientSecret: undefined, matchClaim: 'sub', provisionRole: 'fortroendevald' },
    }).expect(200);
    expect(renamed.body.sso).toMatchObject({ displayName: 'Annby kommuns konto', clientSecretSet: true });
  });

  it("tests the saved provider's connection: the issuer's OpenID configuration, or where it failed", async () => {
    const ok = (await barbyAdmin.post('/api/v1/tenant/sign-in/check').expect(200)).body;
    expect(ok).toEqual({ reachable: true, authorizationEndpoint: expect.stringMatching(new RegExp(`^${barbyIdp.issuer}/`)), message: expect.stringMatching(/svarar\./) });

    const annby = (await annbyAdmin.get('/api/v1/tenant/sign-in').expect(200)).body;
    const unreachable = { ...annby.sso, clientSecretSet: undefined, issuer: 'http://127.0.0.1:9/annby' };
    await annbyAdmin.put('/api/v1/tenant/sign-in', { emailDomains: annby.emailDomains, sso: unreachable }).expect(200);
    const failed = (await annbyAdmin.post('/api/v1/tenant/sign-in/check').expect(200)).body;
    expect(failed).toEqual({ reachable: false, authorizationEndpoint: null, message: expect.stringContaining('http://127.0.0.1:9/annby/.well-known/openid-configuration') });
    await annbyAdmin.put('/api/v1/tenant/sign-in', { emailDomains: annby.emailDomains, sso: { ...unreachable, issuer: annbyIdp.issuer } }).expect(200);
    expect((await annbyAdmin.post('/api/v1/tenant/sign-in/check').expect(200)).body.reachable).toBe(true);
  });

  it('only the admin reads or changes sign-in settings', async () => {
    const controller = await factory.login('kalle.controller@barby.se');
    await controller.get('/api/v1/tenant/sign-in').expect(403);
    await controller.put('/api/v1/tenant/sign-in', { emailDomains: [], sso: null }).expect(403);
    await controller.post('/api/v1/tenant/sign-in/check').expect(403);
    await app.http().get('/api/v1/tenant/sign-in').expect(401);
  });

  it('shows the login page every kommun and the provider of the chosen one', async () => {
    const kommuner = (await app.http().get('/api/v1/auth/kommuner').expect(200)).body.items;
    expect(kommuner).toEqual(expect.arrayContaining([
      { kommunkod: barby.kommunkod, name: 'Barby kommun', emailDomains: ['barby.se'] },
      { kommunkod: annby.kommunkod, name: 'Annby kommun', emailDomains: ['annby.se'] },
    ]));
    expect((await app.http().get(`/api/v1/auth/providers?kommun=${barby.kommunkod}`).expect(200)).body).toEqual({
      password: true,
      sso: { enabled: true, name: 'Barby kommuns konto', loginUrl: `/api/v1/auth/oidc/login?kommun=${barby.kommunkod}` },
    });
    expect((await app.http().get('/api/v1/auth/providers?kommun=9999').expect(200)).body.sso.enabled).toBe(false);
    await app.http().get('/api/v1/auth/providers?kommun=abc').expect(422);
  });

  it("signs a Barby user in through Barby's provider only, into Barby only", async () => {
    const { agent, res, start } = await ssoSignIn(barby, barbyIdp, 'barby-kalle');
    expect(new URL(start.headers.location!).origin).toBe(barbyIdp.issuer);
    expect(res.status).toBe(302);
    const me = (await agent.get('/api/v1/auth/me').expect(200)).body;
    expect(me).toMatchObject({ email: 'kalle.controller@barby.se', tenantId: barby.tenantId });
    const tree = (await agent.get('/api/v1/org-nodes?pageSize=200').expect(200)).body.items as { id: string }[];
    expect(tree.map((n) => n.id).sort()).toEqual(Object.values(barby.nodes).sort());

    // No account and no provisioning in Barby: refused, nothing created.
    expect((await ssoSignIn(barby, barbyIdp, 'barby-okand')).res.status).toBe(403);
    const [{ n }] = await factory.asKommun(barby, (m) => m.query(`SELECT count(*)::int AS n FROM app_user WHERE email = 'okand@barby.se'`));
    expect(n).toBe(0);
  });

  it('an invited user who signs in by SSO has used the invitation: its link no longer sets a password', async () => {
    const created = (await barbyAdmin.post('/api/v1/users', { email: 'nils.inbjuden@barby.se', displayName: 'Nils Inbjuden' })).body as { id: string };
    expect(created.id).toBeDefined();
    const invitation = await barbyAdmin.post(`/api/v1/users/${created.id}/invitation`, {});
    expect(invitation.status).toBe(201);
    const token = (invitation.body as { link: string }).link.split('/inbjudan/')[1]!;
    await request(app.api.getHttpServer()).get(`/api/v1/auth/invitations/${token}`).expect(200);

    const { agent, res } = await ssoSignIn(barby, barbyIdp, 'barby-nils');
    expect(res.status).toBe(302);
    expect((await agent.get('/api/v1/auth/me').expect(200)).body.email).toBe('nils.inbjuden@barby.se');

    await request(app.api.getHttpServer()).get(`/api/v1/auth/invitations/${token}`).expect(410);
    await request(app.api.getHttpServer()).post('/api/v1/auth/invitations/accept').send({ token, password: 'ett-annat-langt-losenord-77' }).expect(410);
    const trail = await factory.asKommun(barby, (m) =>
      m.query(`SELECT action, after FROM audit_event WHERE entity_type = 'user_invitation' AND actor_user_id = $1`, [created.id]),
    );
    expect(trail).toEqual([{ action: 'accept', after: { userId: created.id, via: 'sso' } }]);
  });

  it('provisions a first-time Annby identity into the default role, matched by sub from then on', async () => {
    const first = await ssoSignIn(annby, annbyIdp, 'annby-ny');
    expect(first.res.status).toBe(302);
    const me = (await first.agent.get('/api/v1/auth/me').expect(200)).body;
    expect(me).toMatchObject({ email: 'ny.politiker@annby.se', displayName: 'Nina Ny', tenantId: annby.tenantId, grants: [{ role: 'fortroendevald', orgNodeId: null }] });
    const again = await ssoSignIn(annby, annbyIdp, 'annby-ny');
    expect((await again.agent.get('/api/v1/auth/me').expect(200)).body.userId).toBe(me.userId);
    const trail = await factory.asKommun(annby, (m) => m.query(`SELECT entity_type, after FROM audit_event WHERE actor_user_id = $1 ORDER BY entity_type`, [me.userId]));
    expect(trail.map((t: { entity_type: string; after: { via: string } }) => [t.entity_type, t.after.via])).toEqual([
      ['app_user', 'sso-provisioning'],
      ['role_grant', 'sso-provisioning'],
    ]);
    // By sub, an existing account with the same e-mail is not taken over by another identity.
    expect((await ssoSignIn(annby, annbyIdp, 'annby-konsult-annan')).res.status).toBe(403);
  });

  it('keeps one address in two kommuner apart, and never tells whether it exists in another kommun', async () => {
    const inBarby = await factory.login('konsult@firma.se', undefined, barby.kommunkod);
    const inAnnby = await factory.login('konsult@firma.se', undefined, annby.kommunkod);
    expect((await inBarby.get('/api/v1/auth/me').expect(200)).body.tenantId).toBe(barby.tenantId);
    expect((await inAnnby.get('/api/v1/auth/me').expect(200)).body.tenantId).toBe(annby.tenantId);

    // Without a kommun, a domain no kommun has gets the same answer whether or not the address exists anywhere.
    const known = await app.http().post('/api/v1/auth/login').send({ email: 'konsult@firma.se', password: 'Fel-lösen-1' });
    const unknown = await app.http().post('/api/v1/auth/login').send({ email: 'finns.inte@firma.se', password: 'Fel-lösen-1' });
    expect(known.status).toBe(422);
    expect(known.body.fields).toEqual({ kommunkod: ['Välj vilken kommun du vill logga in i.'] });
    expect({ status: unknown.status, body: unknown.body.fields }).toEqual({ status: known.status, body: known.body.fields });
    // In Annby, an address that exists only in Barby is just a failed login, like any unknown address.
    const elsewhere = await app.http().post('/api/v1/auth/login').send({ email: 'kalle.controller@barby.se', password: 'Exempel2026!', kommunkod: annby.kommunkod });
    const nowhere = await app.http().post('/api/v1/auth/login').send({ email: 'ingen@barby.se', password: 'Exempel2026!', kommunkod: annby.kommunkod });
    expect([elsewhere.status, elsewhere.body.message]).toEqual([401, 'Fel e-postadress eller lösenord.']);
    expect([nowhere.status, nowhere.body.message]).toEqual([elsewhere.status, elsewhere.body.message]);

    // Creating the address in Annby's admin was a 201 above, as for any new address; a duplicate within Annby is not.
    const dup = await annbyAdmin.post('/api/v1/users', { email: 'konsult@firma.se', displayName: 'Dubblett' });
    expect(dup.status).toBe(409);
  });

  it('removing the SSO turns the kommun back to passwords only', async () => {
    await barbyAdmin.put('/api/v1/tenant/sign-in', { emailDomains: ['barby.se'], sso: null }).expect(200);
    expect((await app.http().get(`/api/v1/auth/providers?kommun=${barby.kommunkod}`).expect(200)).body.sso.enabled).toBe(false);
    const res = await app.http().get(`/api/v1/auth/oidc/login?kommun=${barby.kommunkod}`).set('Accept', 'application/json').expect(404);
    expect(res.body.message).toMatch(/inte aktiverad/);
  });
});
