import { HttpStatus, Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG } from '../../platform/config/config.module.js';
import type { AppConfig } from '../../platform/config/app-config.js';
import { SecretBox } from '../../platform/crypto/secret-box.js';
import { TenantDb } from '../../platform/database/tenant/tenant-db.service.js';
import type { TenantSso } from '../sso/tenant-sso.entity.js';
import { tenantSsoQueries } from '../sso/tenant-sso.queries.js';
import { OidcLoginError, OIDC_MESSAGES } from './oidc-errors.js';
import { OidcRelyingParty } from './oidc-relying-party.js';
import { OidcStateCookie } from './oidc-state-cookie.js';

export const OIDC_CALLBACK_PATH = '/api/v1/auth/oidc/callback';

/** One provider a login can go to, with how its identities become users. */
export interface OidcSource {
  party: OidcRelyingParty;
  name: string;
  /** null: the installation's env-configured provider (the kommun then follows from the e-mail's domain). */
  tenantId: string | null;
  /** The kommun's settings; null for the env provider (match by e-mail, no provisioning). */
  kommun: Pick<TenantSso, 'matchClaim' | 'provisionRole' | 'provisionOrgNodeId'> | null;
}

/**
 * The identity providers: the installation's own from the environment (a single-kommun installation) and each
 * kommun's own from tenant_sso. A kommun's relying party is kept until its settings change (discovery is cached).
 */
@Injectable()
export class OidcProviders {
  readonly stateCookie: OidcStateCookie;
  private readonly envSource: OidcSource | undefined;
  private readonly kommunParties = new Map<string, { version: string; party: OidcRelyingParty }>();

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly secrets: SecretBox,
    private readonly db: TenantDb,
  ) {
    this.stateCookie = new OidcStateCookie(secrets.derive('oidc state v2'));
    const env = config.oidc;
    this.envSource = env && { party: new OidcRelyingParty(env), name: env.providerName, tenantId: null, kommun: null };
  }

  get installationProvider(): OidcSource | undefined {
    return this.envSource;
  }

  /** The callback URL every kommun registers at its provider. */
  get kommunRedirectUri(): string {
    return `${this.config.publicUrl}${OIDC_CALLBACK_PATH}`;
  }

  /** The kommun's enabled provider, or null when it has none. */
  async forKommun(tenantId: string): Promise<OidcSource | null> {
    const row = await this.db.run(tenantId, (m) => tenantSsoQueries.find(m));
    if (!row?.enabled) return null;
    const version = `${row.updatedAt.toISOString()}|${row.issuer}|${row.clientId}`;
    let cached = this.kommunParties.get(tenantId);
    if (cached?.version !== version) {
      const clientSecret = this.secrets.open(row.clientSecretSealed);
      if (clientSecret === null) throw new OidcLoginError(HttpStatus.SERVICE_UNAVAILABLE, OIDC_MESSAGES.unavailable);
      cached = { version, party: new OidcRelyingParty({ issuer: row.issuer, clientId: row.clientId, clientSecret, redirectUri: this.kommunRedirectUri }) };
      this.kommunParties.set(tenantId, cached);
    }
    return { party: cached.party, name: row.displayName, tenantId, kommun: row };
  }

  /** The provider a pending login went to. */
  async forPending(tenantId: string | null): Promise<OidcSource> {
    const source = tenantId === null ? this.envSource : await this.forKommun(tenantId);
    if (!source) throw new OidcLoginError(HttpStatus.NOT_FOUND, OIDC_MESSAGES.notConfigured);
    return source;
  }
}
