import type { EntityManager } from 'typeorm';
import type { FollowUpOverrides, FollowUpPeriod, FollowUpTemplate } from '@resultatkedjan/domain';
import type { PeriodMilestone } from '@resultatkedjan/contracts';
import type { PeriodRow } from './period-row.js';

/** follow_up_calendar.template: the domain template plus where it came from and the controller's overrides. */
export type StoredTemplate = FollowUpTemplate & { presetId?: string | null; overrides?: FollowUpOverrides };

export interface CalendarRow {
  id: string;
  year: number;
  template: StoredTemplate;
  reminder_days: number[];
  updated_at: Date;
}

/** A period with what the follow-up run needs: its calendar's reminder days and whether it has a snapshot. */
export interface DuePeriodRow extends PeriodRow {
  reminder_days: number[];
  has_snapshot: boolean;
}

/** Select list that returns dates as text, never as JS Dates shifted by the time zone. */
const PERIOD_COLUMNS = `id, calendar_id, period_key, kind,
  to_char(covers_from, 'YYYY-MM-DD') AS covers_from, to_char(covers_to, 'YYYY-MM-DD') AS covers_to,
  to_char(opens_on, 'YYYY-MM-DD') AS opens_on, to_char(deadline, 'YYYY-MM-DD') AS deadline,
  to_char(review_deadline, 'YYYY-MM-DD') AS review_deadline, to_char(locks_on, 'YYYY-MM-DD') AS locks_on,
  status, opened_at, locked_at`;

/** Every query on follow_up_calendar and follow_up_period (snapshots: period-snapshot.queries.ts). */
export const periodQueries = {
  async findCalendar(m: EntityManager, year: number): Promise<CalendarRow | undefined> {
    const [row]: CalendarRow[] = await m.query(`SELECT id, year, template, reminder_days, updated_at FROM follow_up_calendar WHERE year = $1`, [year]);
    return row;
  },

  /** Sets the reminder days of the calendars of `fromYear` and later that differ; what each had before. */
  async setReminderDaysFrom(m: EntityManager, fromYear: number, reminderDays: number[]): Promise<{ id: string; year: number; before: number[] }[]> {
    const [rows] = await m.query(
      `UPDATE follow_up_calendar c SET reminder_days = $2, updated_at = now()
       FROM follow_up_calendar old
       WHERE c.id = old.id AND c.year >= $1 AND c.reminder_days IS DISTINCT FROM $2::int[]
       RETURNING c.id, c.year, old.reminder_days AS before`,
      [fromYear, reminderDays],
    );
    return (rows as { id: string; year: number; before: number[] }[]).sort((a, b) => a.year - b.year);
  },

  /** Creates the year's calendar or replaces its template and reminder days. */
  async upsertCalendar(m: EntityManager, tenantId: string, year: number, template: StoredTemplate, reminderDays: number[]): Promise<CalendarRow> {
    const [calendar]: CalendarRow[] = await m.query(
      `INSERT INTO follow_up_calendar (tenant_id, year, template, reminder_days) VALUES ($1, $2, $3, $4)
       ON CONFLICT ON CONSTRAINT "UQ_follow_up_calendar_year"
       DO UPDATE SET template = EXCLUDED.template, reminder_days = EXCLUDED.reminder_days, updated_at = now()
       RETURNING id, year, template, reminder_days, updated_at`,
      [tenantId, year, JSON.stringify(template), reminderDays],
    );
    return calendar!;
  },

  /**
   * Keeps the calendar's template in step with a manual change of one period: the dates become overrides of the
   * period, and a new delår end month (when given) the template's.
   */
  async recordOverride(
    m: EntityManager,
    calendarId: string,
    periodKey: string,
    dates: Partial<Record<PeriodMilestone, string>>,
    delarEndMonth: number | null,
  ): Promise<void> {
    await m.query(
      `UPDATE follow_up_calendar
          SET template = jsonb_set(
                CASE WHEN $4::int IS NULL THEN template ELSE jsonb_set(template, '{delarEndMonth}', to_jsonb($4::int)) END,
                ARRAY['overrides', $2::text],
                COALESCE(template -> 'overrides' -> $2::text, '{}'::jsonb) || $3::jsonb),
              updated_at = now()
        WHERE id = $1`,
      [calendarId, periodKey, JSON.stringify(dates), delarEndMonth],
    );
  },

  /** The calendar's periods by opening day and key. */
  periodsOf(m: EntityManager, calendarId: string): Promise<PeriodRow[]> {
    return m.query(`SELECT ${PERIOD_COLUMNS} FROM follow_up_period WHERE calendar_id = $1 ORDER BY opens_on, period_key`, [calendarId]);
  },

  /** The calendar's periods and any period with one of the keys (made by another year's calendar), locked. */
  lockPeriodsOf(m: EntityManager, calendarId: string, periodKeys: readonly string[]): Promise<PeriodRow[]> {
    return m.query(`SELECT ${PERIOD_COLUMNS} FROM follow_up_period WHERE calendar_id = $1 OR period_key = ANY($2::text[]) FOR UPDATE`, [
      calendarId,
      periodKeys,
    ]);
  },

  /** The period that opened last (open or locked), if any. */
  async latestOpened(m: EntityManager): Promise<PeriodRow | undefined> {
    const [row]: PeriodRow[] = await m.query(
      `SELECT ${PERIOD_COLUMNS} FROM follow_up_period WHERE status <> 'planerad' ORDER BY opens_on DESC, covers_to DESC, period_key LIMIT 1`,
    );
    return row;
  },

  /** Locked periods of the given kinds, newest first (the exportable helår and delår). */
  lockedOfKinds(m: EntityManager, kinds: readonly string[]): Promise<PeriodRow[]> {
    return m.query(`SELECT ${PERIOD_COLUMNS} FROM follow_up_period WHERE status = 'last' AND kind = ANY($1::text[]) ORDER BY covers_to DESC, id`, [kinds]);
  },

  async findPeriod(m: EntityManager, periodId: string): Promise<PeriodRow | undefined> {
    const [row]: PeriodRow[] = await m.query(`SELECT ${PERIOD_COLUMNS} FROM follow_up_period WHERE id = $1`, [periodId]);
    return row;
  },

  /** The period, locked until the transaction ends. */
  async lockPeriod(m: EntityManager, periodId: string): Promise<PeriodRow | undefined> {
    const [row]: PeriodRow[] = await m.query(`SELECT ${PERIOD_COLUMNS} FROM follow_up_period WHERE id = $1 FOR UPDATE`, [periodId]);
    return row;
  },

  async deletePeriods(m: EntityManager, periodIds: readonly string[]): Promise<void> {
    await m.query(`DELETE FROM follow_up_period WHERE id = ANY($1::uuid[])`, [periodIds]);
  },

  /** New periods of the calendar, in one statement. */
  async insertPeriods(m: EntityManager, tenantId: string, calendarId: string, periods: readonly FollowUpPeriod[]): Promise<void> {
    if (periods.length === 0) return;
    await m.query(
      `INSERT INTO follow_up_period (tenant_id, calendar_id, period_key, kind, covers_from, covers_to, opens_on, deadline, review_deadline, locks_on)
       SELECT $1, $2, p."periodKey", p.kind, p."from", p."to", p."opensOn", p.deadline, p."reviewDeadline", p."locksOn"
       FROM jsonb_to_recordset($3::jsonb) AS p("periodKey" text, kind text, "from" date, "to" date, "opensOn" date, deadline date, "reviewDeadline" date, "locksOn" date)`,
      [tenantId, calendarId, JSON.stringify(periods)],
    );
  },

  /** New dates for the calendar's planned periods with these keys, in one statement. */
  async movePlannedPeriods(m: EntityManager, calendarId: string, periods: readonly FollowUpPeriod[]): Promise<void> {
    if (periods.length === 0) return;
    await m.query(
      `UPDATE follow_up_period f SET opens_on = p."opensOn", deadline = p.deadline, review_deadline = p."reviewDeadline", locks_on = p."locksOn"
       FROM jsonb_to_recordset($2::jsonb) AS p("periodKey" text, "opensOn" date, deadline date, "reviewDeadline" date, "locksOn" date)
       WHERE f.calendar_id = $1 AND f.period_key = p."periodKey" AND f.status = 'planerad'`,
      [calendarId, JSON.stringify(periods)],
    );
  },

  /** Sets the period's four dates and its end; returns the updated row. */
  async setDates(
    m: EntityManager,
    periodId: string,
    dates: Record<PeriodMilestone, string> & { coversTo: string },
  ): Promise<PeriodRow> {
    // UPDATE … RETURNING comes back from TypeORM as [rows, affected].
    const [[updated]]: [PeriodRow[], number] = await m.query(
      `UPDATE follow_up_period SET opens_on = $2, deadline = $3, review_deadline = $4, locks_on = $5, covers_to = $6
       WHERE id = $1 RETURNING ${PERIOD_COLUMNS}`,
      [periodId, dates.opensOn, dates.deadline, dates.reviewDeadline, dates.locksOn, dates.coversTo],
    );
    return updated!;
  },

  /** For each date range (by its index), the periods covering it whole, with their status. */
  async covering(m: EntityManager, ranges: readonly { from: string; to: string }[]): Promise<{ index: number; periodId: string; status: string }[]> {
    if (ranges.length === 0) return [];
    const rows: { i: string; period_id: string; status: string }[] = await m.query(
      `SELECT c.i, p.id AS period_id, p.status
         FROM unnest($1::date[], $2::date[]) WITH ORDINALITY AS c(covers_from, covers_to, i)
         JOIN follow_up_period p ON p.covers_from <= c.covers_from AND p.covers_to >= c.covers_to`,
      [ranges.map((r) => r.from), ranges.map((r) => r.to)],
    );
    return rows.map((r) => ({ index: Number(r.i) - 1, periodId: r.period_id, status: r.status }));
  },

  async markOpened(m: EntityManager, periodId: string): Promise<void> {
    await m.query(`UPDATE follow_up_period SET status = 'oppen', opened_at = now() WHERE id = $1`, [periodId]);
  },

  async markLocked(m: EntityManager, periodId: string): Promise<void> {
    await m.query(`UPDATE follow_up_period SET status = 'last', locked_at = now() WHERE id = $1`, [periodId]);
  },

  /**
   * The periods that may have something due on `today`: opened or due to open, and not yet locked with a snapshot,
   * by opening day and key.
   */
  dueOn(m: EntityManager, today: string): Promise<DuePeriodRow[]> {
    return m.query(
      `SELECT p.*, c.reminder_days,
         EXISTS (SELECT 1 FROM period_snapshot s WHERE s.period_id = p.id) AS has_snapshot
       FROM (SELECT ${PERIOD_COLUMNS} FROM follow_up_period WHERE opens_on <= $1 OR locks_on <= $1) p
       JOIN follow_up_calendar c ON c.id = p.calendar_id
       WHERE p.status <> 'last' OR NOT EXISTS (SELECT 1 FROM period_snapshot s WHERE s.period_id = p.id)
       ORDER BY p.opens_on, p.period_key`,
      [today],
    );
  },
};
