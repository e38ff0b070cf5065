import {
  addDays,
  addMonths,
  daysInMonth,
  isoWeekNumber,
  parseIsoDate,
  startOfIsoWeek,
  toIsoDate,
  type IsoDate,
} from '../dates/iso-date.js';
import { addWorkingDays, type WorkingDayOptions } from '../working-days/working-days.js';
import type { DateRule, MilestoneName } from './follow-up-template.js';

export interface RuleContext {
  readonly periodEnd: IsoDate;
  readonly holidayWeeks: readonly number[];
  readonly earlier: Readonly<Partial<Record<MilestoneName, IsoDate>>>;
  readonly workingDays: WorkingDayOptions;
}

function weekStartAfter(periodEnd: IsoDate, weeks: number, holidayWeeks: readonly number[]): IsoDate {
  let weekStart = startOfIsoWeek(periodEnd);
  let counted = 0;
  while (counted < weeks) {
    weekStart = addDays(weekStart, 7);
    if (!holidayWeeks.includes(isoWeekNumber(weekStart))) counted += 1;
  }
  return weekStart;
}

/** The raw (unadjusted) date of a rule; see DateRule. */
export function resolveDateRule(rule: DateRule, context: RuleContext): IsoDate {
  const end = parseIsoDate(context.periodEnd);
  switch (rule.type) {
    case 'daysAfterEnd':
      return addDays(context.periodEnd, rule.days);
    case 'monthsAfterEnd':
      return addMonths(context.periodEnd, rule.months);
    case 'dayOfMonth': {
      const firstOfMonth = addMonths(toIsoDate(end.year, end.month, 1), rule.monthsAfterEnd);
      const { year, month } = parseIsoDate(firstOfMonth);
      return toIsoDate(year, month, Math.min(rule.day, daysInMonth(year, month)));
    }
    case 'fixedDate':
      return toIsoDate(end.year + (rule.yearOffset ?? 0), rule.month, rule.day);
    case 'weekdayOfWeek':
      return addDays(weekStartAfter(context.periodEnd, rule.weeksAfterEnd, context.holidayWeeks), rule.weekday - 1);
    case 'workingDaysAfter': {
      const anchor = context.earlier[rule.milestone];
      if (anchor === undefined) {
        throw new RangeError(`Regeln hänvisar till "${rule.milestone}", som inte är beräknad före denna milstolpe`);
      }
      return addWorkingDays(anchor, rule.days, context.workingDays);
    }
  }
}
