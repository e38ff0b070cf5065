import type { IsoDate, IsoWeekday } from '../dates/iso-date.js';
import type { DelarEndMonth } from '../periods/period-options.js';
import type { DeadlineDirection } from '../working-days/working-days.js';

/** The kinds a follow-up calendar can contain (ASCII ids; labels in PERIOD_KIND_LABELS). */
export type FollowUpKind = 'manad' | 'kvartal' | 'tertial' | 'delar' | 'helar';

export type MilestoneName = 'opensOn' | 'deadline' | 'reviewDeadline' | 'locksOn' | 'statutoryDeadline';

/** Milestones in computation order; a rule may only refer to an earlier milestone. */
export const MILESTONE_ORDER: readonly MilestoneName[] = ['opensOn', 'deadline', 'reviewDeadline', 'locksOn', 'statutoryDeadline'];

/**
 * How a milestone's raw date is found, before it is moved to a working day. "End" is the period's last day.
 * - daysAfterEnd: end + N calendar days (opens the day after: N = 1).
 * - monthsAfterEnd: end + N months, month end kept (delår to KF within two months: 08-31 → 10-31).
 * - dayOfMonth: day D of the month N months after the end month (the 15th of the following month: N = 1).
 * - fixedDate: month/day in the end's year + yearOffset (årsredovisning to KF by 15 April: yearOffset 1).
 * - weekdayOfWeek: weekday W of the week N weeks after the week containing the end (ISO weeks, Monday first);
 *   weeks listed in the template's holidayWeeks are not counted.
 * - workingDaysAfter: N working days after an earlier milestone of the same period.
 */
export type DateRule =
  | { readonly type: 'daysAfterEnd'; readonly days: number }
  | { readonly type: 'monthsAfterEnd'; readonly months: number }
  | { readonly type: 'dayOfMonth'; readonly day: number; readonly monthsAfterEnd: number }
  | { readonly type: 'fixedDate'; readonly month: number; readonly day: number; readonly yearOffset?: number }
  | { readonly type: 'weekdayOfWeek'; readonly weekday: IsoWeekday; readonly weeksAfterEnd: number }
  | { readonly type: 'workingDaysAfter'; readonly milestone: MilestoneName; readonly days: number };

export interface MilestoneRule {
  readonly rule: DateRule;
  /** Where a non-working day moves: forward (default in law) or backward (keeps a fixed meeting's inputs). */
  readonly adjust: DeadlineDirection;
}

export interface KindSchedule {
  /** Which quarters (1–4), tertials (1–3) or months (1–12) to include; default all. Ignored for delår and helår. */
  readonly periods?: readonly number[];
  readonly opensOn: MilestoneRule;
  /** Unit deadline. */
  readonly deadline: MilestoneRule;
  readonly reviewDeadline: MilestoneRule;
  readonly locksOn: MilestoneRule;
  /** Optional statutory hand-over (delår to KF and revisorer; årsredovisning by 15 April). */
  readonly statutoryDeadline?: MilestoneRule;
}

export interface FollowUpTemplate {
  readonly name: string;
  /** Last month of the delår: 6, 7 or 8 (default 8). */
  readonly delarEndMonth?: DelarEndMonth;
  /** ISO week numbers without deadlines (summer holiday), skipped by weekdayOfWeek rules. */
  readonly holidayWeeks?: readonly number[];
  /** Also generate the previous year's helår (reported early in the budget year). */
  readonly includePreviousYearHelar?: boolean;
  readonly schedules: Readonly<Partial<Record<FollowUpKind, KindSchedule>>>;
}

/** A controller's manual date for one milestone; still moved to a working day (by `adjust` or the rule's). */
export type MilestoneOverride = IsoDate | { readonly date: IsoDate; readonly adjust: DeadlineDirection };

/** periodKey → milestone → override. */
export type FollowUpOverrides = Readonly<Record<string, Readonly<Partial<Record<MilestoneName, MilestoneOverride>>>>>;

export interface FollowUpPeriod {
  readonly periodKey: string;
  readonly kind: FollowUpKind;
  readonly from: IsoDate;
  readonly to: IsoDate;
  readonly opensOn: IsoDate;
  readonly deadline: IsoDate;
  readonly reviewDeadline: IsoDate;
  readonly locksOn: IsoDate;
  readonly statutoryDeadline: IsoDate | null;
}
