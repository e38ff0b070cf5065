import { Injectable } from '@nestjs/common';
import { Action } from '@resultatkedjan/contracts';
import { TenantDb } from '../../platform/database/tenant/tenant-db.service.js';
import { AuditService } from '../../audit/audit.service.js';
import type { AuthContext } from '../../auth/auth-context.js';
import { assertNodeInScope } from '../../auth/access-scope.js';
import { loadReportContent } from '../content/report-content.js';
import { draftVisibilityOf } from '../../goals/draft-visibility.js';
import { loadStoredValues, loadTargets } from '../content/stored-values.js';
import { buildReportDetail } from '../content/report-view.js';
import type { ReportImportResultDto } from '../dto/import-result.dto.js';
import { loadReportRef } from '../support/report-ref.js';
import { assertEditable, assertMayRead } from '../support/report-access.js';
import { bumpReportVersion } from '../support/bump-version.js';
import { reportSnapshot } from '../workflow/report-snapshot.js';
import { writeValues } from '../workflow/value-writer.js';
import type { UploadedFileData } from '../attachments/upload.interceptor.js';
import { buildImportTemplate } from './import-template.js';
import { checkImportRows } from './check-import-rows.js';
import { FILE_FIELD } from './columns.js';
import { readSheet, SheetError } from './read-sheet.js';
import { addFieldError, throwIfFieldErrors, type FieldErrors } from '../../common/errors/field-errors.js';

export const MAX_IMPORT_ROWS = 5000;

/** The report's XLSX template and the import of a filled template (XLSX or CSV), all rows or none. */
@Injectable()
export class ReportImportService {
  constructor(
    private readonly db: TenantDb,
    private readonly audit: AuditService,
  ) {}

  template(auth: AuthContext, reportId: string): Promise<{ filename: string; data: Buffer }> {
    return this.db.run(auth.tenantId, async (m) => {
      const ref = await loadReportRef(m, reportId);
      await assertMayRead(m, auth, ref);
      const content = await loadReportContent(m, ref, draftVisibilityOf(auth));
      const data = await buildImportTemplate(ref, content, await loadStoredValues(m, ref.orgNodeId, content), await loadTargets(m, content));
      return { filename: `Importmall ${ref.node.name} ${ref.period.periodKey}.xlsx`, data };
    });
  }

  async import(auth: AuthContext, reportId: string, file: UploadedFileData | undefined): Promise<ReportImportResultDto> {
    return this.db.run(auth.tenantId, async (m) => {
      const ref = await loadReportRef(m, reportId);
      await assertNodeInScope(m, auth, Action.reportWrite, ref.orgNodeId);
      assertEditable(ref);
      const errors: FieldErrors = {};
      if (!file) {
        addFieldError(errors, FILE_FIELD, 'Välj en fil att läsa in.');
        throwIfFieldErrors(errors, 'Ingenting lästes in.');
      }
      const sheet = await readSheet(file!.buffer, MAX_IMPORT_ROWS).catch((error: unknown) => {
        if (error instanceof SheetError) {
          addFieldError(errors, FILE_FIELD, error.message);
          return null;
        }
        throw error;
      });
      if (sheet && sheet.rows.length > MAX_IMPORT_ROWS) addFieldError(errors, FILE_FIELD, 'Filen har fler än 5 000 rader.');
      throwIfFieldErrors(errors, 'Ingenting lästes in.');

      const content = await loadReportContent(m, ref, draftVisibilityOf(auth));
      const edits = checkImportRows(sheet!, content, ref, errors);
      throwIfFieldErrors(errors, 'Ingenting lästes in. Rätta raderna nedan och försök igen.');

      const version = await bumpReportVersion(m, ref.id, ref.version);
      const changed = await writeValues(m, auth, ref, edits, await loadStoredValues(m, ref.orgNodeId, content), 'import');
      await this.audit.record(m, auth, {
        action: 'import',
        entityType: 'report',
        entityId: ref.id,
        before: reportSnapshot(ref),
        after: { ...reportSnapshot({ ...ref, version }), rows: edits.length, changed },
      });
      return { rows: edits.length, changed, report: await buildReportDetail(m, auth, await loadReportRef(m, ref.id)) };
    });
  }
}
