import { basePeriodsWithin, formatPeriodKey, parsePeriodKey } from '@resultatkedjan/domain';

const QUARTERS = [1, 2, 3, 4] as const;

/**
 * The stored (base) period keys whose values make up `periodKey`: the year key for a whole year, and every
 * quarter and month inside it. An indicator stores values in one kind only (its periodicity), so nothing is
 * counted twice. '2025' → 2025, 2025-Q1…Q4, 2025-M01…M12; '2025-Q2' → 2025-Q2, M04…M06; '2025-D' → Q1, Q2, M01…M08.
 */
export function basePeriodsOf(periodKey: string): string[] {
  const period = parsePeriodKey(periodKey);
  const wholeYear = period.kind === 'ar' || period.kind === 'helar';
  return [
    ...(wholeYear ? [String(period.year)] : []),
    ...basePeriodsWithin(periodKey, 'kvartal'),
    ...basePeriodsWithin(periodKey, 'manad'),
  ];
}

/** Every base key of the given years (to load once: coverage counts units that report anywhere in the year). */
export function basePeriodsOfYears(years: Iterable<number>): string[] {
  const keys: string[] = [];
  for (const year of new Set(years)) {
    keys.push(String(year));
    for (const quarter of QUARTERS) keys.push(formatPeriodKey({ kind: 'kvartal', year, quarter }));
    for (let month = 1; month <= 12; month += 1) keys.push(formatPeriodKey({ kind: 'manad', year, month }));
  }
  return keys;
}

/** True when the period covers a whole calendar year ('2025', '2025-H'). */
export function isWholeYear(periodKey: string): boolean {
  const { kind } = parsePeriodKey(periodKey);
  return kind === 'ar' || kind === 'helar';
}
