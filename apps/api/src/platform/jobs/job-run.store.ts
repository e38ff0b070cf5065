import type { EntityManager } from 'typeorm';

/**
 * job_run rows, keyed by (kommun, job_key). An action claims its row, does its work and marks it completed in one
 * transaction, so a crash leaves no trace and a retry starts over; a completed row is never claimed again.
 */
export async function claimJobRun(m: EntityManager, tenantId: string, jobKey: string, jobName: string, periodId: string | null): Promise<boolean> {
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
}

export async function completeJobRun(m: EntityManager, jobKey: string, result: Record<string, unknown>): Promise<void> {
  await m.query(`UPDATE job_run SET status = 'completed', finished_at = now(), result = $2 WHERE job_key = $1`, [jobKey, JSON.stringify(result)]);
}

/** Records a failed attempt (in its own transaction, after the work rolled back). A completed row stays completed. */
export async function failJobRun(
  m: EntityManager,
  tenantId: string,
  jobKey: string,
  jobName: string,
  periodId: string | null,
  error: unknown,
): Promise<void> {
  const text = (error instanceof Error ? error.message : String(error)).slice(0, 2000);
  await m.query(
    `INSERT INTO job_run (tenant_id, job_key, job_name, period_id, status, attempts, started_at, finished_at, error)
     VALUES ($1, $2, $3, $4, 'failed', 1, now(), now(), $5)
     ON CONFLICT ON CONSTRAINT "UQ_job_run_key" DO UPDATE
       SET status = 'failed', attempts = job_run.attempts + 1, finished_at = now(), error = EXCLUDED.error
       WHERE job_run.status <> 'completed'`,
    [tenantId, jobKey, jobName, periodId, text],
  );
}
