import type { FollowUpKind, FollowUpPeriodDto, PeriodStatus } from '@resultatkedjan/contracts';

/** A follow_up_period row as period.queries.ts reads it (snake_case columns, dates as 'YYYY-MM-DD' via to_char). */
export interface PeriodRow {
  id: string;
  calendar_id: string;
  period_key: string;
  kind: string;
  covers_from: string;
  covers_to: string;
  opens_on: string;
  deadline: string;
  review_deadline: string;
  locks_on: string;
  status: string;
  opened_at: Date | null;
  locked_at: Date | null;
}

export function toPeriodDto(row: PeriodRow): FollowUpPeriodDto {
  return {
    id: row.id,
    calendarId: row.calendar_id,
    periodKey: row.period_key,
    kind: row.kind as FollowUpKind,
    coversFrom: row.covers_from,
    coversTo: row.covers_to,
    opensOn: row.opens_on,
    deadline: row.deadline,
    reviewDeadline: row.review_deadline,
    locksOn: row.locks_on,
    status: row.status as PeriodStatus,
    openedAt: row.opened_at ? new Date(row.opened_at).toISOString() : null,
    lockedAt: row.locked_at ? new Date(row.locked_at).toISOString() : null,
  };
}
