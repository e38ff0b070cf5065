import { createHmac, timingSafeEqual } from 'node:crypto';

export const OIDC_STATE_COOKIE = 'rk_oidc';
export const OIDC_STATE_TTL_MS = 10 * 60 * 1000;

/** What the login step hands to the callback step: PKCE verifier, state and nonce. */
export interface OidcPending {
  state: string;
  nonce: string;
  verifier: string;
  expiresAt: number;
  /** The kommun whose provider the login went to; null for the installation's own (env) provider. */
  tenantId: string | null;
}

/**
 * A short-lived, httpOnly cookie carries the pending login between redirect and callback, HMAC-signed with a key
 * derived from the installation's secret key (SecretBox) so it cannot be forged or altered. It is single use (cleared by the callback).
 */
export class OidcStateCookie {
  private readonly key: Buffer;

  constructor(key: Buffer) {
    this.key = key;
  }

  seal(pending: OidcPending): string {
    const payload = Buffer.from(JSON.stringify(pending)).toString('base64url');
    return `${payload}.${this.sign(payload)}`;
  }

  /** The pending login, or null when the cookie is missing, altered or expired. */
  open(value: string | undefined, now = Date.now()): OidcPending | null {
    if (!value) return null;
    const [payload, signature, extra] = value.split('.');
    if (!payload || !signature || extra !== undefined) return null;
    const expected = Buffer.from(this.sign(payload));
    const given = Buffer.from(signature);
    if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
    try {
      const pending = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as OidcPending;
      return typeof pending.expiresAt === 'number' && pending.expiresAt > now ? pending : null;
    } catch {
      return null;
    }
  }

  private sign(payload: string): string {
    return createHmac('sha256', this.key).update(payload).digest('base64url');
  }
}
