import type { FollowUpKind, PeriodStatus, ReportPeriod } from '@resultatkedjan/contracts';

/** The columns of a report's period, selected as `p` (follow_up_period) in every report query. */
export const REPORT_PERIOD_COLUMNS = `p.id AS period_id, p.period_key, p.kind AS period_kind, p.covers_from::text AS covers_from,
  p.covers_to::text AS covers_to, p.deadline::text AS period_deadline, p.locks_on::text AS period_locks_on, p.status AS period_status`;

export interface ReportPeriodRow {
  period_id: string;
  period_key: string;
  period_kind: FollowUpKind;
  covers_from: string;
  covers_to: string;
  period_deadline: string;
  period_locks_on: string;
  period_status: PeriodStatus;
}

export function toReportPeriod(row: ReportPeriodRow): ReportPeriod {
  return {
    id: row.period_id,
    periodKey: row.period_key,
    kind: row.period_kind,
    coversFrom: row.covers_from,
    coversTo: row.covers_to,
    deadline: row.period_deadline,
    locksOn: row.period_locks_on,
    status: row.period_status,
  };
}
