import type { EntityManager } from 'typeorm';
import { Action, REPORT_STATUSES, type ReportPeriodOverview, type ReportStatus } from '@resultatkedjan/contracts';
import type { AuthContext } from '../../auth/auth-context.js';
import { nodesInScope } from '../../auth/access-scope.js';
import { pageWindow, type Page } from '../../common/pagination/page-query.dto.js';
import type { ReportQueryDto } from '../dto/report-query.dto.js';
import type { ReportSummaryDto } from '../dto/report-summary.dto.js';
import { reportQueries, type ReportSummaryRow, type ReportVisibility } from '../report.queries.js';
import { PUBLISHED_STATUSES } from '../support/report-access.js';
import { toReportPeriod } from '../support/report-period-columns.js';

/**
 * The reports the caller may see: every submitted or approved report of the kommun, plus drafts and returned
 * reports of the nodes where the caller may read drafts. `mine` keeps only those nodes (an enhetschef's own units;
 * everything for a kommun-wide role).
 */
async function visibility(m: EntityManager, auth: AuthContext, query: ReportQueryDto): Promise<ReportVisibility> {
  return {
    periodId: query.periodId ?? null,
    orgNodeId: query.orgNodeId ?? null,
    status: query.status ?? null,
    published: PUBLISHED_STATUSES,
    draftNodes: await nodesInScope(m, auth, Action.reportReadDraft),
    mine: query.mine === true,
  };
}

/** A page of visible reports. Newest period first, then by node name (R-6: no ranking). */
export async function listReports(m: EntityManager, auth: AuthContext, query: ReportQueryDto): Promise<Page<ReportSummaryDto>> {
  const filter = await visibility(m, auth, query);
  const { skip, take, page, pageSize } = pageWindow(query);
  const { rows, total } = await reportQueries.page(m, filter, { skip, take });
  return { items: rows.map(toSummary), page, pageSize, total };
}

/**
 * The visible reports counted by status per period, newest period first (one query): where the follow-up stands,
 * without listing every unit. The status filter is ignored, since the counts are per status.
 */
export async function reportOverview(m: EntityManager, auth: AuthContext, query: ReportQueryDto): Promise<ReportPeriodOverview[]> {
  const rows = await reportQueries.countsByPeriod(m, await visibility(m, auth, { ...query, status: undefined }));
  return rows.map((row) => ({
    period: toReportPeriod(row),
    counts: Object.fromEntries(REPORT_STATUSES.map((s) => [s, row.counts[s] ?? 0])) as Record<ReportStatus, number>,
    total: row.total,
  }));
}

function toSummary(r: ReportSummaryRow): ReportSummaryDto {
  return {
    id: r.id,
    orgNode: { id: r.node_id, key: r.node_key, name: r.node_name, kind: r.node_kind },
    period: toReportPeriod(r),
    status: r.status,
    version: Number(r.version),
    submittedAt: r.submitted_at ? new Date(r.submitted_at).toISOString() : null,
    decidedAt: r.decided_at ? new Date(r.decided_at).toISOString() : null,
    returnComment: r.return_comment,
    updatedAt: new Date(r.updated_at).toISOString(),
  };
}
