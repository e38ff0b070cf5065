import type { EntityManager } from 'typeorm';
import { Action, REPORT_STATUSES, type ReportPeriodOverview, type ReportStatus } from '@resultatkedjan/contracts';
import type { AuthContext } from '../../auth/auth-context.js';
import { nodesInScope } from '../../auth/access-scope.js';
import { orgTreeQueries } from '../../org/org-tree.queries.js';
import { pageWindow, type Page } from '../../common/pagination/page-query.dto.js';
import type { ReportQueryDto } from '../dto/report-query.dto.js';
import type { ReportSummaryDto } from '../dto/report-summary.dto.js';
import { PUBLISHED_STATUSES } from '../support/report-access.js';
import { REPORT_PERIOD_COLUMNS, toReportPeriod, type ReportPeriodRow } from '../support/report-period-columns.js';

/**
 * The ids of the reports the caller may see, as SQL with its parameters: every submitted or approved report of the
 * kommun, plus drafts and returned reports of the nodes where the caller may read drafts. `mine` keeps only those
 * nodes (an enhetschef's own units; everything for a kommun-wide role).
 */
async function visibleReports(m: EntityManager, auth: AuthContext, query: ReportQueryDto): Promise<{ sql: string; params: unknown[] }> {
  const drafts = await nodesInScope(m, auth, Action.reportReadDraft);
  const params = [
    query.periodId ?? null,
    query.orgNodeId ?? null,
    query.status ?? null,
    PUBLISHED_STATUSES,
    drafts === 'all',
    drafts === 'all' ? [] : [...drafts],
    query.mine === true,
  ];
  const sql = `
    SELECT r.id FROM report r
     WHERE ($1::uuid IS NULL OR r.period_id = $1::uuid)
       AND ($2::uuid IS NULL OR r.org_node_id IN ${orgTreeQueries.subtreeIdsSql('ARRAY[$2::uuid]')})
       AND ($3::text IS NULL OR r.status = $3::text)
       AND (r.status = ANY($4::text[]) OR $5::boolean OR r.org_node_id = ANY($6::uuid[]))
       AND (NOT $7::boolean OR $5::boolean OR r.org_node_id = ANY($6::uuid[]))`;
  return { sql, params };
}

/** A page of visible reports. Newest period first, then by node name (R-6: no ranking). */
export async function listReports(m: EntityManager, auth: AuthContext, query: ReportQueryDto): Promise<Page<ReportSummaryDto>> {
  const { sql, params } = await visibleReports(m, auth, query);
  const { skip, take, page, pageSize } = pageWindow(query);
  const [{ total }]: { total: number }[] = await m.query(`SELECT count(*)::int AS total FROM (${sql}) f`, params);
  const rows: Row[] = await m.query(
    `SELECT r.id, r.status, r.version, r.submitted_at, r.decided_at, r.return_comment, r.updated_at,
            n.id AS node_id, n.key AS node_key, n.name AS node_name, n.kind AS node_kind,
            ${REPORT_PERIOD_COLUMNS}
       FROM report r
       JOIN org_node n ON n.id = r.org_node_id
       JOIN follow_up_period p ON p.id = r.period_id
      WHERE r.id IN (${sql})
      ORDER BY p.covers_to DESC, p.covers_from DESC, n.name, n.id
      LIMIT ${take} OFFSET ${skip}`,
    params,
  );
  return { items: rows.map(toSummary), page, pageSize, total };
}

/**
 * The visible reports counted by status per period, newest period first (one query): where the follow-up stands,
 * without listing every unit. The status filter is ignored, since the counts are per status.
 */
export async function reportOverview(m: EntityManager, auth: AuthContext, query: ReportQueryDto): Promise<ReportPeriodOverview[]> {
  const { sql, params } = await visibleReports(m, auth, { ...query, status: undefined });
  const rows: (ReportPeriodRow & { counts: Partial<Record<ReportStatus, number>>; total: number })[] = await m.query(
    `SELECT ${REPORT_PERIOD_COLUMNS}, c.counts, c.total
       FROM (SELECT r.period_id, jsonb_object_agg(r.status, r.n) AS counts, sum(r.n)::int AS total
               FROM (SELECT period_id, status, count(*)::int AS n FROM report WHERE id IN (${sql}) GROUP BY period_id, status) r
              GROUP BY r.period_id) c
       JOIN follow_up_period p ON p.id = c.period_id
      ORDER BY p.covers_to DESC, p.covers_from DESC`,
    params,
  );
  return rows.map((row) => ({
    period: toReportPeriod(row),
    counts: Object.fromEntries(REPORT_STATUSES.map((s) => [s, row.counts[s] ?? 0])) as Record<ReportStatus, number>,
    total: row.total,
  }));
}

interface Row extends ReportPeriodRow {
  id: string;
  status: ReportStatus;
  version: number;
  submitted_at: Date | null;
  decided_at: Date | null;
  return_comment: string | null;
  updated_at: Date;
  node_id: string;
  node_key: string;
  node_name: string;
  node_kind: ReportSummaryDto['orgNode']['kind'];
}

function toSummary(r: Row): ReportSummaryDto {
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
