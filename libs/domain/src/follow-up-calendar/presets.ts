import type { FollowUpTemplate, MilestoneRule } from './follow-up-template.js';

const FRIDAY = 5;
const TUESDAY = 2;

const opensDayAfterEnd: MilestoneRule = { rule: { type: 'daysAfterEnd', days: 1 }, adjust: 'forward' };

/** A planning deadline on a given weekday N weeks after the period-end week, moved backward to keep meetings' inputs. */
function weekday(weekdayNumber: typeof FRIDAY | typeof TUESDAY, weeksAfterEnd: number): MilestoneRule {
  return { rule: { type: 'weekdayOfWeek', weekday: weekdayNumber, weeksAfterEnd }, adjust: 'backward' };
}

/**
 * Exempelstad's template "kvartal + delår t.o.m. augusti + helår" (DOMAIN.md 5.2): units report Q1–Q3 (Q4 is
 * inside helår), the delår runs Jan–Aug, and the previous year's helår opens in January. Deadlines are Fridays
 * (KS meetings Tuesdays) counted in weeks from the week the period ends; ISO weeks 28–31 (July) are not counted.
 * Statutory hand-overs are planned backward ("cautious kommun": 31 Oct 2026 → 30 Oct).
 * For budgetår 2026 this reproduces the demo table except Q1's hand-picked unit deadline 2026-04-15
 * (the rule gives Friday 2026-04-17); that one is an override.
 */
export const PRESET_KVARTAL_DELAR_AUGUSTI_HELAR: FollowUpTemplate = {
  name: 'kvartal + delår t.o.m. augusti + helår',
  delarEndMonth: 8,
  holidayWeeks: [28, 29, 30, 31],
  includePreviousYearHelar: true,
  schedules: {
    helar: {
      opensOn: opensDayAfterEnd,
      deadline: weekday(FRIDAY, 3),
      reviewDeadline: weekday(FRIDAY, 5),
      locksOn: weekday(TUESDAY, 12),
      statutoryDeadline: { rule: { type: 'fixedDate', month: 4, day: 15, yearOffset: 1 }, adjust: 'backward' },
    },
    kvartal: {
      periods: [1, 2, 3],
      opensOn: opensDayAfterEnd,
      deadline: weekday(FRIDAY, 2),
      reviewDeadline: weekday(FRIDAY, 3),
      locksOn: weekday(FRIDAY, 4),
    },
    delar: {
      opensOn: opensDayAfterEnd,
      deadline: weekday(FRIDAY, 1),
      reviewDeadline: weekday(FRIDAY, 3),
      locksOn: weekday(TUESDAY, 6),
      statutoryDeadline: { rule: { type: 'monthsAfterEnd', months: 2 }, adjust: 'backward' },
    },
  },
};

/** Templates by name, for a tenant picking a starting point. */
export const FOLLOW_UP_PRESETS: readonly FollowUpTemplate[] = [PRESET_KVARTAL_DELAR_AUGUSTI_HELAR];
