import { randomUUID } from 'node:crypto';
import { ConflictException, Inject, Injectable, NotFoundException } from '@nestjs/common';
import { isAllowedKommunkod, SWEDISH_KOMMUNER } from '@resultatkedjan/contracts';
import { formatDate } from '@resultatkedjan/domain';
import { auditQueries } from '../../audit/audit.queries.js';
import { invitationLink, issueInvitation } from '../../auth/invitations/invitation-token.js';
import { invitationNotice } from '../../auth/invitations/invitation-notice.js';
import { addFieldError, throwIfFieldErrors, type FieldErrors } from '../../common/errors/field-errors.js';
import { isUniqueViolation } from '../../common/errors/db-errors.js';
import { NotificationService } from '../../notifications/notification.service.js';
import { APP_CONFIG } from '../../platform/config/config.module.js';
import type { AppConfig } from '../../platform/config/app-config.js';
import { TenantDb } from '../../platform/database/tenant/tenant-db.service.js';
import type { Tenant } from '../../tenancy/tenant.entity.js';
import { tenantQueries } from '../../tenancy/tenant.queries.js';
import { userQueries } from '../../users/user.queries.js';
import type { OperatorContext } from '../operator-context.js';
import { OPERATOR_SETTING, platformOperatorQueries } from '../platform-operator.queries.js';
import type { CreatedKommunDto, CreateKommunDto, KommunDto } from './kommun.dto.js';
import { startKommun, startSettings } from './kommun-start.js';

/**
 * The platform operator starts, lists and deactivates kommuner. A new kommun gets its KF node, the standard
 * follow-up calendar for this year and the next, the default settings and reporting kinds, and one administrator
 * with a one-time invitation link (also e-mailed when SMTP is set). All of it in one transaction, recorded in the
 * platform trail and in the new kommun's own audit trail.
 */
@Injectable()
export class KommunOnboardingService {
  constructor(
    private readonly db: TenantDb,
    private readonly notifications: NotificationService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  list(operator: OperatorContext): Promise<KommunDto[]> {
    return this.db.withSettings({ [OPERATOR_SETTING]: operator.operatorId }, async (m) => (await tenantQueries.directory(m)).map(toDto));
  }

  async create(operator: OperatorContext, input: CreateKommunDto, today = formatDate(new Date())): Promise<CreatedKommunDto> {
    const kommunkod = input.kommunkod.trim();
    const namn = input.namn.trim();
    const adminEmail = input.adminEmail.trim().toLowerCase();
    const fields: FieldErrors = {};
    if (!isAllowedKommunkod(kommunkod)) addFieldError(fields, 'kommunkod', `${kommunkod} är inte en svensk kommuns kommunkod (99xx går att använda för demo- och testkommuner).`);
    throwIfFieldErrors(fields);

    const tenantId = randomUUID();
    const settings = { [OPERATOR_SETTING]: operator.operatorId, 'app.tenant_id': tenantId };
    try {
      const created = await this.db.withSettings(settings, async (m) => {
        if (await tenantQueries.kommunkodTaken(m, kommunkod)) throw new ConflictException(`Kommunkod ${kommunkod} har redan en kommun.`);
        await tenantQueries.insert(m, { id: tenantId, name: namn, kommunkod, settings: startSettings(), emailDomains: [adminEmail.split('@')[1]!] });
        const start = await startKommun(m, tenantId, Number(today.slice(0, 4)));
        const admin = await userQueries.insert(m, { tenantId, email: adminEmail, displayName: adminEmail, passwordHash: null, oidcSubject: null, active: true });
        await userQueries.insertGrant(m, { tenantId, userId: admin.id, role: 'admin', orgNodeId: null });
        const invitation = await issueInvitation(m, tenantId, admin.id);
        const link = invitationLink(this.config.publicUrl, invitation.token);
        await auditQueries.insert(m, { tenantId, userId: null, requestId: operator.requestId ?? null }, [
          { action: 'create', entityType: 'tenant', entityId: tenantId, before: null, after: { kommunkod, namn, by: 'plattformsoperatör', kfNodeId: start.kfNodeId, periods: start.periodKeys } },
          { action: 'invite', entityType: 'app_user', entityId: admin.id, before: null, after: { email: adminEmail, role: 'admin', expiresAt: invitation.expiresAt.toISOString() } },
        ]);
        await platformOperatorQueries.recordEvent(m, {
          operatorId: operator.operatorId,
          action: 'kommun.create',
          targetTenantId: tenantId,
          details: { kommunkod, namn, adminEmail, realKommun: SWEDISH_KOMMUNER[kommunkod] ?? null },
          requestId: operator.requestId ?? null,
        });
        const notificationIds = await this.notifications.record(m, tenantId, [
          invitationNotice(admin, namn, link, invitation.expiresAt, `Du är administratör för ${namn} i Resultatkedjan.`),
        ]);
        const tenant = await tenantQueries.find(m, tenantId);
        return { tenant: tenant!, link, expiresAt: invitation.expiresAt, notificationIds };
      });
      await this.notifications.dispatch(tenantId, created.notificationIds);
      return { ...toDto(created.tenant), invitationLink: created.link, invitationExpiresAt: created.expiresAt.toISOString() };
    } catch (error) {
      if (isUniqueViolation(error)) {
        throw new ConflictException('Kommunkoden eller administratörens e-postadress används redan i installationen.');
      }
      throw error;
    }
  }

  /**
   * A deactivated kommun keeps its data; nobody signs in, open sessions stop working at once (rk_resolve_session
   * checks the kommun) and no job runs for it. Reactivating undoes that.
   */
  async setActive(operator: OperatorContext, tenantId: string, active: boolean): Promise<KommunDto> {
    return this.db.withSettings({ [OPERATOR_SETTING]: operator.operatorId }, async (m) => {
      const before = await tenantQueries.find(m, tenantId);
      if (!before) throw new NotFoundException('Kommunen finns inte.');
      await tenantQueries.setActive(m, tenantId, active);
      await platformOperatorQueries.recordEvent(m, {
        operatorId: operator.operatorId,
        action: active ? 'kommun.activate' : 'kommun.deactivate',
        targetTenantId: tenantId,
        details: { kommunkod: before.kommunkod },
        requestId: operator.requestId ?? null,
      });
      return toDto((await tenantQueries.find(m, tenantId))!);
    });
  }
}

function toDto(tenant: Tenant): KommunDto {
  return {
    id: tenant.id,
    kommunkod: tenant.kommunkod,
    namn: tenant.name,
    active: tenant.active,
    createdAt: tenant.createdAt.toISOString(),
    deactivatedAt: tenant.deactivatedAt?.toISOString() ?? null,
  };
}
