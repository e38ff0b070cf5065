import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { SignInSettingsDto, SsoCheckDto } from '@resultatkedjan/contracts';
import { AuditService } from '../../audit/audit.service.js';
import { addFieldError, throwIfFieldErrors, type FieldErrors } from '../../common/errors/field-errors.js';
import { SecretBox } from '../../platform/crypto/secret-box.js';
import { APP_CONFIG } from '../../platform/config/config.module.js';
import type { AppConfig } from '../../platform/config/app-config.js';
import { TenantDb } from '../../platform/database/tenant/tenant-db.service.js';
import { orgNodeQueries } from '../../org/org-node.queries.js';
import { tenantQueries } from '../../tenancy/tenant.queries.js';
import type { AuthContext } from '../auth-context.js';
import { isAllowedIssuer, OidcRelyingParty } from '../oidc/oidc-relying-party.js';
import { OidcProviders } from '../oidc/oidc-providers.service.js';
import type { TenantSso } from './tenant-sso.entity.js';
import { tenantSsoQueries } from './tenant-sso.queries.js';
import type { UpdateSignInSettingsDto } from './sign-in-settings.dto.js';

/** The kommun admin's view of how its users sign in: e-mail domains and the kommun's own OpenID provider. */
@Injectable()
export class SignInSettingsService {
  constructor(
    private readonly db: TenantDb,
    private readonly audit: AuditService,
    private readonly secrets: SecretBox,
    private readonly providers: OidcProviders,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  get(auth: AuthContext): Promise<SignInSettingsDto> {
    return this.db.run(auth.tenantId, (m) => this.read(m, auth.tenantId));
  }

  /** Replaces the settings in one transaction; the audit trail records what changed but never the secret. */
  update(auth: AuthContext, body: UpdateSignInSettingsDto): Promise<SignInSettingsDto> {
    return this.db.run(auth.tenantId, async (m) => {
      const before = await this.read(m, auth.tenantId);
      const stored = await tenantSsoQueries.find(m);
      const fields: FieldErrors = {};
      const emailDomains = [...new Set(body.emailDomains.map((d) => d.trim().toLowerCase()))];
      if (body.sso) {
        if (!isAllowedIssuer(body.sso.issuer, { loopbackHttp: this.config.env !== 'production' })) addFieldError(fields, 'sso.issuer', 'Ange utfärdarens adress med https:// (t.ex. https://login.microsoftonline.com/<id>/v2.0).');
        if (!body.sso.clientSecret && !stored) addFieldError(fields, 'sso.clientSecret', 'Ange klienthemligheten.');
        if (body.sso.provisionOrgNodeId && !(await orgNodeQueries.find(m, body.sso.provisionOrgNodeId))) {
          addFieldError(fields, 'sso.provisionOrgNodeId', 'Enheten finns inte i kommunen.');
        }
      }
      throwIfFieldErrors(fields);

      await tenantQueries.setEmailDomains(m, auth.tenantId, emailDomains);
      if (body.sso) {
        const { clientSecret, ...rest } = body.sso;
        await tenantSsoQueries.save(m, auth.tenantId, {
          ...rest,
          displayName: rest.displayName.trim(),
          issuer: rest.issuer.trim(),
          clientId: rest.clientId.trim(),
          clientSecretSealed: clientSecret ? this.secrets.seal(clientSecret) : stored!.clientSecretSealed,
        });
      } else if (stored) {
        await tenantSsoQueries.remove(m);
      }
      const after = await this.read(m, auth.tenantId);
      await this.audit.record(m, auth, {
        action: 'update',
        entityType: 'tenant_sign_in',
        entityId: auth.tenantId,
        before: withoutRedirect(before),
        after: { ...withoutRedirect(after), ...(body.sso?.clientSecret ? { clientSecretChanged: true } : {}) },
      });
      return after;
    });
  }

  /**
   * Asks the saved provider (enabled or not yet) for its OpenID configuration, afresh each time. Client id and secret
   * are only tried by a real sign-in: the providers offer no neutral way to check them.
   */
  async check(auth: AuthContext): Promise<SsoCheckDto> {
    const stored = await this.db.run(auth.tenantId, (m) => tenantSsoQueries.find(m));
    const fields: FieldErrors = {};
    if (!stored) addFieldError(fields, 'sso', 'Spara kommunens SSO först, sedan kan anslutningen testas.');
    throwIfFieldErrors(fields);
    const party = new OidcRelyingParty({ issuer: stored!.issuer, clientId: stored!.clientId, clientSecret: this.secrets.open(stored!.clientSecretSealed) ?? '', redirectUri: this.providers.kommunRedirectUri });
    try {
      const authorizationEndpoint = await party.authorizationEndpoint();
      return { reachable: true, authorizationEndpoint, message: `${stored!.issuer} svarar. Klient-id och hemlighet prövas vid första inloggningen.` };
    } catch {
      return {
        reachable: false,
        authorizationEndpoint: null,
        message: `${stored!.issuer} svarar inte med någon OpenID-konfiguration (${stored!.issuer.replace(/\/+$/, '')}/.well-known/openid-configuration). Kontrollera utfärdarens adress.`,
      };
    }
  }

  private async read(m: EntityManager, tenantId: string): Promise<SignInSettingsDto> {
    const tenant = await tenantQueries.find(m, tenantId);
    const sso = await tenantSsoQueries.find(m);
    return { emailDomains: tenant?.emailDomains ?? [], sso: sso && toDto(sso), redirectUri: this.providers.kommunRedirectUri };
  }
}

function toDto(row: TenantSso): NonNullable<SignInSettingsDto['sso']> {
  const { displayName, issuer, clientId, matchClaim, provisionRole, provisionOrgNodeId, enabled } = row;
  return { displayName, issuer, clientId, clientSecretSet: row.clientSecretSealed.length > 0, matchClaim, provisionRole, provisionOrgNodeId, enabled };
}

function withoutRedirect({ redirectUri: _, ...rest }: SignInSettingsDto) {
  return rest;
}
