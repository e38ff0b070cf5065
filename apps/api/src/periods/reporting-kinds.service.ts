import { Injectable } from '@nestjs/common';
import { Action, FOLLOW_UP_KINDS, ORG_NODE_KINDS, type ReportingKinds, type ReportingKindsDto } from '@resultatkedjan/contracts';
import { TenantDb } from '../platform/database/tenant/tenant-db.service.js';
import { AuditService } from '../audit/audit.service.js';
import type { AuthContext } from '../auth/auth-context.js';
import { assertKommunWide } from './kommun-wide.js';
import { effectiveReportingKinds, loadReportingKinds, REPORTING_KINDS_SETTING } from './reporting-kinds.js';
import { tenantQueries } from '../tenancy/tenant.queries.js';
import { addFieldError, unprocessable, type FieldErrors } from '../common/errors/field-errors.js';

@Injectable()
export class ReportingKindsService {
  constructor(
    private readonly db: TenantDb,
    private readonly audit: AuditService,
  ) {}

  async get(auth: AuthContext): Promise<ReportingKindsDto> {
    return this.db.run(auth.tenantId, async (m) => ({ reportingKinds: await loadReportingKinds(m, auth.tenantId) }));
  }

  /** Replaces the whole table; node kinds left out report in no period. Affects periods that open from now on. */
  async put(auth: AuthContext, input: Record<string, unknown>): Promise<ReportingKindsDto> {
    assertKommunWide(auth, Action.calendarWrite);
    const fields: FieldErrors = {};
    for (const [nodeKind, kinds] of Object.entries(input)) {
      const path = `reportingKinds.${nodeKind}`;
      if (!(ORG_NODE_KINDS as string[]).includes(nodeKind)) {
        addFieldError(fields, path, `Okänd organisationsnodtyp; tillåtna är ${ORG_NODE_KINDS.join(', ')}.`);
      } else if (!Array.isArray(kinds) || !kinds.every((k) => (FOLLOW_UP_KINDS as unknown[]).includes(k)) || new Set(kinds).size !== kinds.length) {
        addFieldError(fields, path, `Måste vara en lista med olika periodtyper bland ${FOLLOW_UP_KINDS.join(', ')}.`);
      }
    }
    if (Object.keys(fields).length > 0) throw unprocessable(fields);
    const reportingKinds = effectiveReportingKinds(input as Partial<ReportingKinds>);
    return this.db.run(auth.tenantId, async (m) => {
      const before = await loadReportingKinds(m, auth.tenantId);
      // Only this key of the settings document changes; the rest belongs to the tenant settings feature.
      await tenantQueries.setSettingsKey(m, auth.tenantId, REPORTING_KINDS_SETTING, reportingKinds);
      await this.audit.record(m, auth, { action: 'update', entityType: 'tenant_reporting_kinds', entityId: auth.tenantId, before, after: reportingKinds });
      return { reportingKinds };
    });
  }
}
