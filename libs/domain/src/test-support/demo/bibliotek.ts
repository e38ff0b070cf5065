import type { IndicatorDefinition } from '../../aggregation/indicator-definition.js';
import type { IndicatorValue } from '../../aggregation/indicator-value.js';
import { annual, twoYears } from './value-builders.js';

export const KFN1_INDICATORS: readonly IndicatorDefinition[] = [
  { id: 'KFN1.R1', unit: 'tkr', timeAggregation: 'SUM', orgAggregation: 'SUM' },
  { id: 'KFN1.R2', unit: 'åa', timeAggregation: 'AVG', orgAggregation: 'SUM' },
  { id: 'KFN1.A1', unit: 'st', timeAggregation: 'SUM', orgAggregation: 'SUM' },
  { id: 'KFN1.P1', unit: 'besök', timeAggregation: 'SUM', orgAggregation: 'SUM' },
  { id: 'KFN1.P2', unit: 'utlån', timeAggregation: 'SUM', orgAggregation: 'SUM' },
  /** Behov: children 0–17 on 31 Dec, a kommun-level fact (DOMAIN.md 7.1), stored on kf. */
  { id: 'KOMMUN.barn0_17', unit: 'barn 0–17', timeAggregation: 'LAST', orgAggregation: 'SUM' },
  { id: 'KFN1.K2', unit: '%', timeAggregation: 'ANNUAL', orgAggregation: 'NONE' },
];

const NODE = 'kff.bibl';
export const KFN1_VALUES: readonly IndicatorValue[] = [
  ...twoYears('KFN1.R1', NODE, [6200, 5900, 5400, 6500], [6400, 6100, 5600, 6700]),
  ...twoYears('KFN1.R2', NODE, [16.0, 16.0, 16.0, 16.0], [16.5, 16.5, 16.5, 16.5]),
  ...twoYears('KFN1.A1', NODE, [45, 40, 25, 55], [55, 50, 30, 65]),
  ...twoYears('KFN1.P1', NODE, [52000, 47000, 38000, 55000], [53500, 48000, 39500, 57000]),
  ...twoYears('KFN1.P2', NODE, [21000, 19500, 17000, 22500], [22500, 20500, 18500, 24500]),
  annual('KOMMUN.barn0_17', 'kf', 2025, 9630),
  annual('KOMMUN.barn0_17', 'kf', 2026, 9650),
  annual('KFN1.K2', NODE, 2025, 58),
  annual('KFN1.K2', NODE, 2026, 61),
];
