import { addDays, isoWeekday, parseIsoDate, type IsoDate } from '../dates/iso-date.js';
import { holidaysOf } from './swedish-holidays.js';

export interface WorkingDayOptions {
  /** Treat midsommarafton, julafton and nyårsafton as working days. Default false (days off in kommuner). */
  readonly evesAreWorkingDays?: boolean;
  /** Extra local days off, e.g. a kommun-wide closure ('YYYY-MM-DD'). */
  readonly extraNonWorkingDays?: readonly IsoDate[];
}

export type DeadlineDirection = 'forward' | 'backward';

export function isWorkingDay(date: IsoDate, options: WorkingDayOptions = {}): boolean {
  if (isoWeekday(date) >= 6) return false;
  if (options.extraNonWorkingDays?.includes(date)) return false;
  const { year } = parseIsoDate(date);
  return !holidaysOf(year).some(
    (holiday) => holiday.date === date && (holiday.kind === 'helgdag' || !options.evesAreWorkingDays),
  );
}

/**
 * Moves a deadline that falls on a non-working day to the next ('forward', Lag 1930:173) or previous
 * ('backward', for deadlines that feed a fixed meeting) working day. Working days are returned unchanged.
 */
export function adjustDeadline(
  date: IsoDate,
  direction: DeadlineDirection = 'forward',
  options: WorkingDayOptions = {},
): IsoDate {
  const step = direction === 'forward' ? 1 : -1;
  let candidate = date;
  while (!isWorkingDay(candidate, options)) candidate = addDays(candidate, step);
  return candidate;
}

/** The `count`-th working day after `date` (before it when `count` is negative); `date` itself is not counted. */
export function addWorkingDays(date: IsoDate, count: number, options: WorkingDayOptions = {}): IsoDate {
  if (!Number.isInteger(count)) throw new RangeError(`Antal arbetsdagar måste vara ett heltal, fick ${count}`);
  const step = count >= 0 ? 1 : -1;
  let remaining = Math.abs(count);
  let candidate = date;
  while (remaining > 0) {
    candidate = addDays(candidate, step);
    if (isWorkingDay(candidate, options)) remaining -= 1;
  }
  return candidate;
}
