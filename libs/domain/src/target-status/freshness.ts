import { parseIsoDate } from '../dates/iso-date.js';
import { formatPeriodKey } from '../periods/period-key.js';
import type { PeriodOptions } from '../periods/period-options.js';
import { periodRange } from '../periods/period-range.js';

/** How often an indicator is expected to get a new value. */
export type Periodicity = 'manad' | 'kvartal' | 'ar';

/**
 * The reference period an indicator's value should have when `judgedPeriodKey` is judged: the latest whole
 * month/quarter ending inside the judged period (delår Jan–Aug → Q2 or M08), or the judged period's year.
 */
export function expectedReferencePeriod(
  judgedPeriodKey: string,
  periodicity: Periodicity,
  options: PeriodOptions = {},
): string {
  const end = parseIsoDate(periodRange(judgedPeriodKey, options).to);
  switch (periodicity) {
    case 'ar':
      return formatPeriodKey({ kind: 'ar', year: end.year });
    case 'manad':
      return formatPeriodKey({ kind: 'manad', year: end.year, month: end.month });
    case 'kvartal': {
      const quarter = Math.floor(end.month / 3);
      return quarter === 0
        ? formatPeriodKey({ kind: 'kvartal', year: end.year - 1, quarter: 4 })
        : formatPeriodKey({ kind: 'kvartal', year: end.year, quarter: quarter as 1 | 2 | 3 | 4 });
    }
  }
}

/**
 * A value is fresh for the judged period when its reference period ends inside the expected reference period
 * (or later) and not after the judged period. Stale values are never assessed (DOMAIN.md 4.4).
 */
export function isValueFresh(
  input: { readonly valuePeriodKey: string; readonly judgedPeriodKey: string; readonly periodicity: Periodicity },
  options: PeriodOptions = {},
): boolean {
  const value = periodRange(input.valuePeriodKey, options);
  const judged = periodRange(input.judgedPeriodKey, options);
  const expected = periodRange(expectedReferencePeriod(input.judgedPeriodKey, input.periodicity, options), options);
  return value.to >= expected.from && value.to <= judged.to;
}
