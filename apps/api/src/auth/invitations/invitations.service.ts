import { GoneException, Injectable, NotFoundException } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { auditQueries } from '../../audit/audit.queries.js';
import { addFieldError, throwIfFieldErrors, type FieldErrors } from '../../common/errors/field-errors.js';
import { TenantDb } from '../../platform/database/tenant/tenant-db.service.js';
import { tenantQueries } from '../../tenancy/tenant.queries.js';
import { userQueries } from '../../users/user.queries.js';
import { hashPassword } from '../password.js';
import { hashToken } from '../session-token.js';
import type { InvitationDto } from './invitation.dto.js';
import { INVITATION_TOKEN_SETTING, invitationQueries } from './invitation.queries.js';
import { passwordWeakness } from './password-strength.js';
import type { UserInvitation } from './user-invitation.entity.js';

const UNKNOWN = 'Inbjudan finns inte. Be din administratör om en ny länk.';
const USED_OR_EXPIRED = 'Inbjudan har redan använts eller gått ut. Be din administratör om en ny länk.';

/**
 * The invitee's side of an invitation: who it is for, and setting the first password with it. The link is found by
 * the SHA-256 of its token (policy invitation_lookup) before any kommun is known; then everything runs in its kommun.
 */
@Injectable()
export class InvitationsService {
  constructor(private readonly db: TenantDb) {}

  async describe(token: string): Promise<InvitationDto> {
    const invitation = await this.usable(token);
    return this.db.run(invitation.tenantId, async (m) => {
      const [user, tenant] = await Promise.all([userQueries.findById(m, invitation.userId), tenantQueries.find(m, invitation.tenantId)]);
      if (!user || !tenant) throw new NotFoundException(UNKNOWN);
      return { email: user.email, displayName: user.displayName, kommun: tenant.name, kommunkod: tenant.kommunkod, expiresAt: invitation.expiresAt.toISOString() };
    });
  }

  /** Sets the password and uses up the link, all or nothing; the user then signs in as usual. */
  async accept(token: string, password: string, requestId: string | null): Promise<void> {
    const invitation = await this.usable(token);
    const passwordHash = await hashPassword(password);
    await this.db.run(invitation.tenantId, async (m) => {
      const user = await userQueries.findById(m, invitation.userId);
      if (!user || !user.active) throw new GoneException(USED_OR_EXPIRED);
      const fields: FieldErrors = {};
      const weakness = passwordWeakness(password, user.email);
      if (weakness) addFieldError(fields, 'password', weakness);
      throwIfFieldErrors(fields, weakness ?? undefined);
      if (!(await invitationQueries.use(m, invitation.id))) throw new GoneException(USED_OR_EXPIRED);
      user.passwordHash = passwordHash;
      await userQueries.save(m, user);
      await audit(m, invitation, requestId);
    });
  }

  private async usable(token: string): Promise<UserInvitation> {
    const tokenHash = hashToken(token);
    const invitation = await this.db.withSettings({ [INVITATION_TOKEN_SETTING]: tokenHash }, (m) => invitationQueries.findByTokenHash(m, tokenHash));
    if (!invitation) throw new NotFoundException(UNKNOWN);
    if (invitation.usedAt || invitation.expiresAt.getTime() <= Date.now()) throw new GoneException(USED_OR_EXPIRED);
    return invitation;
  }
}

function audit(m: EntityManager, invitation: UserInvitation, requestId: string | null): Promise<void> {
  return auditQueries.insert(m, { tenantId: invitation.tenantId, userId: invitation.userId, requestId }, [
    { action: 'accept', entityType: 'user_invitation', entityId: invitation.id, before: null, after: { userId: invitation.userId, passwordSet: true } },
  ]);
}
