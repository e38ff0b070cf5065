import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { ExportContent, ExportFormat } from '@resultatkedjan/contracts';
import { auditQueries } from '../audit/audit.queries.js';
import { TenantDb } from '../platform/database/tenant/tenant-db.service.js';
import { periodSnapshotQueries } from '../periods/period-snapshot.queries.js';
import { buildExportContent, type ExportableSnapshot } from './content/build-export-content.js';
import { periodExportQueries } from './period-export.queries.js';
import { renderExport } from './render/render-export.js';
import { EXPORT_SNAPSHOT_VERSION } from './export-mapper.js';

export type ExportBuildOutcome = 'klar' | 'misslyckad' | 'redan-klar';

/** Same snapshot and format → same hash: the content that goes in the file, without the generation time. */
export function contentHash(content: ExportContent, format: ExportFormat): string {
  return createHash('sha256').update(format).update(JSON.stringify(content)).digest('hex');
}

/**
 * Worker side of one export: reads the period's snapshot (never live data), builds the content once, renders the
 * format and stores the file, recording progress as it goes and the outcome in the audit trail under the user who
 * started it. A snapshot that exports cannot read fails the export with a reason instead of retrying.
 */
@Injectable()
export class ExportBuilder {
  constructor(private readonly db: TenantDb) {}

  async build(tenantId: string, exportId: string): Promise<ExportBuildOutcome> {
    const loaded = await this.db.run(tenantId, async (m) => {
      const job = await periodExportQueries.job(m, exportId);
      if (!job || job.status === 'klar') return null;
      await periodExportQueries.setProgress(m, exportId, 'pagar', 10);
      return { job, snapshot: await periodSnapshotQueries.findForExport(m, job.period_id) };
    });
    if (loaded === null) return 'redan-klar';
    const { job, snapshot } = loaded;
    const actor = { tenantId, userId: job.created_by_user_id, requestId: null };
    if (snapshot === null || snapshot.version !== EXPORT_SNAPSHOT_VERSION) {
      return this.fail(tenantId, exportId, actor, 'Perioden saknar en ögonblicksbild som exporten kan läsa.');
    }
    try {
      const content = buildExportContent(snapshot as ExportableSnapshot);
      await this.db.run(tenantId, (m) => periodExportQueries.setProgress(m, exportId, 'pagar', 50));
      const finishedAt = new Date();
      const data = await renderExport(content, job.format, finishedAt);
      const hash = contentHash(content, job.format);
      await this.db.run(tenantId, async (m) => {
        await periodExportQueries.complete(m, exportId, { data, contentHash: hash, finishedAt });
        await auditQueries.insert(m, actor, [
          { action: 'update', entityType: 'period_export', entityId: exportId, before: null, after: { status: 'klar', size: data.length, contentHash: hash } },
        ]);
      });
      return 'klar';
    } catch (error) {
      return this.fail(tenantId, exportId, actor, `Exporten kunde inte skapas: ${(error as Error).message}`);
    }
  }

  private async fail(tenantId: string, exportId: string, actor: { tenantId: string; userId: string | null; requestId: null }, message: string): Promise<'misslyckad'> {
    await this.db.run(tenantId, async (m) => {
      await periodExportQueries.fail(m, exportId, message, new Date());
      await auditQueries.insert(m, actor, [
        { action: 'update', entityType: 'period_export', entityId: exportId, before: null, after: { status: 'misslyckad', error: message } },
      ]);
    });
    return 'misslyckad';
  }
}
