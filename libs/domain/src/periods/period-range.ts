import { lastDayOfMonth, toIsoDate, type IsoDate } from '../dates/iso-date.js';
import { parsePeriodKey, type Period } from './period-key.js';
import { delarEndMonthOf, type PeriodOptions } from './period-options.js';

export interface DateRange {
  readonly from: IsoDate;
  readonly to: IsoDate;
}

function monthsOf(period: Period, options: PeriodOptions): { first: number; last: number } {
  switch (period.kind) {
    case 'ar':
    case 'helar':
      return { first: 1, last: 12 };
    case 'kvartal':
      return { first: period.quarter * 3 - 2, last: period.quarter * 3 };
    case 'tertial':
      return { first: 1, last: period.tertial * 4 };
    case 'manad':
      return { first: period.month, last: period.month };
    case 'delar':
      return { first: 1, last: delarEndMonthOf(options) };
  }
}

/** First and last day (inclusive) of a period. */
export function periodRange(period: string | Period, options: PeriodOptions = {}): DateRange {
  const parsed = typeof period === 'string' ? parsePeriodKey(period) : period;
  const { first, last } = monthsOf(parsed, options);
  return { from: toIsoDate(parsed.year, first, 1), to: lastDayOfMonth(parsed.year, last) };
}

/** True when `inner` lies entirely inside `outer`. */
export function isPeriodWithin(inner: string, outer: string, options: PeriodOptions = {}): boolean {
  const a = periodRange(inner, options);
  const b = periodRange(outer, options);
  return a.from >= b.from && a.to <= b.to;
}

function compareRanges(a: string, ra: DateRange, b: string, rb: DateRange): number {
  if (ra.to !== rb.to) return ra.to < rb.to ? -1 : 1;
  if (ra.from !== rb.from) return ra.from < rb.from ? -1 : 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Chronological order: by end date, then by start date (a longer period ending the same day comes first,
 * so the most specific period is "latest"), then by key.
 */
export function comparePeriodKeys(a: string, b: string, options: PeriodOptions = {}): number {
  return compareRanges(a, periodRange(a, options), b, periodRange(b, options));
}

/** Distinct keys in chronological order (see {@link comparePeriodKeys}). Throws PeriodKeyError for an invalid key. */
export function sortPeriodKeys(keys: readonly string[], options: PeriodOptions = {}): string[] {
  const ranges = new Map([...new Set(keys)].map((key) => [key, periodRange(key, options)] as const));
  return [...ranges.keys()].sort((a, b) => compareRanges(a, ranges.get(a)!, b, ranges.get(b)!));
}
