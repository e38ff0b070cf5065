import { formatPeriodKey, parsePeriodKey } from './period-key.js';
import { isPeriodWithin } from './period-range.js';
import type { PeriodOptions } from './period-options.js';

export type BasePeriodKind = 'kvartal' | 'manad';

/** The quarters or months lying entirely inside `periodKey`, in order ('2025-D' → Q1, Q2 or M01…M08). */
export function basePeriodsWithin(periodKey: string, baseKind: BasePeriodKind, options: PeriodOptions = {}): string[] {
  const { year } = parsePeriodKey(periodKey);
  const candidates =
    baseKind === 'kvartal'
      ? ([1, 2, 3, 4] as const).map((quarter) => formatPeriodKey({ kind: 'kvartal', year, quarter }))
      : Array.from({ length: 12 }, (_, i) => formatPeriodKey({ kind: 'manad', year, month: i + 1 }));
  return candidates.filter((candidate) => isPeriodWithin(candidate, periodKey, options));
}
