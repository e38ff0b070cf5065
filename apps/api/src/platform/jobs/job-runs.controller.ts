import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Action, type JobRunDto, type JobRunPage, type JobRunStatus } from '@resultatkedjan/contracts';
import { RequirePermission } from '../../common/access/require-permission.decorator.js';
import { CurrentAuth } from '../../common/access/current-auth.decorator.js';
import { pageWindow } from '../../common/pagination/page-query.dto.js';
import type { AuthContext } from '../../auth/auth-context.js';
import { TenantDb } from '../database/tenant/tenant-db.service.js';
import { assertKommunWide } from '../../periods/kommun-wide.js';
import { JobRunQueryDto } from './dto/job-run-query.dto.js';
import { JobRunPageResponse } from './dto/job-run.response.js';

interface JobRunRow {
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

@ApiTags('jobb')
@Controller('job-runs')
export class JobRunsController {
  constructor(private readonly db: TenantDb) {}

  @Get()
  @RequirePermission(Action.jobRead)
  @ApiOperation({ summary: 'Kommunens jobbkörningar (öppna, påminn, eskalera, lås, ögonblicksbild), senaste först' })
  @ApiOkResponse({ type: JobRunPageResponse })
  async list(@CurrentAuth() auth: AuthContext, @Query() query: JobRunQueryDto): Promise<JobRunPage> {
    assertKommunWide(auth, Action.jobRead);
    const { skip, take, page, pageSize } = pageWindow(query);
    const filters = [query.periodId ?? null, query.status ?? null, query.jobName ?? null];
    const where = `($1::uuid IS NULL OR j.period_id = $1) AND ($2::text IS NULL OR j.status = $2) AND ($3::text IS NULL OR j.job_name = $3)`;
    return this.db.run(auth.tenantId, async (m) => {
      const rows: JobRunRow[] = await m.query(
        `SELECT j.id, j.job_key, j.job_name, j.period_id, p.period_key, j.status, j.attempts, j.started_at, j.finished_at, j.error, j.result
         FROM job_run j LEFT JOIN follow_up_period p ON p.id = j.period_id
         WHERE ${where} ORDER BY j.started_at DESC, j.job_key OFFSET $4 LIMIT $5`,
        [...filters, skip, take],
      );
      const [count]: { n: string }[] = await m.query(`SELECT count(*) AS n FROM job_run j WHERE ${where}`, filters);
      return { items: rows.map(toDto), page, pageSize, total: Number(count!.n) };
    });
  }
}

function toDto(row: JobRunRow): JobRunDto {
  return {
    id: row.id,
    jobKey: row.job_key,
    jobName: row.job_name,
    periodId: row.period_id,
    periodKey: row.period_key,
    status: row.status,
    attempts: row.attempts,
    startedAt: new Date(row.started_at).toISOString(),
    finishedAt: row.finished_at ? new Date(row.finished_at).toISOString() : null,
    error: row.error,
    result: row.result,
  };
}
