import { HttpStatus, Logger } from '@nestjs/common';
import * as client from 'openid-client';
import { OidcLoginError, OIDC_MESSAGES } from './oidc-errors.js';
import { OIDC_STATE_TTL_MS, type OidcPending } from './oidc-state-cookie.js';

export interface OidcIdentity {
  subject: string;
  email: string | null;
  emailVerified: boolean | undefined;
  name: string | null;
}

export interface RelyingPartySettings {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** The app's callback as registered at the provider. */
  redirectUri: string;
}

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);
const logger = new Logger('OidcRelyingParty');

/**
 * Plain http is allowed only to a provider on this machine, and only outside production (tests, local development):
 * in production a kommun admin must not point the server at its own loopback services.
 */
export function isAllowedIssuer(issuer: string, options: { loopbackHttp: boolean } = { loopbackHttp: true }): boolean {
  try {
    const url = new URL(issuer);
    return url.protocol === 'https:' || (options.loopbackHttp && url.protocol === 'http:' && LOOPBACK.has(url.hostname));
  } catch {
    return false;
  }
}

/**
 * The app as an OpenID Connect relying party of one provider (authorization code + PKCE, with state and nonce),
 * through the openid-client library. The provider's metadata is discovered on first use and kept.
 */
export class OidcRelyingParty {
  private discovered: Promise<client.Configuration> | undefined;

  constructor(private readonly settings: RelyingPartySettings) {}

  /** The provider's authorization URL and the pending login for the state cookie. */
  async begin(tenantId: string | null): Promise<{ url: string; pending: OidcPending }> {
    const pending: OidcPending = {
      state: client.randomState(),
      nonce: client.randomNonce(),
      verifier: client.randomPKCECodeVerifier(),
      expiresAt: Date.now() + OIDC_STATE_TTL_MS,
      tenantId,
    };
    const url = client.buildAuthorizationUrl(await this.configuration(), {
      redirect_uri: this.settings.redirectUri,
      scope: 'openid email profile',
      response_type: 'code',
      code_challenge: await client.calculatePKCECodeChallenge(pending.verifier),
      code_challenge_method: 'S256',
      state: pending.state,
      nonce: pending.nonce,
    });
    return { url: url.href, pending };
  }

  /** Checks the callback against the pending login, exchanges the code and returns who signed in. */
  async complete(query: string, pending: OidcPending): Promise<OidcIdentity> {
    const params = new URLSearchParams(query);
    if (params.get('state') !== pending.state) throw new OidcLoginError(HttpStatus.BAD_REQUEST, OIDC_MESSAGES.badState);
    if (params.has('error')) throw new OidcLoginError(HttpStatus.FORBIDDEN, OIDC_MESSAGES.providerRefused);
    const configuration = await this.configuration();
    const callbackUrl = new URL(this.settings.redirectUri);
    callbackUrl.search = params.toString();
    let tokens: Awaited<ReturnType<typeof client.authorizationCodeGrant>>;
    try {
      tokens = await client.authorizationCodeGrant(configuration, callbackUrl, {
        pkceCodeVerifier: pending.verifier,
        expectedState: pending.state,
        expectedNonce: pending.nonce,
        idTokenExpected: true,
      });
    } catch (error) {
      logger.warn(`OIDC code exchange failed: ${error instanceof Error ? error.message : String(error)}`);
      throw new OidcLoginError(HttpStatus.BAD_REQUEST, OIDC_MESSAGES.exchangeFailed);
    }
    const claims = tokens.claims()!;
    let email = typeof claims.email === 'string' ? claims.email : null;
    let emailVerified = typeof claims.email_verified === 'boolean' ? claims.email_verified : undefined;
    let name = typeof claims.name === 'string' ? claims.name : null;
    if (!email) {
      // Providers that follow the spec strictly send scope claims only from the userinfo endpoint.
      const info = await client.fetchUserInfo(configuration, tokens.access_token, claims.sub).catch(() => null);
      email = typeof info?.email === 'string' ? info.email : null;
      emailVerified = typeof info?.email_verified === 'boolean' ? info.email_verified : emailVerified;
      name ??= typeof info?.name === 'string' ? info.name : null;
    }
    return { subject: claims.sub, email, emailVerified, name };
  }

  /** The provider's announced authorization endpoint; discovers it (throws OidcLoginError when that fails). */
  async authorizationEndpoint(): Promise<string | null> {
    return (await this.configuration()).serverMetadata().authorization_endpoint ?? null;
  }

  private configuration(): Promise<client.Configuration> {
    const settings = this.settings;
    this.discovered ??= (async () => {
      const issuer = new URL(settings.issuer);
      const insecure = issuer.protocol === 'http:' && isAllowedIssuer(settings.issuer);
      return client.discovery(issuer, settings.clientId, settings.clientSecret, undefined, insecure ? { execute: [client.allowInsecureRequests] } : undefined);
    })().catch((error: unknown) => {
      this.discovered = undefined;
      logger.error(`OIDC discovery failed: ${error instanceof Error ? error.message : String(error)}`);
      throw new OidcLoginError(HttpStatus.SERVICE_UNAVAILABLE, OIDC_MESSAGES.unavailable);
    });
    return this.discovered;
  }
}
