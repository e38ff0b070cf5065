import { HttpStatus, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AuditService } from '../../audit/audit.service.js';
import { TenantDb } from '../../platform/database/tenant/tenant-db.service.js';
import { tenantQueries } from '../../tenancy/tenant.queries.js';
import { userQueries } from '../../users/user.queries.js';
import type { AppUser } from '../app-user.entity.js';
import type { AuthContext } from '../auth-context.js';
import { invitationQueries } from '../invitations/invitation.queries.js';
import { pickLoginKommun } from '../login-kommun.js';
import { OidcLoginError, OIDC_MESSAGES } from './oidc-errors.js';
import type { OidcSource } from './oidc-providers.service.js';
import type { OidcIdentity } from './oidc-relying-party.js';

/**
 * Maps a signed-in identity to a user of one kommun. By e-mail (the default): the verified e-mail claim finds the
 * user, whose stored `sub` must then match, and is stored on the first SSO login so a later identity with the same
 * e-mail cannot take over. By `sub`: only the stored subject counts. When the kommun allows it, an identity without
 * an account gets one, with the kommun's default role. The installation's env provider finds the kommun by the
 * e-mail's domain (or the installation's only kommun). An invited user who signs in by SSO has accepted the
 * invitation: its link stops working, so nobody else can later set a password on the account with it.
 */
@Injectable()
export class OidcAccountService {
  constructor(
    private readonly db: TenantDb,
    private readonly audit: AuditService,
  ) {}

  async resolve(identity: OidcIdentity, source: OidcSource): Promise<AppUser> {
    const email = identity.email && identity.emailVerified !== false ? identity.email.trim().toLowerCase() : null;
    const tenantId = source.tenantId ?? (await this.kommunOfEmail(email));
    const matchBy = source.kommun?.matchClaim ?? 'email';
    if (matchBy === 'email' && !email) throw new OidcLoginError(HttpStatus.FORBIDDEN, OIDC_MESSAGES.noEmail);
    return this.db.run(tenantId, async (m) => {
      const user = matchBy === 'email' ? await userQueries.findByEmail(m, email!) : await userQueries.findBySubject(m, identity.subject);
      if (!user) return this.provision(m, tenantId, identity, email, source);
      if (!user.active) throw new OidcLoginError(HttpStatus.FORBIDDEN, OIDC_MESSAGES.unknownUser);
      if (user.oidcSubject !== null && user.oidcSubject !== identity.subject) throw new OidcLoginError(HttpStatus.FORBIDDEN, OIDC_MESSAGES.otherIdentity);
      if (user.oidcSubject === null) await this.bindSubject(m, user, identity.subject);
      await this.acceptOpenInvitations(m, user);
      return user;
    });
  }

  private async kommunOfEmail(email: string | null): Promise<string> {
    if (!email) throw new OidcLoginError(HttpStatus.FORBIDDEN, OIDC_MESSAGES.noEmail);
    const directory = await this.db.withSettings({}, (m) => tenantQueries.loginDirectory(m));
    const picked = pickLoginKommun(directory, { email });
    if ('problem' in picked) throw new OidcLoginError(HttpStatus.FORBIDDEN, OIDC_MESSAGES.unknownUser);
    return picked.tenantId;
  }

  private async provision(m: EntityManager, tenantId: string, identity: OidcIdentity, email: string | null, source: OidcSource): Promise<AppUser> {
    const role = source.kommun?.provisionRole ?? null;
    if (!role) throw new OidcLoginError(HttpStatus.FORBIDDEN, OIDC_MESSAGES.unknownUser);
    if (!email) throw new OidcLoginError(HttpStatus.FORBIDDEN, OIDC_MESSAGES.noEmail);
    // By sub, an unbound account with the same e-mail is somebody the admin created: it is not taken over here.
    if (await userQueries.emailTaken(m, email)) throw new OidcLoginError(HttpStatus.FORBIDDEN, OIDC_MESSAGES.otherIdentity);
    const displayName = identity.name?.trim().slice(0, 120) || email;
    const user = await userQueries.insert(m, { tenantId, email, displayName, passwordHash: null, oidcSubject: identity.subject, active: true });
    const grant = await userQueries.insertGrant(m, { tenantId, userId: user.id, role, orgNodeId: source.kommun!.provisionOrgNodeId });
    await this.audit.record(m, actorOf(user), [
      { action: 'create', entityType: 'app_user', entityId: user.id, before: null, after: { email, displayName, oidcSubject: identity.subject, via: 'sso-provisioning' } },
      { action: 'create', entityType: 'role_grant', entityId: grant.id, before: null, after: { userId: user.id, role, orgNodeId: grant.orgNodeId, via: 'sso-provisioning' } },
    ]);
    return user;
  }

  private async acceptOpenInvitations(m: EntityManager, user: AppUser): Promise<void> {
    const used = await invitationQueries.useOpenOf(m, user.id);
    if (used.length === 0) return;
    await this.audit.record(
      m,
      actorOf(user),
      used.map((id) => ({ action: 'accept', entityType: 'user_invitation', entityId: id, before: null, after: { userId: user.id, via: 'sso' } })),
    );
  }

  private async bindSubject(m: EntityManager, user: AppUser, subject: string): Promise<void> {
    await userQueries.setOidcSubject(m, user.id, subject);
    await this.audit.record(m, actorOf(user), {
      action: 'update',
      entityType: 'app_user',
      entityId: user.id,
      before: { oidcSubject: null },
      after: { oidcSubject: subject, via: 'sso' },
    });
    user.oidcSubject = subject;
  }
}

function actorOf(user: AppUser): AuthContext {
  return { userId: user.id, tenantId: user.tenantId, email: user.email, displayName: user.displayName, grants: [], sessionId: '', csrfToken: '' };
}
