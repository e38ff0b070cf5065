import type { EntityManager } from 'typeorm';
import { Action } from '@resultatkedjan/contracts';
import type { AuthContext } from '../../auth/auth-context.js';
import { nodesInScope } from '../../auth/access-scope.js';
import { pageWindow, type Page } from '../../common/pagination/page-query.dto.js';
import type { ReportQueryDto } from '../dto/report-query.dto.js';
import type { ReportSummaryDto } from '../dto/report-summary.dto.js';
import { PUBLISHED_STATUSES } from '../support/report-access.js';

/**
 * Reports the caller may see: every submitted or approved report of the kommun, plus drafts and returned
 * reports of the nodes where the caller may read drafts. Newest period first, then by node name (R-6: no ranking).
 */
export async function listReports(m: EntityManager, auth: AuthContext, query: ReportQueryDto): Promise<Page<ReportSummaryDto>> {
  const drafts = await nodesInScope(m, auth, Action.reportReadDraft);
  const { skip, take, page, pageSize } = pageWindow(query);
  const params = [
    query.periodId ?? null,
    query.orgNodeId ?? null,
    query.status ?? null,
    PUBLISHED_STATUSES,
    drafts === 'all',
    drafts === 'all' ? [] : [...drafts],
  ];
  const filtered = `
    WITH RECURSIVE below AS (
      SELECT id FROM org_node WHERE id = $2::uuid
      UNION SELECT n.id FROM org_node n JOIN below ON n.parent_id = below.id)
    SELECT r.id FROM report r
     WHERE ($1::uuid IS NULL OR r.period_id = $1::uuid)
       AND ($2::uuid IS NULL OR r.org_node_id IN (SELECT id FROM below))
       AND ($3::text IS NULL OR r.status = $3::text)
       AND (r.status = ANY($4::text[]) OR $5::boolean OR r.org_node_id = ANY($6::uuid[]))`;
  const [{ total }]: { total: number }[] = await m.query(`SELECT count(*)::int AS total FROM (${filtered}) f`, params);
  const rows: Row[] = await m.query(
    `SELECT r.id, r.status, r.version, r.submitted_at, r.decided_at, r.return_comment, r.updated_at,
            n.id AS node_id, n.key AS node_key, n.name AS node_name, n.kind AS node_kind,
            p.id AS period_id, p.period_key, p.kind AS period_kind, p.covers_from::text AS covers_from,
            p.covers_to::text AS covers_to, p.status AS period_status
       FROM report r
       JOIN org_node n ON n.id = r.org_node_id
       JOIN follow_up_period p ON p.id = r.period_id
      WHERE r.id IN (${filtered})
      ORDER BY p.covers_to DESC, p.covers_from DESC, n.name, n.id
      LIMIT ${take} OFFSET ${skip}`,
    params,
  );
  return { items: rows.map(toSummary), page, pageSize, total };
}

interface Row {
  id: string;
  status: ReportSummaryDto['status'];
  version: number;
  submitted_at: Date | null;
  decided_at: Date | null;
  return_comment: string | null;
  updated_at: Date;
  node_id: string;
  node_key: string;
  node_name: string;
  node_kind: ReportSummaryDto['orgNode']['kind'];
  period_id: string;
  period_key: string;
  period_kind: string;
  covers_from: string;
  covers_to: string;
  period_status: ReportSummaryDto['period']['status'];
}

function toSummary(r: Row): ReportSummaryDto {
  return {
    id: r.id,
    orgNode: { id: r.node_id, key: r.node_key, name: r.node_name, kind: r.node_kind },
    period: { id: r.period_id, periodKey: r.period_key, kind: r.period_kind, coversFrom: r.covers_from, coversTo: r.covers_to, status: r.period_status },
    status: r.status,
    version: Number(r.version),
    submittedAt: r.submitted_at ? new Date(r.submitted_at).toISOString() : null,
    decidedAt: r.decided_at ? new Date(r.decided_at).toISOString() : null,
    returnComment: r.return_comment,
    updatedAt: new Date(r.updated_at).toISOString(),
  };
}
