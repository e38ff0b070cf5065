import { ConflictException, Injectable } from '@nestjs/common';
import { InjectQueue } from '@nestjs/bullmq';
import type { Queue } from 'bullmq';
import { ExportsJob, QueueName, type ExportDto, type ExportJobData, type ExportPeriodDto } from '@resultatkedjan/contracts';
import type { AuthContext } from '../auth/auth-context.js';
import { AuditService } from '../audit/audit.service.js';
import { ruleViolation } from '../common/errors/field-errors.js';
import { orNotFound } from '../common/errors/not-found.js';
import { pageWindow, type Page } from '../common/pagination/page-query.dto.js';
import { TenantDb } from '../platform/database/tenant/tenant-db.service.js';
import { periodQueries } from '../periods/period.queries.js';
import { periodSnapshotQueries } from '../periods/period-snapshot.queries.js';
import type { CreateExportDto, ExportQueryDto } from './dto/export.dto.js';
import { EXPORT_SNAPSHOT_VERSION, exportFileName, reportKindOf, toExportDto } from './export-mapper.js';
import { periodExportQueries } from './period-export.queries.js';
import { EXPORT_CONTENT_TYPES } from './render/render-export.js';

const TERM = 'Exporten';
const EXPORTABLE_KINDS = ['helar', 'delar'];
/** Exports listed per period on the exports page. */
const EXPORTS_PER_PERIOD = 20;

export const EXPORT_JOB_OPTIONS = {
  attempts: 1,
  removeOnComplete: { age: 24 * 3600, count: 1000 },
  removeOnFail: { age: 7 * 24 * 3600, count: 1000 },
};

/**
 * Exports of locked helår (årsredovisning) and delår (delårsrapport) periods. Creating one checks the period and its
 * snapshot, stores the export as queued and audits it in one transaction, then queues the job (after the commit, so
 * the worker finds the row); the worker builds the file from the snapshot alone.
 */
@Injectable()
export class ExportsService {
  constructor(
    private readonly db: TenantDb,
    private readonly audit: AuditService,
    @InjectQueue(QueueName.exports) private readonly queue: Queue,
  ) {}

  async create(auth: AuthContext, body: CreateExportDto): Promise<ExportDto> {
    const dto = await this.db.run(auth.tenantId, async (m) => {
      const period = await periodQueries.findPeriod(m, body.periodId);
      if (!period) throw ruleViolation({ periodId: ['Perioden finns inte.'] });
      if (!EXPORTABLE_KINDS.includes(period.kind)) {
        throw ruleViolation({ periodId: ['Bara helår (årsredovisning) och delår (delårsrapport) kan exporteras.'] });
      }
      if (period.status !== 'last') throw ruleViolation({ periodId: ['Perioden är inte låst: en export görs bara från en låst period.'] });
      const version = (await periodSnapshotQueries.versionsOf(m, [period.id])).get(period.id);
      if (version === undefined) throw ruleViolation({ periodId: ['Perioden har ingen ögonblicksbild ännu; den tas strax efter låsningen.'] });
      if (version < EXPORT_SNAPSHOT_VERSION) {
        throw ruleViolation({ periodId: ['Periodens ögonblicksbild är tagen före exporterna fanns och saknar täljare, nämnare och bedömningar.'] });
      }
      const id = await periodExportQueries.insert(m, {
        tenantId: auth.tenantId, periodId: period.id, format: body.format, fileName: exportFileName(period, body.format),
        contentType: EXPORT_CONTENT_TYPES[body.format], createdByUserId: auth.userId,
      });
      const created = toExportDto((await periodExportQueries.find(m, id))!);
      await this.audit.record(m, auth, { action: 'create', entityType: 'period_export', entityId: id, after: created });
      return created;
    });
    const data: ExportJobData = { tenantId: auth.tenantId, exportId: dto.id };
    try {
      await this.queue.add(ExportsJob.build, data, { ...EXPORT_JOB_OPTIONS, jobId: `export-${dto.id}` });
    } catch (error) {
      // Not left queued forever: the list shows it failed, and a new export can be started.
      await this.db.run(auth.tenantId, (m) => periodExportQueries.fail(m, dto.id, 'Exporten kunde inte köas; försök igen.', new Date()));
      throw error;
    }
    return dto;
  }

  get(auth: AuthContext, id: string): Promise<ExportDto> {
    return this.db.run(auth.tenantId, async (m) => toExportDto(orNotFound(await periodExportQueries.find(m, id), TERM)));
  }

  list(auth: AuthContext, query: ExportQueryDto): Promise<Page<ExportDto>> {
    const window = pageWindow(query);
    return this.db.run(auth.tenantId, async (m) => {
      const { rows, total } = await periodExportQueries.page(m, query.periodId, window);
      return { items: rows.map(toExportDto), page: window.page, pageSize: window.pageSize, total };
    });
  }

  /** The locked helår and delår periods, newest first, each with whether it can be exported and its latest exports. */
  periods(auth: AuthContext): Promise<ExportPeriodDto[]> {
    return this.db.run(auth.tenantId, async (m) => {
      const periods = await periodQueries.lockedOfKinds(m, EXPORTABLE_KINDS);
      const ids = periods.map((p) => p.id);
      const versions = ids.length ? await periodSnapshotQueries.versionsOf(m, ids) : new Map<string, number>();
      const exports = ids.length ? (await periodExportQueries.ofPeriods(m, ids, EXPORTS_PER_PERIOD)).map(toExportDto) : [];
      return periods.map((p) => ({
        id: p.id,
        periodKey: p.period_key,
        kind: p.kind as 'helar' | 'delar',
        reportKind: reportKindOf(p.kind),
        coversFrom: p.covers_from,
        coversTo: p.covers_to,
        lockedAt: p.locked_at ? new Date(p.locked_at).toISOString() : null,
        exportable: (versions.get(p.id) ?? 0) >= EXPORT_SNAPSHOT_VERSION,
        exports: exports.filter((e) => e.periodId === p.id),
      }));
    });
  }

  async file(auth: AuthContext, id: string): Promise<{ fileName: string; contentType: string; data: Buffer }> {
    const row = await this.db.run(auth.tenantId, async (m) => orNotFound(await periodExportQueries.file(m, id), TERM));
    if (row.status !== 'klar' || row.data === null) throw new ConflictException('Filen är inte klar ännu.');
    return { fileName: row.file_name, contentType: row.content_type, data: row.data };
  }
}
