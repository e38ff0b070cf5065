import { Injectable } from '@nestjs/common';
import type { ReportPeriodOverview } from '@resultatkedjan/contracts';
import { TenantDb } from '../../platform/database/tenant/tenant-db.service.js';
import type { AuthContext } from '../../auth/auth-context.js';
import type { Page } from '../../common/pagination/page-query.dto.js';
import type { ReportDetailDto } from '../dto/report-detail.dto.js';
import type { ReportQueryDto } from '../dto/report-query.dto.js';
import type { ReportSummaryDto } from '../dto/report-summary.dto.js';
import { loadReportRef } from '../support/report-ref.js';
import { assertMayRead } from '../support/report-access.js';
import { buildReportDetail } from './report-view.js';
import { listReports, reportOverview } from './report-list.js';

@Injectable()
export class ReportReadService {
  constructor(private readonly db: TenantDb) {}

  list(auth: AuthContext, query: ReportQueryDto): Promise<Page<ReportSummaryDto>> {
    return this.db.run(auth.tenantId, (m) => listReports(m, auth, query));
  }

  overview(auth: AuthContext, query: ReportQueryDto): Promise<ReportPeriodOverview[]> {
    return this.db.run(auth.tenantId, (m) => reportOverview(m, auth, query));
  }

  get(auth: AuthContext, reportId: string): Promise<ReportDetailDto> {
    return this.db.run(auth.tenantId, async (m) => {
      const ref = await loadReportRef(m, reportId);
      await assertMayRead(m, auth, ref);
      return buildReportDetail(m, auth, ref);
    });
  }
}
