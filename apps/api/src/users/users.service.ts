import { ConflictException, ForbiddenException, Inject, Injectable } from '@nestjs/common';
import { invitationLink, issueInvitation } from '../auth/invitations/invitation-token.js';
import { invitationNotice } from '../auth/invitations/invitation-notice.js';
import { invitationQueries } from '../auth/invitations/invitation.queries.js';
import { NotificationService } from '../notifications/notification.service.js';
import { APP_CONFIG } from '../platform/config/config.module.js';
import type { AppConfig } from '../platform/config/app-config.js';
import { tenantQueries } from '../tenancy/tenant.queries.js';
import { unprocessable } from '../common/errors/field-errors.js';
import type { EntityManager } from 'typeorm';
import { Action } from '@resultatkedjan/contracts';
import { TenantDb } from '../platform/database/tenant/tenant-db.service.js';
import { AuditService } from '../audit/audit.service.js';
import type { AuthContext } from '../auth/auth-context.js';
import { assertNodeInScope, grantedRoots } from '../auth/access-scope.js';
import type { AppUser } from '../auth/app-user.entity.js';
import { hashPassword } from '../auth/password.js';
import { userSessionQueries } from '../auth/user-session.queries.js';
import { orNotFound } from '../common/errors/not-found.js';
import { orgNodeQueries } from '../org/org-node.queries.js';
import { pageWindow, type Page } from '../common/pagination/page-query.dto.js';
import type { UserInvitationDto, UserRoleGrantDto, UserDto } from './dto/user.dto.js';
import type { CreateUserDto, GrantRoleDto, UpdateUserDto, UserQueryDto } from './dto/user-input.dto.js';
import { toUserDto, USER_NOT_FOUND, userSnapshot } from './user.mapper.js';
import { userQueries } from './user.queries.js';

const EMAIL_TAKEN = 'E-postadressen används redan av ett annat konto.';
const LAST_ADMIN = 'Kommunen måste ha minst en aktiv administratör för hela kommunen.';

/** Admin management of the kommun's users and their role grants; every change is audited. */
@Injectable()
export class UsersService {
  constructor(
    private readonly db: TenantDb,
    private readonly audit: AuditService,
    private readonly notifications: NotificationService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  list(auth: AuthContext, query: UserQueryDto): Promise<Page<UserDto>> {
    const { skip, take, page, pageSize } = pageWindow(query);
    const search = query.q?.trim() ? `%${query.q.trim().toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%` : null;
    return this.db.run(auth.tenantId, async (m) => {
      const { rows: users, total } = await userQueries.page(m, search, { skip, take });
      const ids = users.map((u) => u.id);
      const grants = await userQueries.grantsOf(m, ids);
      const invitations = await invitationQueries.openUntil(m, ids);
      return { items: users.map((u) => toUserDto(u, grants.get(u.id)!, invitations.get(u.id))), page, pageSize, total };
    });
  }

  get(auth: AuthContext, userId: string): Promise<UserDto> {
    return this.db.run(auth.tenantId, async (m) => this.dto(m, await findUser(m, userId)));
  }

  async create(auth: AuthContext, dto: CreateUserDto): Promise<UserDto> {
    const email = dto.email.trim().toLowerCase();
    const passwordHash = dto.password ? await hashPassword(dto.password) : null;
    try {
      return await this.db.run(auth.tenantId, async (m) => {
        if (await userQueries.emailTaken(m, email)) throw new ConflictException(EMAIL_TAKEN);
        const user = await userQueries.insert(m, {
          tenantId: auth.tenantId,
          email,
          displayName: dto.displayName.trim(),
          passwordHash,
          oidcSubject: dto.oidcSubject ?? null,
          active: true,
        });
        await this.audit.record(m, auth, { action: 'create', entityType: 'app_user', entityId: user.id, before: null, after: userSnapshot(user) });
        return this.dto(m, user);
      });
    } catch (error) {
      // E-mail is unique across kommuner (login needs only e-mail); the message does not say where it is used.
      if (isUniqueViolation(error)) throw new ConflictException(EMAIL_TAKEN);
      throw error;
    }
  }

  async update(auth: AuthContext, userId: string, dto: UpdateUserDto): Promise<UserDto> {
    const passwordHash = dto.password ? await hashPassword(dto.password) : undefined;
    return this.db.run(auth.tenantId, async (m) => {
      const user = await findUser(m, userId);
      const before = userSnapshot(user);
      if (dto.active === false && user.active) await this.assertMayDeactivate(m, auth, user);
      if (dto.displayName !== undefined) user.displayName = dto.displayName.trim();
      if (dto.active !== undefined) user.active = dto.active;
      if (dto.oidcSubject !== undefined) user.oidcSubject = dto.oidcSubject;
      if (passwordHash) user.passwordHash = passwordHash;
      await userQueries.save(m, user);
      if (!user.active) await userSessionQueries.deleteAllOf(m, user.id);
      await this.audit.record(m, auth, {
        action: 'update',
        entityType: 'app_user',
        entityId: user.id,
        before,
        after: { ...userSnapshot(user), ...(passwordHash ? { passwordChanged: true } : {}) },
      });
      return this.dto(m, user);
    });
  }

  grant(auth: AuthContext, userId: string, dto: GrantRoleDto): Promise<UserDto> {
    return this.db.run(auth.tenantId, async (m) => {
      const user = await findUser(m, userId);
      await this.assertMayGrantAt(m, auth, dto.orgNodeId);
      if (await userQueries.hasGrant(m, userId, dto.role, dto.orgNodeId)) {
        throw new ConflictException('Användaren har redan den rollen för den delen av organisationen.');
      }
      const grant = await userQueries.insertGrant(m, { tenantId: auth.tenantId, userId, role: dto.role, orgNodeId: dto.orgNodeId });
      await this.audit.record(m, auth, {
        action: 'create',
        entityType: 'role_grant',
        entityId: grant.id,
        before: null,
        after: { userId, email: user.email, role: grant.role, orgNodeId: grant.orgNodeId },
      });
      return this.dto(m, user);
    });
  }

  revoke(auth: AuthContext, userId: string, grantId: string): Promise<UserDto> {
    return this.db.run(auth.tenantId, async (m) => {
      const user = await findUser(m, userId);
      const grant = orNotFound(await userQueries.findGrant(m, grantId, userId), 'Rollen');
      await this.assertMayGrantAt(m, auth, grant.orgNodeId);
      if (grant.role === 'admin' && grant.orgNodeId === null && (await userQueries.otherKommunAdmins(m, null, grant.id)) === 0) {
        throw new ConflictException(LAST_ADMIN);
      }
      await userQueries.deleteGrant(m, grant.id);
      await this.audit.record(m, auth, {
        action: 'delete',
        entityType: 'role_grant',
        entityId: grant.id,
        before: { userId, email: user.email, role: grant.role, orgNodeId: grant.orgNodeId },
        after: null,
      });
      return this.dto(m, user);
    });
  }

  /**
   * A one-time link (7 days) with which the user chooses a password; an earlier open link stops working. The link is
   * returned to the admin and e-mailed when SMTP is set, so an admin can hand it over either way.
   */
  async invite(auth: AuthContext, userId: string): Promise<UserInvitationDto> {
    const sent = await this.db.run(auth.tenantId, async (m) => {
      const user = await findUser(m, userId);
      if (!user.active) throw unprocessable({ active: ['Kontot är inaktiverat. Aktivera det innan du bjuder in.'] });
      const tenant = await tenantQueries.find(m, auth.tenantId);
      const invitation = await issueInvitation(m, auth.tenantId, user.id);
      const link = invitationLink(this.config.publicUrl, invitation.token);
      await this.audit.record(m, auth, {
        action: 'invite',
        entityType: 'app_user',
        entityId: user.id,
        before: null,
        after: { email: user.email, expiresAt: invitation.expiresAt.toISOString() },
      });
      const what = `${auth.displayName} har bjudit in dig till ${tenant!.name} i Resultatkedjan.`;
      const notificationIds = await this.notifications.record(m, auth.tenantId, [invitationNotice(user, tenant!.name, link, invitation.expiresAt, what)]);
      return { link, expiresAt: invitation.expiresAt.toISOString(), notificationIds };
    });
    await this.notifications.dispatch(auth.tenantId, sent.notificationIds);
    return { link: sent.link, expiresAt: sent.expiresAt };
  }

  private async dto(m: EntityManager, user: AppUser): Promise<UserDto> {
    const grants: Map<string, UserRoleGrantDto[]> = await userQueries.grantsOf(m, [user.id]);
    const invitations = await invitationQueries.openUntil(m, [user.id]);
    return toUserDto(user, grants.get(user.id)!, invitations.get(user.id));
  }

  /** A role for the whole kommun needs a kommun-wide admin; a scoped role needs the node in the admin's scope. */
  private async assertMayGrantAt(m: EntityManager, auth: AuthContext, orgNodeId: string | null): Promise<void> {
    if (orgNodeId === null) {
      if (grantedRoots(auth, Action.userManage).includes(null)) return;
      throw new ForbiddenException('Endast en administratör för hela kommunen kan ge roller för hela kommunen.');
    }
    if (!(await orgNodeQueries.exists(m, orgNodeId))) {
      throw unprocessable({ orgNodeId: ['Organisationsenheten finns inte.'] });
    }
    await assertNodeInScope(m, auth, Action.userManage, orgNodeId);
  }

  private async assertMayDeactivate(m: EntityManager, auth: AuthContext, user: AppUser): Promise<void> {
    if (user.id === auth.userId) {
      throw unprocessable({ active: ['Du kan inte inaktivera ditt eget konto.'] });
    }
    if ((await userQueries.isKommunAdmin(m, user.id)) && (await userQueries.otherKommunAdmins(m, user.id, null)) === 0) {
      throw new ConflictException(LAST_ADMIN);
    }
  }
}

async function findUser(m: EntityManager, userId: string): Promise<AppUser> {
  return orNotFound(await userQueries.findById(m, userId), USER_NOT_FOUND);
}

function isUniqueViolation(error: unknown): boolean {
  const e = error as { code?: string; driverError?: { code?: string } } | null;
  return e?.code === '23505' || e?.driverError?.code === '23505';
}
