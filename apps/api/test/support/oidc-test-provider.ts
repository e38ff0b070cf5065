import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { jest } from '@jest/globals';

/** The few parts of oidc-provider (which ships no type declarations) that the tests use. */
interface OidcProvider {
  callback(): (req: IncomingMessage, res: ServerResponse) => void;
  interactionDetails(req: IncomingMessage, res: ServerResponse): Promise<{ params: Record<string, string> }>;
  interactionFinished(req: IncomingMessage, res: ServerResponse, result: object, options: object): Promise<void>;
  Grant: new (init: { accountId: string; clientId: string }) => { addOIDCScope(scope: string): void; save(): Promise<string> };
}

export interface OidcTestClient {
  clientId: string;
  clientSecret: string;
  redirectUri: string;
}

export interface OidcTestAccount {
  email?: string;
  email_verified?: boolean;
  name?: string;
}

export interface OidcTestProvider {
  issuer: string;
  /** Which account the next interaction logs in (no login form: the interaction finishes at once). */
  signIn(id: string): void;
  close(): Promise<void>;
}

/**
 * A real OpenID provider (oidc-provider) on a free loopback port, for the API's SSO tests and the browser's.
 * Used by the integration suite and by e2e/sso.e2e-spec.ts.
 */
export async function startOidcProvider(client: OidcTestClient, accounts: Record<string, OidcTestAccount>): Promise<OidcTestProvider> {
  const server: Server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  // The test provider's development defaults (in-memory store, generated keys) are what a test wants: keep it quiet.
  const quiet = [jest.spyOn(console, 'warn').mockImplementation(() => {}), jest.spyOn(console, 'info').mockImplementation(() => {})];
  const { default: Provider } = (await import('oidc-provider' as string)) as { default: new (issuer: string, config: object) => OidcProvider };
  const provider = new Provider(issuer, {
    ttl: { Interaction: 600, Grant: 600, Session: 600, AccessToken: 600, IdToken: 600, AuthorizationCode: 60 },
    clients: [
      { client_id: client.clientId, client_secret: client.clientSecret, redirect_uris: [client.redirectUri], response_types: ['code'], grant_types: ['authorization_code'] },
    ],
    findAccount: (_ctx: unknown, id: string) => (accounts[id] ? { accountId: id, claims: () => ({ sub: id, ...accounts[id] }) } : undefined),
    claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'] },
    cookies: { keys: ['test-cookie-nyckel'] },
    features: { devInteractions: { enabled: false } },
    interactions: { url: (_ctx: unknown, interaction: { uid: string }) => `/interaction/${interaction.uid}` },
  });
  quiet.forEach((spy) => spy.mockRestore());
  let next = '';
  const handle = provider.callback();
  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    if (!req.url?.startsWith('/interaction/')) return handle(req, res);
    void (async () => {
      const details = await provider.interactionDetails(req, res);
      const grant = new provider.Grant({ accountId: next, clientId: details.params.client_id! });
      grant.addOIDCScope(details.params.scope!);
      const grantId = await grant.save();
      await provider.interactionFinished(req, res, { login: { accountId: next }, consent: { grantId } }, { mergeWithLastSubmission: false });
    })();
  });
  return {
    issuer,
    signIn: (id) => (next = id),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
