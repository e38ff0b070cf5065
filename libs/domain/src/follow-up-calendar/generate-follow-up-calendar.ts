import { lastDayOfMonth, toIsoDate, type IsoDate } from '../dates/iso-date.js';
import { formatPeriodKey, type Period } from '../periods/period-key.js';
import type { DelarEndMonth } from '../periods/period-options.js';
import { periodRange } from '../periods/period-range.js';
import { adjustDeadline, type WorkingDayOptions } from '../working-days/working-days.js';
import { assertValidDelar } from './delar-validation.js';
import {
  MILESTONE_ORDER,
  type FollowUpKind,
  type FollowUpOverrides,
  type FollowUpPeriod,
  type FollowUpTemplate,
  type KindSchedule,
  type MilestoneName,
} from './follow-up-template.js';
import { resolveDateRule } from './resolve-date-rule.js';

export interface GenerateOptions {
  /** Per-period manual dates (a controller adjusting period by period). */
  readonly overrides?: FollowUpOverrides;
  readonly workingDays?: WorkingDayOptions;
}

export class FollowUpCalendarError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FollowUpCalendarError';
  }
}

const NUMBERED_KINDS = { kvartal: 4, tertial: 3, manad: 12 } as const;

function periodsOf(kind: FollowUpKind, schedule: KindSchedule, year: number, template: FollowUpTemplate): Period[] {
  if (kind === 'helar') {
    const years = template.includePreviousYearHelar ? [year - 1, year] : [year];
    return years.map((y) => ({ kind: 'helar', year: y }));
  }
  if (kind === 'delar') return [{ kind: 'delar', year }];
  const count = NUMBERED_KINDS[kind];
  const numbers = schedule.periods ?? Array.from({ length: count }, (_, i) => i + 1);
  return numbers.map((n): Period => {
    if (!Number.isInteger(n) || n < 1 || n > count) {
      throw new FollowUpCalendarError(`Ogiltigt periodnummer ${n} för ${kind} (1–${count})`);
    }
    if (kind === 'kvartal') return { kind, year, quarter: n as 1 | 2 | 3 | 4 };
    if (kind === 'tertial') return { kind, year, tertial: n as 1 | 2 | 3 };
    return { kind, year, month: n };
  });
}

function checkedDelarEndMonth(template: FollowUpTemplate): DelarEndMonth {
  const month = template.delarEndMonth ?? 8;
  if (!Number.isInteger(month) || month < 1 || month > 12) {
    throw new FollowUpCalendarError(`Delårets slutmånad måste vara 6–8, fick ${String(month)}`);
  }
  // Any year will do: the rule is about months.
  assertValidDelar(toIsoDate(2000, 1, 1), lastDayOfMonth(2000, month));
  return month as DelarEndMonth;
}

/**
 * The follow-up periods of budget year `year` from a template, with every date on a working day.
 * Overrides replace a rule's raw date (later rules that refer to the milestone use the override) and are
 * moved to a working day too. Throws if the dates of a period end up out of order.
 */
export function generateFollowUpCalendar(
  year: number,
  template: FollowUpTemplate,
  options: GenerateOptions = {},
): FollowUpPeriod[] {
  const periodOptions = { delarEndMonth: checkedDelarEndMonth(template) };
  const workingDays = options.workingDays ?? {};
  const overrides = options.overrides ?? {};
  const result: FollowUpPeriod[] = [];

  for (const kind of Object.keys(template.schedules) as FollowUpKind[]) {
    const schedule = template.schedules[kind]!;
    for (const period of periodsOf(kind, schedule, year, template)) {
      const periodKey = formatPeriodKey(period);
      const { from, to } = periodRange(period, periodOptions);
      const dates: Partial<Record<MilestoneName, IsoDate>> = {};
      for (const milestone of MILESTONE_ORDER) {
        const rule = schedule[milestone];
        const override = overrides[periodKey]?.[milestone];
        if (rule === undefined && override === undefined) continue;
        const raw =
          override !== undefined
            ? typeof override === 'string' ? override : override.date
            : resolveDateRule(rule!.rule, { periodEnd: to, holidayWeeks: template.holidayWeeks ?? [], earlier: dates, workingDays });
        const direction =
          override !== undefined && typeof override !== 'string' ? override.adjust : (rule?.adjust ?? 'forward');
        dates[milestone] = adjustDeadline(raw, direction, workingDays);
      }
      const entry: FollowUpPeriod = {
        periodKey,
        kind,
        from,
        to,
        opensOn: dates.opensOn!,
        deadline: dates.deadline!,
        reviewDeadline: dates.reviewDeadline!,
        locksOn: dates.locksOn!,
        statutoryDeadline: dates.statutoryDeadline ?? null,
      };
      if (!(entry.opensOn <= entry.deadline && entry.deadline <= entry.reviewDeadline && entry.reviewDeadline <= entry.locksOn)) {
        throw new FollowUpCalendarError(
          `${periodKey}: datumen måste följa ordningen öppnar ≤ sista dag ≤ granskning ≤ låsning ` +
            `(${entry.opensOn}, ${entry.deadline}, ${entry.reviewDeadline}, ${entry.locksOn})`,
        );
      }
      result.push(entry);
    }
  }

  const generated = new Set(result.map((entry) => entry.periodKey));
  const unknown = Object.keys(overrides).filter((key) => !generated.has(key));
  if (unknown.length > 0) throw new FollowUpCalendarError(`Ändringar för perioder som inte finns i kalendern: ${unknown.join(', ')}`);

  return result.sort((a, b) => (a.opensOn !== b.opensOn ? (a.opensOn < b.opensOn ? -1 : 1) : a.periodKey < b.periodKey ? -1 : 1));
}
