import type { ValueSeed } from './types.js';

/** null = blank in DOMAIN.md 7.4 (not measured that quarter). */
export type Quarters = readonly [number | null, number | null, number | null, number | null];

/** Quarterly values (period keys '2025-Q1' … '2026-Q4') for both demo years. */
export function quarters(indicator: string, node: string, y2025: Quarters, y2026: Quarters): ValueSeed[] {
  return ([[2025, y2025], [2026, y2026]] as const).flatMap(([year, values]) =>
    values.flatMap((value, i) => (value === null ? [] : [{ indicator, node, periodKey: `${year}-Q${i + 1}`, value }])),
  );
}

/** Yearly values on the year key ('2025' / '2026') for indicators measured once a year. */
export function years(indicator: string, node: string, v2025: number, v2026: number): ValueSeed[] {
  return [
    { indicator, node, periodKey: '2025', value: v2025 },
    { indicator, node, periodKey: '2026', value: v2026 },
  ];
}

/** Rounds away binary noise from computed seed values (e.g. a cost split), keeping 6 decimals. */
export function clean(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}
