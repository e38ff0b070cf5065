import type { FollowUpKind, PeriodStatus, ReportPeriod } from '@resultatkedjan/contracts';

/** A report's period as report.queries.ts selects it beside the report. */
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
