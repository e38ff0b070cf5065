import { expectedReferencePeriod, parsePeriodKey, previousPeriod, type DelarEndMonth, type PeriodOptions, type Periodicity } from '@resultatkedjan/domain';
import type { ReportRef } from '../support/report-ref.js';

/** The kommun's delår end month is read off the period's own dates (Jan–Jun, Jan–Jul or Jan–Aug). */
export function periodOptions(period: ReportRef['period']): PeriodOptions {
  const month = Number(period.coversTo.slice(5, 7));
  return month === 6 || month === 7 || month === 8 ? { delarEndMonth: month as DelarEndMonth } : {};
}

export function periodYear(period: ReportRef['period']): number {
  return parsePeriodKey(period.periodKey).year;
}

/**
 * The base period a report stores an indicator's value under: the latest whole month, quarter or year that ends
 * inside the report's period (Q3 → 2026-Q3; helår → 2026-Q4 for quarterly figures and 2026 for yearly ones;
 * delår Jan–Aug → 2026-Q2 and 2026-M08). The same rule decides which value is fresh (DOMAIN.md 4.4).
 */
export function valuePeriodKey(period: ReportRef['period'], periodicity: Periodicity): string {
  return expectedReferencePeriod(period.periodKey, periodicity, periodOptions(period));
}

export { previousPeriod };
