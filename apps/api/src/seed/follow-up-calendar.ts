import {
  addDays,
  addWorkingDays,
  adjustDeadline,
  generateFollowUpCalendar,
  parseIsoDate,
  PRESET_KVARTAL_DELAR_AUGUSTI_HELAR,
  type FollowUpOverrides,
  type FollowUpPeriod,
  type IsoDate,
} from '@resultatkedjan/domain';
import type { FollowUpPeriodStatus } from '../periods/follow-up-period.entity.js';
import { DEFAULT_REPORTING_KINDS } from '../periods/reporting-kinds.js';

/** The first budget year with a calendar: its helår 2025 opens in January 2026 (DOMAIN.md 5.2). */
export const DEMO_FIRST_CALENDAR_YEAR = 2026;

/** DOMAIN.md 5.2's demo table is the preset except for Q1 2026's hand-picked unit deadline. */
const DOMAIN_OVERRIDES: Readonly<Record<number, FollowUpOverrides>> = { 2026: { '2026-Q1': { deadline: '2026-04-15' } } };

export interface DemoPeriod extends FollowUpPeriod {
  /** Budget year of the calendar that makes the period. */
  readonly year: number;
  readonly status: FollowUpPeriodStatus;
}

export interface DemoCalendar {
  readonly year: number;
  readonly overrides: FollowUpOverrides;
}

export interface DemoFollowUp {
  readonly calendars: DemoCalendar[];
  readonly periods: DemoPeriod[];
  /** The units' period the demo users report in: the latest one that has opened, kept open (see below). */
  readonly currentPeriodKey: string | null;
}

/**
 * The demo kommun's follow-up calendars from 2026 up to the year of `today`, each period in the state the
 * scheduler would have left it in on `today`: planned before its opening day, open until its lock day, locked
 * from then on.
 *
 * Whatever day the demo is started, the enhetschefer must have a report to fill in. So the units' latest period
 * that has opened stays open: when its lock day has passed, its calendar gets a controller's override (stored in
 * the template, like any other) that moves the unit deadline to about a week ahead and review and lock a week
 * each after that. A week ahead also makes the 7-day reminder due, so the first tick fills the outbox.
 */
export function demoFollowUp(today: IsoDate): DemoFollowUp {
  const lastYear = Math.max(DEMO_FIRST_CALENDAR_YEAR, parseIsoDate(today).year);
  const overrides = new Map<number, FollowUpOverrides>();
  for (let year = DEMO_FIRST_CALENDAR_YEAR; year <= lastYear; year += 1) overrides.set(year, DOMAIN_OVERRIDES[year] ?? {});

  let periods = generateAll(overrides);
  const current = latestOpenedUnitPeriod(periods, today);
  if (current && current.locksOn <= today) {
    const deadline = adjustDeadline(addDays(today, 7), 'backward');
    const reviewDeadline = addWorkingDays(deadline, 5);
    const locksOn = addWorkingDays(reviewDeadline, 5);
    overrides.set(current.year, { ...overrides.get(current.year), [current.periodKey]: { deadline, reviewDeadline, locksOn } });
    periods = generateAll(overrides);
  }
  return {
    calendars: [...overrides].map(([year, o]) => ({ year, overrides: o })),
    periods: periods.map((p) => ({ ...p, status: statusOn(p, today) })),
    currentPeriodKey: current?.periodKey ?? null,
  };
}

/** Every year's periods; a previous year's helår belongs to the calendar that made it first. */
function generateAll(overrides: ReadonlyMap<number, FollowUpOverrides>): (FollowUpPeriod & { year: number })[] {
  const seen = new Set<string>();
  const all: (FollowUpPeriod & { year: number })[] = [];
  for (const [year, o] of overrides) {
    for (const period of generateFollowUpCalendar(year, PRESET_KVARTAL_DELAR_AUGUSTI_HELAR, { overrides: o })) {
      if (seen.has(period.periodKey)) continue;
      seen.add(period.periodKey);
      all.push({ ...period, year });
    }
  }
  return all;
}

function latestOpenedUnitPeriod<P extends FollowUpPeriod>(periods: readonly P[], today: IsoDate): P | undefined {
  const unitKinds: readonly string[] = DEFAULT_REPORTING_KINDS.enhet;
  return periods
    .filter((p) => unitKinds.includes(p.kind) && p.opensOn <= today)
    .reduce<P | undefined>((latest, p) => (!latest || p.opensOn > latest.opensOn ? p : latest), undefined);
}

/** The same conditions as the scheduler's dueActions: open on or after the opening day, locked on or after the lock day. */
function statusOn(period: FollowUpPeriod, today: IsoDate): FollowUpPeriodStatus {
  if (period.locksOn <= today) return 'last';
  return period.opensOn <= today ? 'oppen' : 'planerad';
}
