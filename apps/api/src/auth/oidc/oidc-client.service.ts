import { HttpStatus, Inject, Injectable, Logger } from '@nestjs/common';
import * as client from 'openid-client';
import { APP_CONFIG } from '../../platform/config/config.module.js';
import type { AppConfig, OidcConfig } from '../../platform/config/app-config.js';
import { OidcLoginError, OIDC_MESSAGES } from './oidc-errors.js';
import { OIDC_STATE_TTL_MS, OidcStateCookie, type OidcPending } from './oidc-state-cookie.js';

export interface OidcIdentity {
  subject: string;
  email: string | null;
  emailVerified: boolean | undefined;
}

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * The app as an OpenID Connect relying party (authorization code + PKCE, with state and nonce), through the
 * openid-client library. The provider's metadata is discovered on first use and cached.
 */
@Injectable()
export class OidcClient {
  private readonly logger = new Logger('OidcClient');
  private readonly settings: OidcConfig | undefined;
  private readonly cookie: OidcStateCookie | undefined;
  private discovered: Promise<client.Configuration> | undefined;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.settings = config.oidc;
    this.cookie = config.oidc ? new OidcStateCookie(config.oidc.clientSecret) : undefined;
  }

  get enabled(): boolean {
    return this.settings !== undefined;
  }

  get providerName(): string | null {
    return this.settings?.providerName ?? null;
  }

  /** The provider's authorization URL and the sealed cookie value that the callback needs. */
  async begin(): Promise<{ url: string; cookie: string }> {
    const { settings, cookie } = this.require();
    const pending: OidcPending = {
      state: client.randomState(),
      nonce: client.randomNonce(),
      verifier: client.randomPKCECodeVerifier(),
      expiresAt: Date.now() + OIDC_STATE_TTL_MS,
    };
    const url = client.buildAuthorizationUrl(await this.configuration(), {
      redirect_uri: settings.redirectUri,
      scope: 'openid email profile',
      response_type: 'code',
      code_challenge: await client.calculatePKCECodeChallenge(pending.verifier),
      code_challenge_method: 'S256',
      state: pending.state,
      nonce: pending.nonce,
    });
    return { url: url.href, cookie: cookie.seal(pending) };
  }

  /** Checks the callback against the pending login, exchanges the code and returns who signed in. */
  async complete(query: string, sealed: string | undefined): Promise<OidcIdentity> {
    const { settings, cookie } = this.require();
    const pending = cookie.open(sealed);
    const params = new URLSearchParams(query);
    if (!pending || params.get('state') !== pending.state) throw new OidcLoginError(HttpStatus.BAD_REQUEST, OIDC_MESSAGES.badState);
    if (params.has('error')) throw new OidcLoginError(HttpStatus.FORBIDDEN, OIDC_MESSAGES.providerRefused);
    const configuration = await this.configuration();
    const callbackUrl = new URL(settings.redirectUri);
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
      this.logger.warn(`OIDC code exchange failed: ${error instanceof Error ? error.message : String(error)}`);
      throw new OidcLoginError(HttpStatus.BAD_REQUEST, OIDC_MESSAGES.exchangeFailed);
    }
    const claims = tokens.claims()!;
    let email = typeof claims.email === 'string' ? claims.email : null;
    let emailVerified = typeof claims.email_verified === 'boolean' ? claims.email_verified : undefined;
    if (!email) {
      // Providers that follow the spec strictly send scope claims only from the userinfo endpoint.
      const info = await client.fetchUserInfo(configuration, tokens.access_token, claims.sub).catch(() => null);
      email = typeof info?.email === 'string' ? info.email : null;
      emailVerified = typeof info?.email_verified === 'boolean' ? info.email_verified : emailVerified;
    }
    return { subject: claims.sub, email, emailVerified };
  }

  private require(): { settings: OidcConfig; cookie: OidcStateCookie } {
    if (!this.settings || !this.cookie) throw new OidcLoginError(HttpStatus.NOT_FOUND, OIDC_MESSAGES.notConfigured);
    return { settings: this.settings, cookie: this.cookie };
  }

  private configuration(): Promise<client.Configuration> {
    const settings = this.settings!;
    this.discovered ??= (async () => {
      const issuer = new URL(settings.issuer);
      // Plain http is allowed only to a provider on this machine (tests, local development).
      const insecure = issuer.protocol === 'http:' && LOOPBACK.has(issuer.hostname);
      return client.discovery(issuer, settings.clientId, settings.clientSecret, undefined, insecure ? { execute: [client.allowInsecureRequests] } : undefined);
    })().catch((error: unknown) => {
      this.discovered = undefined;
      this.logger.error(`OIDC discovery failed: ${error instanceof Error ? error.message : String(error)}`);
      throw new OidcLoginError(HttpStatus.SERVICE_UNAVAILABLE, OIDC_MESSAGES.unavailable);
    });
    return this.discovered;
  }
}
