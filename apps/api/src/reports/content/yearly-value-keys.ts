import type { EntityManager } from 'typeorm';
import { comparePeriodKeys, formatPeriodLabel, parsePeriodKey, periodRange, type PeriodOptions } from '@resultatkedjan/domain';
import { basePeriodsOfYears } from '../../chain/view/period-bases.js';
import { valueQueries } from '../../values/value.queries.js';
import { frozenCells } from '../support/frozen-cells.js';
import type { ReportRef } from '../support/report-ref.js';
import { periodOptions } from './report-period.js';

/**
 * Where a year's value is: the year's own key when stored, else the latest stored quarter or month of that year
 * that has ended by `until`, else the year's key (where a new value goes).
 */
export function chooseYearKey(stored: readonly string[], yearKey: string, until: string, options: PeriodOptions = {}): string {
  if (stored.includes(yearKey)) return yearKey;
  const inYear = stored.filter((k) => k.startsWith(`${yearKey}-`) && periodRange(k, options).to <= until);
  return [...inYear].sort((a, b) => comparePeriodKeys(a, b, options)).at(-1) ?? yearKey;
}

/** The parts of an indicator the key choice needs. */
export interface YearlyKeyIndicator {
  id: string;
  periodicity: string;
  numeratorIndicatorId: string | null;
  denominatorIndicatorId: string | null;
  computed: boolean;
  valuePeriodKey: string;
  previousPeriodKey: string;
  /** Set when the value lies in another, locked period or submitted report: shown, not changed here. */
  frozen: FrozenValue | null;
}

export interface FrozenValue {
  periodKey: string;
  value: number | null;
  /** Why it cannot be changed, in Swedish. */
  reason: string;
}

/**
 * A yearly figure (pupils on 15 October, leavers and eligibility per school year) is reported in the quarter it
 * becomes known and stored under that quarter, or under the year itself; the chain counts it for the whole year
 * either way. So in a report, a yearly indicator's value is the one stored under the year, else the latest one
 * stored under a quarter or month of the year that has ended by the report's end (a Q3 report shows the eligibility
 * reported in Q2, not next quarter's pupil count); "last period" is the previous year's, found the same way. Edits
 * go to the key found, so a year never gets two values; with none, to the year. Computed rates follow their
 * numerator. A value found in another period that is locked (or whose report is submitted) is frozen: the report
 * shows it but cannot change it. Two queries for every yearly indicator of the report.
 */
export async function resolveYearlyKeys<T extends YearlyKeyIndicator>(m: EntityManager, ref: ReportRef, indicators: T[]): Promise<T[]> {
  const yearly = indicators.filter((i) => i.periodicity === 'ar');
  if (yearly.length === 0) return indicators;
  const sourceOf = (i: T) => (i.computed ? i.numeratorIndicatorId! : i.id);
  const years = yearly.flatMap((i) => [parsePeriodKey(i.valuePeriodKey).year, parsePeriodKey(i.previousPeriodKey).year]);
  const rows = await valueQueries.ofNode(m, ref.orgNodeId, [...new Set(yearly.map(sourceOf))], basePeriodsOfYears(years));
  const stored = new Map<string, string[]>();
  const values = new Map<string, number>();
  for (const row of rows) {
    stored.set(row.indicatorId, [...(stored.get(row.indicatorId) ?? []), row.periodKey]);
    values.set(`${row.indicatorId}|${row.periodKey}`, row.value);
  }
  const options = periodOptions(ref.period);
  const pick = (keys: string[], yearKey: string, until: string) => chooseYearKey(keys, yearKey, until, options);
  const resolved = indicators.map((i) => {
    if (i.periodicity !== 'ar') return i;
    const keys = stored.get(sourceOf(i)) ?? [];
    return {
      ...i,
      valuePeriodKey: pick(keys, i.valuePeriodKey, ref.period.coversTo),
      previousPeriodKey: pick(keys, i.previousPeriodKey, `${i.previousPeriodKey}-12-31`),
    };
  });

  // Keys outside the report's own period may belong to a period that is locked or reported already.
  const outside = resolved.filter((i) => i.periodicity === 'ar' && !i.computed && !withinPeriod(i.valuePeriodKey, ref, options));
  const frozen = await frozenCells(m, outside.map((i) => ({ orgNodeId: ref.orgNodeId, periodKey: i.valuePeriodKey })));
  return resolved.map((i) =>
    frozen.has(`${ref.orgNodeId}|${i.valuePeriodKey}`) && outside.includes(i)
      ? {
          ...i,
          frozen: {
            periodKey: i.valuePeriodKey,
            value: values.get(`${i.id}|${i.valuePeriodKey}`) ?? null,
            reason: `Värdet rapporterades för ${formatPeriodLabel(i.valuePeriodKey)}, som är låst eller redan inlämnad; det kan inte ändras i den här rapporten.`,
          },
        }
      : i,
  );
}

function withinPeriod(key: string, ref: ReportRef, options: PeriodOptions): boolean {
  const range = periodRange(key, options);
  return range.from >= ref.period.coversFrom && range.to <= ref.period.coversTo;
}
