import { HttpStatus, Injectable } from '@nestjs/common';
import { TenantDb } from '../../platform/database/tenant/tenant-db.service.js';
import { AuditService } from '../../audit/audit.service.js';
import type { AppUser } from '../app-user.entity.js';
import { userQueries } from '../../users/user.queries.js';
import type { OidcIdentity } from './oidc-client.service.js';
import { OidcLoginError, OIDC_MESSAGES } from './oidc-errors.js';

/**
 * Maps a signed-in identity to an existing, active user — never creates one. The e-mail claim finds the user
 * (through the same row-level-security lookup as password login); the provider's `sub` must then match the one
 * stored on the user, and is stored on the first SSO login so a later account with the same e-mail cannot take over.
 */
@Injectable()
export class OidcAccountService {
  constructor(
    private readonly db: TenantDb,
    private readonly audit: AuditService,
  ) {}

  async resolve(identity: OidcIdentity): Promise<AppUser> {
    if (!identity.email || identity.emailVerified === false) throw new OidcLoginError(HttpStatus.FORBIDDEN, OIDC_MESSAGES.noEmail);
    const email = identity.email.trim().toLowerCase();
    const user = await this.db.withSettings({ 'app.login_email': email }, (m) => userQueries.findByEmail(m, email));
    if (!user || !user.active) throw new OidcLoginError(HttpStatus.FORBIDDEN, OIDC_MESSAGES.unknownUser);
    if (user.oidcSubject !== null && user.oidcSubject !== identity.subject) throw new OidcLoginError(HttpStatus.FORBIDDEN, OIDC_MESSAGES.otherIdentity);
    if (user.oidcSubject === null) await this.bindSubject(user, identity.subject);
    return user;
  }

  private async bindSubject(user: AppUser, subject: string): Promise<void> {
    await this.db.run(user.tenantId, async (m) => {
      await userQueries.setOidcSubject(m, user.id, subject);
      const actor = { userId: user.id, tenantId: user.tenantId, email: user.email, displayName: user.displayName, grants: [], sessionId: '', csrfToken: '' };
      await this.audit.record(m, actor, {
        action: 'update',
        entityType: 'app_user',
        entityId: user.id,
        before: { oidcSubject: null },
        after: { oidcSubject: subject, via: 'sso' },
      });
    });
    user.oidcSubject = subject;
  }
}
