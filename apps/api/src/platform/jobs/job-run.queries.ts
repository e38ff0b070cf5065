import type { EntityManager } from 'typeorm';
import type { JobRunStatus } from '@resultatkedjan/contracts';

export interface JobRunRow {
  id: string;
  job_key: string;
  job_name: string;
  period_id: string | null;
  period_key: string | null;
  status: JobRunStatus;
  attempts: number;
  started_at: Date;
  finished_at: Date | null;
  error: string | null;
  result: Record<string, unknown> | null;
}

export interface JobRunFilter {
  periodId: string | null;
  status: JobRunStatus | null;
  jobName: string | null;
}

/**
 * Every query on job_run, keyed by (kommun, job_key). An action claims its row, does its work and marks it completed
 * in one transaction, so a crash leaves no trace and a retry starts over; a completed row is never claimed again.
 */
export const jobRunQueries = {
  /** Claims the key for a new attempt; false when it is already completed. */
  async claim(m: EntityManager, tenantId: string, jobKey: string, jobName: string, periodId: string | null): Promise<boolean> {
    const rows: unknown[] = await m.query(
      `INSERT INTO job_run (tenant_id, job_key, job_name, period_id, status, attempts, started_at)
       VALUES ($1, $2, $3, $4, 'running', 1, now())
       ON CONFLICT ON CONSTRAINT "UQ_job_run_key" DO UPDATE
         SET status = 'running', attempts = job_run.attempts + 1, started_at = now(), finished_at = NULL, error = NULL
         WHERE job_run.status <> 'completed'
       RETURNING id`,
      [tenantId, jobKey, jobName, periodId],
    );
    return rows.length > 0;
  },

  async complete(m: EntityManager, jobKey: string, result: Record<string, unknown>): Promise<void> {
    await m.query(`UPDATE job_run SET status = 'completed', finished_at = now(), result = $2 WHERE job_key = $1`, [jobKey, JSON.stringify(result)]);
  },

  /** Records a failed attempt (in its own transaction, after the work rolled back). A completed row stays completed. */
  async fail(m: EntityManager, tenantId: string, jobKey: string, jobName: string, periodId: string | null, error: unknown): Promise<void> {
    const text = (error instanceof Error ? error.message : String(error)).slice(0, 2000);
    await m.query(
      `INSERT INTO job_run (tenant_id, job_key, job_name, period_id, status, attempts, started_at, finished_at, error)
       VALUES ($1, $2, $3, $4, 'failed', 1, now(), now(), $5)
       ON CONFLICT ON CONSTRAINT "UQ_job_run_key" DO UPDATE
         SET status = 'failed', attempts = job_run.attempts + 1, finished_at = now(), error = EXCLUDED.error
         WHERE job_run.status <> 'completed'`,
      [tenantId, jobKey, jobName, periodId, text],
    );
  },

  /** The completed job keys of each given period. */
  async completedKeysOf(m: EntityManager, periodIds: readonly string[]): Promise<Map<string, string[]>> {
    const result = new Map<string, string[]>(periodIds.map((id) => [id, []]));
    if (periodIds.length === 0) return result;
    const rows: { period_id: string; job_key: string }[] = await m.query(
      `SELECT period_id, job_key FROM job_run WHERE period_id = ANY($1::uuid[]) AND status = 'completed'`,
      [periodIds],
    );
    for (const row of rows) result.get(row.period_id)?.push(row.job_key);
    return result;
  },

  /** Latest first, each with its period's key. */
  async page(m: EntityManager, filter: JobRunFilter, window: { skip: number; take: number }): Promise<{ rows: JobRunRow[]; total: number }> {
    const filters = [filter.periodId, filter.status, filter.jobName];
    const where = `($1::uuid IS NULL OR j.period_id = $1) AND ($2::text IS NULL OR j.status = $2) AND ($3::text IS NULL OR j.job_name = $3)`;
    const rows: JobRunRow[] = await m.query(
      `SELECT j.id, j.job_key, j.job_name, j.period_id, p.period_key, j.status, j.attempts, j.started_at, j.finished_at, j.error, j.result
       FROM job_run j LEFT JOIN follow_up_period p ON p.id = j.period_id
       WHERE ${where} ORDER BY j.started_at DESC, j.job_key OFFSET $4 LIMIT $5`,
      [...filters, window.skip, window.take],
    );
    const [count]: { n: string }[] = await m.query(`SELECT count(*) AS n FROM job_run j WHERE ${where}`, filters);
    return { rows, total: Number(count!.n) };
  },
};
