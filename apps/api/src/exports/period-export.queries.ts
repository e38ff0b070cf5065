import type { EntityManager } from 'typeorm';
import type { ExportFormat, ExportStatus } from '@resultatkedjan/contracts';

/** An export without its file, with its period and who started it. */
export interface PeriodExportRow {
  id: string;
  period_id: string;
  period_key: string;
  period_kind: string;
  format: ExportFormat;
  status: ExportStatus;
  progress: number;
  file_name: string;
  size_bytes: number | null;
  content_hash: string | null;
  error: string | null;
  created_at: Date;
  finished_at: Date | null;
  created_by_name: string | null;
}

export interface ExportJobRow {
  period_id: string;
  format: ExportFormat;
  status: ExportStatus;
  created_by_user_id: string | null;
}

const SELECT = `SELECT e.id, e.period_id, p.period_key, p.kind AS period_kind, e.format, e.status, e.progress, e.file_name, e.size_bytes,
       e.content_hash, e.error, e.created_at, e.finished_at, u.display_name AS created_by_name
  FROM period_export e JOIN follow_up_period p ON p.id = e.period_id LEFT JOIN app_user u ON u.id = e.created_by_user_id`;

/** Every query on period_export (the exports and their files). */
export const periodExportQueries = {
  async insert(
    m: EntityManager,
    fields: { tenantId: string; periodId: string; format: ExportFormat; fileName: string; contentType: string; createdByUserId: string | null },
  ): Promise<string> {
    const [row]: { id: string }[] = await m.query(
      `INSERT INTO period_export (tenant_id, period_id, format, file_name, content_type, created_by_user_id) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
      [fields.tenantId, fields.periodId, fields.format, fields.fileName, fields.contentType, fields.createdByUserId],
    );
    return row!.id;
  },

  async find(m: EntityManager, id: string): Promise<PeriodExportRow | undefined> {
    const [row]: PeriodExportRow[] = await m.query(`${SELECT} WHERE e.id = $1`, [id]);
    return row;
  },

  /** Newest first; of one period or of all. */
  async page(m: EntityManager, periodId: string | undefined, window: { skip: number; take: number }): Promise<{ rows: PeriodExportRow[]; total: number }> {
    const where = periodId ? 'WHERE e.period_id = $3' : '';
    const params: unknown[] = [window.take, window.skip, ...(periodId ? [periodId] : [])];
    const rows: PeriodExportRow[] = await m.query(`${SELECT} ${where} ORDER BY e.created_at DESC, e.id LIMIT $1 OFFSET $2`, params);
    const [count]: { n: number }[] = await m.query(
      `SELECT count(*)::int AS n FROM period_export e ${periodId ? 'WHERE e.period_id = $1' : ''}`,
      periodId ? [periodId] : [],
    );
    return { rows, total: count!.n };
  },

  /** The newest exports of each given period (at most `perPeriod` each), newest first. */
  ofPeriods(m: EntityManager, periodIds: readonly string[], perPeriod: number): Promise<PeriodExportRow[]> {
    return m.query(
      `SELECT * FROM (${SELECT.replace('SELECT ', 'SELECT row_number() OVER (PARTITION BY e.period_id ORDER BY e.created_at DESC, e.id) AS n, ')}
        WHERE e.period_id = ANY($1::uuid[])) x WHERE x.n <= $2 ORDER BY x.created_at DESC, x.id`,
      [periodIds, perPeriod],
    );
  },

  /** The stored file, or null while it is being built. */
  async file(m: EntityManager, id: string): Promise<{ file_name: string; content_type: string; data: Buffer | null; status: ExportStatus } | undefined> {
    const [row] = await m.query(`SELECT file_name, content_type, data, status FROM period_export WHERE id = $1`, [id]);
    return row as { file_name: string; content_type: string; data: Buffer | null; status: ExportStatus } | undefined;
  },

  async setProgress(m: EntityManager, id: string, status: ExportStatus, progress: number): Promise<void> {
    await m.query(`UPDATE period_export SET status = $2, progress = $3 WHERE id = $1 AND status IN ('koad', 'pagar')`, [id, status, progress]);
  },

  async complete(m: EntityManager, id: string, file: { data: Buffer; contentHash: string; finishedAt: Date }): Promise<void> {
    await m.query(
      `UPDATE period_export SET status = 'klar', progress = 100, data = $2, size_bytes = $3, content_hash = $4, finished_at = $5, error = NULL
        WHERE id = $1`,
      [id, file.data, file.data.length, file.contentHash, file.finishedAt],
    );
  },

  async fail(m: EntityManager, id: string, error: string, finishedAt: Date): Promise<void> {
    await m.query(`UPDATE period_export SET status = 'misslyckad', error = $2, finished_at = $3 WHERE id = $1`, [id, error.slice(0, 500), finishedAt]);
  },

  /** What the job needs: the period and format (the file is not read). */
  async job(m: EntityManager, id: string): Promise<ExportJobRow | undefined> {
    const [row] = await m.query(`SELECT period_id, format, status, created_by_user_id FROM period_export WHERE id = $1`, [id]);
    return row as ExportJobRow | undefined;
  },
};
