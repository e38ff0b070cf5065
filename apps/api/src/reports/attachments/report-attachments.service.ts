import { Injectable, type UnprocessableEntityException } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { Action } from '@resultatkedjan/contracts';
import { TenantDb } from '../../platform/database/tenant/tenant-db.service.js';
import { AuditService } from '../../audit/audit.service.js';
import type { AuthContext } from '../../auth/auth-context.js';
import { assertNodeInScope } from '../../auth/access-scope.js';
import { unprocessable } from '../../common/errors/field-errors.js';
import { orNotFound } from '../../common/errors/not-found.js';
import { pageWindow, type Page, type PageQueryDto } from '../../common/pagination/page-query.dto.js';
import type { ReportAttachment } from '../report-attachment.entity.js';
import { reportQueries, type AttachmentRow } from '../report.queries.js';
import type { ReportAttachmentDto } from '../dto/attachment.dto.js';
import { loadReportRef, type ReportRef } from '../support/report-ref.js';
import { assertEditable, assertMayRead } from '../support/report-access.js';
import { ATTACHMENT_NOT_FOUND } from '../support/report-messages.js';
import { checkAttachment, cleanFilename, CONTENT_TYPES } from './file-type.js';
import type { UploadedFileData } from './upload.interceptor.js';

export const MAX_ATTACHMENTS_PER_REPORT = 20;

export interface AttachmentFile {
  filename: string;
  contentType: string;
  data: Buffer;
}

/** Files attached to a report, kept in the database; added and removed only while the report is editable. */
@Injectable()
export class ReportAttachmentsService {
  constructor(
    private readonly db: TenantDb,
    private readonly audit: AuditService,
  ) {}

  list(auth: AuthContext, reportId: string, query: PageQueryDto): Promise<Page<ReportAttachmentDto>> {
    const { skip, take, page, pageSize } = pageWindow(query);
    return this.db.run(auth.tenantId, async (m) => {
      await assertMayRead(m, auth, await loadReportRef(m, reportId));
      const { rows, total } = await reportQueries.attachmentPage(m, reportId, { skip, take });
      return { items: rows.map(toDto), page, pageSize, total };
    });
  }

  download(auth: AuthContext, reportId: string, attachmentId: string): Promise<AttachmentFile> {
    return this.db.run(auth.tenantId, async (m) => {
      await assertMayRead(m, auth, await loadReportRef(m, reportId));
      const found = orNotFound(await reportQueries.findAttachment(m, attachmentId, reportId), ATTACHMENT_NOT_FOUND);
      return { filename: found.filename, contentType: found.contentType, data: found.data };
    });
  }

  upload(auth: AuthContext, reportId: string, file: UploadedFileData | undefined): Promise<ReportAttachmentDto> {
    return this.db.run(auth.tenantId, async (m) => {
      const ref = await this.editableRef(m, auth, reportId);
      if (!file) throw invalidFile('Välj en fil att ladda upp.');
      const filename = cleanFilename(file.originalname);
      const checked = checkAttachment(filename, file.buffer);
      if ('problem' in checked) throw invalidFile(checked.problem);
      if ((await reportQueries.countAttachments(m, ref.id)) >= MAX_ATTACHMENTS_PER_REPORT) throw invalidFile(`En rapport kan ha högst ${MAX_ATTACHMENTS_PER_REPORT} bilagor.`);
      const saved = await reportQueries.insertAttachment(m, {
        tenantId: auth.tenantId,
        reportId: ref.id,
        filename,
        contentType: CONTENT_TYPES[checked.kind],
        sizeBytes: file.buffer.length,
        data: file.buffer,
        uploadedBy: auth.userId,
      });
      await this.audit.record(m, auth, { action: 'create', entityType: 'report_attachment', entityId: saved.id, before: null, after: snapshot(ref, saved) });
      return toDto((await reportQueries.attachmentRow(m, saved.id))!);
    });
  }

  remove(auth: AuthContext, reportId: string, attachmentId: string): Promise<void> {
    return this.db.run(auth.tenantId, async (m) => {
      const ref = await loadReportRef(m, reportId);
      await assertNodeInScope(m, auth, Action.reportWrite, ref.orgNodeId);
      const found = orNotFound(await reportQueries.findAttachment(m, attachmentId, reportId), ATTACHMENT_NOT_FOUND);
      assertEditable(ref);
      await reportQueries.deleteAttachment(m, found.id);
      await this.audit.record(m, auth, { action: 'delete', entityType: 'report_attachment', entityId: found.id, before: snapshot(ref, found), after: null });
    });
  }

  private async editableRef(m: EntityManager, auth: AuthContext, reportId: string): Promise<ReportRef> {
    const ref = await loadReportRef(m, reportId);
    await assertNodeInScope(m, auth, Action.reportWrite, ref.orgNodeId);
    assertEditable(ref);
    return ref;
  }
}

function toDto(r: AttachmentRow): ReportAttachmentDto {
  return {
    id: r.id,
    filename: r.filename,
    contentType: r.content_type,
    sizeBytes: Number(r.size_bytes),
    uploadedBy: r.uploaded_by ? { id: r.uploaded_by, displayName: r.uploader_name ?? '' } : null,
    createdAt: new Date(r.created_at).toISOString(),
  };
}

function snapshot(ref: ReportRef, a: ReportAttachment): object {
  return { reportId: ref.id, orgNodeId: ref.orgNodeId, filename: a.filename, contentType: a.contentType, sizeBytes: a.sizeBytes };
}

function invalidFile(message: string): UnprocessableEntityException {
  return unprocessable({ file: [message] }, 'Filen kan inte tas emot.');
}
