import type { IndicatorDefinition } from '../../aggregation/indicator-definition.js';
import type { IndicatorValue } from '../../aggregation/indicator-value.js';
import { annual, quarterly, twoYears } from './value-builders.js';

/** DOMAIN.md 7.4 A, per-school annual table: [pupils, FTE, cost mnkr, åk 9, behöriga] per year. */
type SchoolYear = readonly [number, number, number, number | null, number | null];
export const SCHOOL_TABLE: Readonly<Record<string, { 2025: SchoolYear; 2026: SchoolYear }>> = {
  'uf.gr.norr': { 2025: [450, 38.0, 54.0, 50, 42], 2026: [460, 38.5, 56.0, 48, 42] },
  'uf.gr.soder': { 2025: [600, 48.0, 69.6, 66, 59], 2026: [610, 49.0, 72.0, 64, 58] },
  'uf.gr.central': { 2025: [540, 46.0, 68.04, 182, 150], 2026: [530, 45.0, 68.9, 178, 152] },
  'uf.gr.vaster': { 2025: [420, 36.0, 52.5, 140, 117], 2026: [440, 37.0, 56.1, 146, 125] },
  'uf.gr.ekbacka': { 2025: [480, 38.0, 55.2, null, null], 2026: [490, 38.5, 57.82, null, null] },
  'uf.gr.lind': { 2025: [440, 36.0, 51.92, null, null], 2026: [440, 36.0, 53.24, null, null] },
  'uf.gr.bjork': { 2025: [400, 33.0, 47.2, null, null], 2026: [395, 33.0, 48.19, null, null] },
  'uf.gr.strand': { 2025: [520, 42.0, 59.8, null, null], 2026: [535, 43.0, 63.13, null, null] },
  'uf.gr.asby': { 2025: [150, 14.0, 21.75, null, null], 2026: [145, 14.0, 21.75, null, null] },
  'uf.gr.kvarn': { 2025: [400, 33.0, 46.8, null, null], 2026: [405, 33.0, 48.6, null, null] },
};

/** Indicators of the annual table (values stored on period '2025' / '2026'). */
export const GRUNDSKOLA_ANNUAL_INDICATORS: readonly IndicatorDefinition[] = [
  { id: 'gr.elever', unit: 'elev', timeAggregation: 'ANNUAL', orgAggregation: 'SUM' },
  { id: 'gr.lararårsarbetare', unit: 'åa', timeAggregation: 'AVG', orgAggregation: 'SUM' },
  { id: 'gr.nettokostnad', unit: 'mnkr', timeAggregation: 'SUM', orgAggregation: 'SUM' },
  { id: 'gr.avgangna', unit: 'elev', timeAggregation: 'ANNUAL', orgAggregation: 'SUM' },
  { id: 'gr.behoriga', unit: 'st', timeAggregation: 'ANNUAL', orgAggregation: 'SUM' },
  {
    id: 'gr.andelBehoriga', unit: '%', timeAggregation: 'ANNUAL', orgAggregation: 'RATIO',
    numeratorIndicatorId: 'gr.behoriga', denominatorIndicatorId: 'gr.avgangna', scale: 100,
  },
];

const ANNUAL_IDS = ['gr.elever', 'gr.lararårsarbetare', 'gr.nettokostnad', 'gr.avgangna', 'gr.behoriga'] as const;

export const GRUNDSKOLA_ANNUAL_VALUES: readonly IndicatorValue[] = Object.entries(SCHOOL_TABLE).flatMap(
  ([school, years]) =>
    ([2025, 2026] as const).flatMap((year) =>
      years[year].flatMap((value, i) => (value === null ? [] : [annual(ANNUAL_IDS[i]!, school, year, value)])),
    ),
);

/** Indicators of the quarterly chain BUN1 (Norrskolan's table, DOMAIN.md 7.4 A). */
export const BUN1_INDICATORS: readonly IndicatorDefinition[] = [
  { id: 'BUN1.R1', unit: 'tkr', timeAggregation: 'SUM', orgAggregation: 'SUM' },
  { id: 'BUN1.R2', unit: 'åa', timeAggregation: 'AVG', orgAggregation: 'SUM' },
  { id: 'BUN1.B1', unit: 'elev', timeAggregation: 'ANNUAL', orgAggregation: 'SUM' },
  { id: 'BUN1.A1', unit: 'st', timeAggregation: 'SUM', orgAggregation: 'SUM' },
  { id: 'BUN1.A2', unit: 'st', timeAggregation: 'SUM', orgAggregation: 'SUM' },
  {
    id: 'BUN1.A3', unit: '%', timeAggregation: 'RATIO', orgAggregation: 'RATIO',
    numeratorIndicatorId: 'BUN1.A2', denominatorIndicatorId: 'BUN1.A1', scale: 100,
  },
  { id: 'BUN1.P1', unit: 'elev', timeAggregation: 'ANNUAL', orgAggregation: 'SUM' },
  { id: 'BUN1.K1', unit: 'st', timeAggregation: 'ANNUAL', orgAggregation: 'SUM' },
  {
    id: 'BUN1.K2', unit: '%', timeAggregation: 'ANNUAL', orgAggregation: 'RATIO',
    numeratorIndicatorId: 'BUN1.K1', denominatorIndicatorId: 'BUN1.P1', scale: 100,
  },
  { id: 'BUN1.K3.trygga', unit: 'st', timeAggregation: 'ANNUAL', orgAggregation: 'SUM' },
  { id: 'BUN1.K3.svarande', unit: 'st', timeAggregation: 'ANNUAL', orgAggregation: 'SUM' },
  {
    id: 'BUN1.K3', unit: '%', timeAggregation: 'ANNUAL', orgAggregation: 'RATIO',
    numeratorIndicatorId: 'BUN1.K3.trygga', denominatorIndicatorId: 'BUN1.K3.svarande', scale: 100,
  },
];

const N = null;
export const NORRSKOLAN_QUARTERLY_VALUES: readonly IndicatorValue[] = [
  ...twoYears('BUN1.R1', 'uf.gr.norr', [13770, 13770, 11880, 14580], [14280, 14280, 12320, 15120]),
  ...twoYears('BUN1.R2', 'uf.gr.norr', [37.5, 38.0, 38.5, 38.0], [38.0, 38.5, 39.0, 38.5]),
  ...twoYears('BUN1.B1', 'uf.gr.norr', [N, N, N, 450], [N, N, N, 460]),
  ...twoYears('BUN1.A1', 'uf.gr.norr', [6000, 6000, 3600, 6600], [6000, 6000, 3600, 6600]),
  ...twoYears('BUN1.A2', 'uf.gr.norr', [5820, 5790, 3528, 6336], [5850, 5850, 3546, 6468]),
  ...twoYears('BUN1.P1', 'uf.gr.norr', [N, 50, N, N], [N, 48, N, N]),
  ...twoYears('BUN1.K1', 'uf.gr.norr', [N, 42, N, N], [N, 42, N, N]),
  ...twoYears('BUN1.K3.trygga', 'uf.gr.norr', [78, N, N, N], [79, N, N, N]),
  ...twoYears('BUN1.K3.svarande', 'uf.gr.norr', [95, N, N, N], [93, N, N, N]),
];

/** Quarterly cost split of the annual cost (DOMAIN.md 7.4 A). */
export const COST_SPLIT = [0.255, 0.255, 0.22, 0.27] as const;

/**
 * The other nine schools seeded quarterly as DOMAIN.md prescribes: cost split 25.5/25.5/22/27 %, FTE equal to the
 * annual value every quarter, pupils in Q4, leavers and behöriga in Q2.
 */
export const OTHER_SCHOOLS_QUARTERLY_VALUES: readonly IndicatorValue[] = Object.entries(SCHOOL_TABLE)
  .filter(([school]) => school !== 'uf.gr.norr')
  .flatMap(([school, years]) =>
    ([2025, 2026] as const).flatMap((year) => {
      const [pupils, fte, costMnkr, leavers, qualified] = years[year];
      return [
        ...quarterly('BUN1.R1', school, year, COST_SPLIT.map((share) => costMnkr * 1000 * share)),
        ...quarterly('BUN1.R2', school, year, [fte, fte, fte, fte]),
        ...quarterly('BUN1.B1', school, year, [N, N, N, pupils]),
        ...quarterly('BUN1.P1', school, year, [N, leavers, N, N]),
        ...quarterly('BUN1.K1', school, year, [N, qualified, N, N]),
      ];
    }),
  );
