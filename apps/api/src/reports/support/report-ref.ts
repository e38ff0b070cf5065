import type { EntityManager } from 'typeorm';
import type { OrgNodeKind, ReportPeriod, ReportStatus } from '@resultatkedjan/contracts';
import { orNotFound } from '../../common/errors/not-found.js';
import { REPORT_PERIOD_COLUMNS, toReportPeriod, type ReportPeriodRow } from './report-period-columns.js';
import { REPORT_NOT_FOUND } from './report-messages.js';

/** A report with what every endpoint needs to decide access: its node and its period. One query. */
export interface ReportRef {
  id: string;
  status: ReportStatus;
  version: number;
  orgNodeId: string;
  node: { id: string; key: string; name: string; kind: OrgNodeKind };
  period: ReportPeriod;
  submittedAt: Date | null;
  submittedBy: string | null;
  decidedAt: Date | null;
  decidedBy: string | null;
  returnComment: string | null;
  reopenReason: string | null;
  updatedAt: Date;
}

interface Row extends ReportPeriodRow {
  id: string;
  status: ReportStatus;
  version: number;
  org_node_id: string;
  node_key: string;
  node_name: string;
  node_kind: OrgNodeKind;
  submitted_at: Date | null;
  submitted_by: string | null;
  decided_at: Date | null;
  decided_by: string | null;
  return_comment: string | null;
  reopen_reason: string | null;
  updated_at: Date;
}

/** The report in the caller's kommun (RLS), or 404 — another kommun's id looks exactly like a missing one. */
export async function loadReportRef(m: EntityManager, reportId: string): Promise<ReportRef> {
  const rows: Row[] = await m.query(
    `SELECT r.id, r.status, r.version, r.org_node_id, n.key AS node_key, n.name AS node_name, n.kind AS node_kind,
            ${REPORT_PERIOD_COLUMNS}, r.submitted_at, r.submitted_by, r.decided_at,
            r.decided_by, r.return_comment, r.reopen_reason, r.updated_at
       FROM report r
       JOIN org_node n ON n.id = r.org_node_id
       JOIN follow_up_period p ON p.id = r.period_id
      WHERE r.id = $1`,
    [reportId],
  );
  const row = orNotFound(rows[0], REPORT_NOT_FOUND);
  return {
    id: row.id,
    status: row.status,
    version: Number(row.version),
    orgNodeId: row.org_node_id,
    node: { id: row.org_node_id, key: row.node_key, name: row.node_name, kind: row.node_kind },
    period: toReportPeriod(row),
    submittedAt: row.submitted_at,
    submittedBy: row.submitted_by,
    decidedAt: row.decided_at,
    decidedBy: row.decided_by,
    returnComment: row.return_comment,
    reopenReason: row.reopen_reason,
    updatedAt: row.updated_at,
  };
}
