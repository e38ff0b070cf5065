import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Action, type JobRunDto, type JobRunPage } from '@resultatkedjan/contracts';
import { RequirePermission } from '../../common/access/require-permission.decorator.js';
import { CurrentAuth } from '../../common/access/current-auth.decorator.js';
import { pageWindow } from '../../common/pagination/page-query.dto.js';
import type { AuthContext } from '../../auth/auth-context.js';
import { TenantDb } from '../database/tenant/tenant-db.service.js';
import { assertKommunWide } from '../../periods/kommun-wide.js';
import { JobRunQueryDto } from './dto/job-run-query.dto.js';
import { JobRunPageResponse } from './dto/job-run.response.js';
import { jobRunQueries, type JobRunRow } from './job-run.queries.js';

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
    const filter = { periodId: query.periodId ?? null, status: query.status ?? null, jobName: query.jobName ?? null };
    return this.db.run(auth.tenantId, async (m) => {
      const { rows, total } = await jobRunQueries.page(m, filter, { skip, take });
      return { items: rows.map(toDto), page, pageSize, total };
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
