import { ConflictException, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { Action } from '@resultatkedjan/contracts';
import { TenantDb } from '../../platform/database/tenant/tenant-db.service.js';
import { AuditService } from '../../audit/audit.service.js';
import { NotificationService } from '../../notifications/notification.service.js';
import type { AuthContext } from '../../auth/auth-context.js';
import { assertNodeInScope } from '../../auth/access-scope.js';
import { loadReportContent } from '../content/report-content.js';
import { draftVisibilityOf } from '../../goals/draft-visibility.js';
import { loadAssessments } from '../content/assessments.js';
import { buildReportDetail } from '../content/report-view.js';
import type { ReportDetailDto } from '../dto/report-detail.dto.js';
import type { ReportStatus } from '../report.entity.js';
import { loadReportRef, type ReportRef } from '../support/report-ref.js';
import { assertPeriodOpen, assertVersion } from '../support/report-access.js';
import { bumpReportVersion } from '../support/bump-version.js';
import { REPORT_APPROVED } from '../support/report-messages.js';
import { reportSnapshot } from './report-snapshot.js';
import { submitErrors } from './submit-check.js';
import { decisionNotifications, type ReportDecision } from './decision-notifications.js';
import { throwIfFieldErrors } from '../../common/errors/field-errors.js';

type Transition = 'submit' | 'approve' | 'return' | 'reopen';

/** Who may move a report, from which statuses, to which status. */
const RULES: Record<Transition, { action: Action; from: ReportStatus[]; to: ReportStatus; refused: (s: ReportStatus) => string }> = {
  submit: {
    action: Action.reportSubmit,
    from: ['utkast', 'atersand'],
    to: 'inlamnad',
    refused: (s) => (s === 'godkand' ? REPORT_APPROVED : 'Rapporten är redan inlämnad.'),
  },
  approve: {
    action: Action.reportApprove,
    from: ['inlamnad'],
    to: 'godkand',
    refused: (s) => (s === 'godkand' ? 'Rapporten är redan godkänd.' : 'Endast inlämnade rapporter kan godkännas.'),
  },
  return: {
    action: Action.reportApprove,
    from: ['inlamnad'],
    to: 'atersand',
    refused: (s) => (s === 'godkand' ? 'Rapporten är godkänd. Öppna den igen med ett angivet skäl i stället.' : 'Endast inlämnade rapporter kan återsändas.'),
  },
  reopen: {
    action: Action.reportApprove,
    from: ['godkand'],
    to: 'atersand',
    refused: () => 'Endast godkända rapporter kan öppnas igen; rapporten är redan öppen eller väntar på granskning.',
  },
};

/** The report's status machine: utkast → inlämnad → godkänd | återsänd → inlämnad; godkänd → återsänd on reopen. */
@Injectable()
export class ReportWorkflowService {
  constructor(
    private readonly db: TenantDb,
    private readonly audit: AuditService,
    private readonly notifications: NotificationService,
  ) {}

  submit(auth: AuthContext, reportId: string, version?: number): Promise<ReportDetailDto> {
    return this.move(auth, reportId, 'submit', version, async (m, ref) => {
      const errors = submitErrors(await loadReportContent(m, ref, draftVisibilityOf(auth)), await loadAssessments(m, ref.id));
      throwIfFieldErrors(errors, 'Rapporten kan inte lämnas in förrän analysen och självvärderingen är ifyllda för varje mål.');
      // A new submission waits for a new decision; the previous one stays in the audit trail.
      return { submitted_at: new Date(), submitted_by: auth.userId, decided_at: null, decided_by: null };
    });
  }

  approve(auth: AuthContext, reportId: string, version?: number): Promise<ReportDetailDto> {
    return this.move(auth, reportId, 'approve', version, async () => ({ decided_at: new Date(), decided_by: auth.userId }));
  }

  returnToSender(auth: AuthContext, reportId: string, comment: string, version?: number): Promise<ReportDetailDto> {
    return this.move(auth, reportId, 'return', version, async () => ({
      decided_at: new Date(),
      decided_by: auth.userId,
      return_comment: comment.trim(),
    }));
  }

  reopen(auth: AuthContext, reportId: string, reason: string, version?: number): Promise<ReportDetailDto> {
    return this.move(auth, reportId, 'reopen', version, async () => ({
      decided_at: null,
      decided_by: null,
      reopen_reason: reason.trim(),
    }));
  }

  /** Moves the report in one transaction; a controller's decision also notifies the unit (e-mailed after commit). */
  private async move(
    auth: AuthContext,
    reportId: string,
    transition: Transition,
    version: number | undefined,
    prepare: (m: EntityManager, ref: ReportRef) => Promise<Record<string, unknown>>,
  ): Promise<ReportDetailDto> {
    const rule = RULES[transition];
    const { detail, notified } = await this.db.run(auth.tenantId, async (m) => {
      const ref = await loadReportRef(m, reportId);
      await assertNodeInScope(m, auth, rule.action, ref.orgNodeId);
      assertPeriodOpen(ref);
      assertVersion(ref, version);
      if (!rule.from.includes(ref.status)) throw new ConflictException(rule.refused(ref.status));
      const changes = await prepare(m, ref);
      await bumpReportVersion(m, ref.id, ref.version, { ...changes, status: rule.to });
      const after = await loadReportRef(m, ref.id);
      await this.audit.record(m, auth, {
        action: transition,
        entityType: 'report',
        entityId: ref.id,
        before: reportSnapshot(ref),
        after: reportSnapshot(after),
      });
      const decision: ReportDecision | null = transition === 'submit' ? null : transition;
      const notified = decision
        ? await this.notifications.record(m, auth.tenantId, await decisionNotifications(m, after, decision, auth.displayName))
        : [];
      return { detail: await buildReportDetail(m, auth, after), notified };
    });
    await this.notifications.dispatch(auth.tenantId, notified);
    return detail;
  }
}
