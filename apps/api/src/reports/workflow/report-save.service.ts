import { Injectable } from '@nestjs/common';
import { Action } from '@resultatkedjan/contracts';
import { TenantDb } from '../../platform/database/tenant/tenant-db.service.js';
import { AuditService, type AuditEntry } from '../../audit/audit.service.js';
import type { AuthContext } from '../../auth/auth-context.js';
import { assertNodeInScope } from '../../auth/access-scope.js';
import { loadReportContent } from '../content/report-content.js';
import { draftVisibilityOf } from '../../goals/draft-visibility.js';
import { loadStoredValues } from '../content/stored-values.js';
import { loadAssessments } from '../content/assessments.js';
import { buildReportDetail } from '../content/report-view.js';
import type { ReportDetailDto } from '../dto/report-detail.dto.js';
import type { SaveReportDto } from '../dto/save-report.dto.js';
import { loadReportRef } from '../support/report-ref.js';
import { assertEditable, assertVersion } from '../support/report-access.js';
import { bumpReportVersion } from '../support/bump-version.js';
import { reportSnapshot } from './report-snapshot.js';
import { checkAssessmentInputs, checkValueInputs } from './check-edits.js';
import { writeAssessments } from './assessment-writer.js';
import { writeValues } from './value-writer.js';
import { throwIfFieldErrors, type FieldErrors } from '../../common/errors/field-errors.js';

/** PUT /reports/:id: values and assessments in one transaction, all or nothing, with optimistic locking. */
@Injectable()
export class ReportSaveService {
  constructor(
    private readonly db: TenantDb,
    private readonly audit: AuditService,
  ) {}

  save(auth: AuthContext, reportId: string, dto: SaveReportDto): Promise<ReportDetailDto> {
    return this.db.run(auth.tenantId, async (m) => {
      const ref = await loadReportRef(m, reportId);
      await assertNodeInScope(m, auth, Action.reportWrite, ref.orgNodeId);
      assertEditable(ref);
      assertVersion(ref, dto.version);

      const content = await loadReportContent(m, ref, draftVisibilityOf(auth));
      const errors: FieldErrors = {};
      const valueEdits = checkValueInputs(dto.values ?? [], content, ref, errors);
      const assessmentEdits = checkAssessmentInputs(dto.assessments ?? [], content, errors);
      throwIfFieldErrors(errors, 'Rapporten sparades inte. Rätta de markerade fälten.');

      const version = await bumpReportVersion(m, ref.id, ref.version);
      const stored = await loadStoredValues(m, ref.orgNodeId, content);
      const changedValues = await writeValues(m, auth, ref, valueEdits, stored, 'manual');
      const entries: AuditEntry[] = await writeAssessments(m, auth, ref, assessmentEdits, await loadAssessments(m, ref.id));
      if (changedValues + entries.length > 0) {
        entries.unshift({
          action: 'update',
          entityType: 'report',
          entityId: ref.id,
          before: reportSnapshot(ref),
          after: { ...reportSnapshot({ ...ref, version }), changedValues, changedAssessments: entries.length },
        });
      }
      await this.audit.record(m, auth, entries);
      return buildReportDetail(m, auth, await loadReportRef(m, ref.id));
    });
  }
}
