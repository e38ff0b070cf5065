import type { EntityManager } from 'typeorm';
import type { OrgNodeKind, ReportPeriod, ReportStatus } from '@resultatkedjan/contracts';
import { orNotFound } from '../../common/errors/not-found.js';
import { reportQueries } from '../report.queries.js';
import { toReportPeriod } from './report-period-columns.js';
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

/** The report in the caller's kommun (RLS), or 404 — another kommun's id looks exactly like a missing one. */
export async function loadReportRef(m: EntityManager, reportId: string): Promise<ReportRef> {
  const row = orNotFound(await reportQueries.findRef(m, reportId), REPORT_NOT_FOUND);
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
