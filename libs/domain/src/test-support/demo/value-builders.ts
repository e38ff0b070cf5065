import type { IndicatorValue } from '../../aggregation/indicator-value.js';

export const quartersOf = (year: number): string[] => [1, 2, 3, 4].map((q) => `${year}-Q${q}`);

/** Quarterly values Q1–Q4 of `year`; null = blank in DOMAIN.md (not measured). */
export function quarterly(
  indicatorId: string,
  orgNodeId: string,
  year: number,
  values: readonly (number | null)[],
): IndicatorValue[] {
  return values.flatMap((value, i) =>
    value === null ? [] : [{ indicatorId, orgNodeId, periodKey: `${year}-Q${i + 1}`, value }],
  );
}

/** Both demo years at once: [25Q1..25Q4], [26Q1..26Q4]. */
export function twoYears(
  indicatorId: string,
  orgNodeId: string,
  y2025: readonly (number | null)[],
  y2026: readonly (number | null)[],
): IndicatorValue[] {
  return [...quarterly(indicatorId, orgNodeId, 2025, y2025), ...quarterly(indicatorId, orgNodeId, 2026, y2026)];
}

export function annual(indicatorId: string, orgNodeId: string, year: number, value: number): IndicatorValue {
  return { indicatorId, orgNodeId, periodKey: String(year), value };
}
