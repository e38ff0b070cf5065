import { formatPeriodKey, parsePeriodKey, type Period } from './period-key.js';

/**
 * The previous comparable period: the preceding quarter or month (2025-Q1 → 2024-Q4), and for year-based
 * kinds — år, helår, delår and the cumulative tertials — the same period one year earlier.
 */
export function previousPeriod(periodKey: string): string {
  const period = parsePeriodKey(periodKey);
  if (period.kind === 'kvartal') {
    return formatPeriodKey(
      period.quarter === 1
        ? { kind: 'kvartal', year: period.year - 1, quarter: 4 }
        : { kind: 'kvartal', year: period.year, quarter: (period.quarter - 1) as 1 | 2 | 3 },
    );
  }
  if (period.kind === 'manad') {
    return formatPeriodKey(
      period.month === 1
        ? { kind: 'manad', year: period.year - 1, month: 12 }
        : { kind: 'manad', year: period.year, month: period.month - 1 },
    );
  }
  return samePeriodPreviousYear(periodKey);
}

/** The same period one year earlier (2025-Q3 → 2024-Q3), useful for seasonal figures. */
export function samePeriodPreviousYear(periodKey: string): string {
  const period = parsePeriodKey(periodKey);
  return formatPeriodKey({ ...period, year: period.year - 1 } as Period);
}
