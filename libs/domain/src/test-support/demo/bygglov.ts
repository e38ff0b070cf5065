import type { IndicatorDefinition } from '../../aggregation/indicator-definition.js';
import type { IndicatorValue } from '../../aggregation/indicator-value.js';
import { annual, twoYears } from './value-builders.js';

export const SBN1_INDICATORS: readonly IndicatorDefinition[] = [
  { id: 'SBN1.B1', unit: 'st', timeAggregation: 'SUM', orgAggregation: 'SUM' },
  { id: 'SBN1.R1', unit: 'tkr', timeAggregation: 'SUM', orgAggregation: 'SUM' },
  { id: 'SBN1.R2', unit: 'tkr', timeAggregation: 'SUM', orgAggregation: 'SUM' },
  { id: 'SBN1.R3', unit: 'åa', timeAggregation: 'AVG', orgAggregation: 'SUM' },
  { id: 'SBN1.P1', unit: 'beslut', timeAggregation: 'SUM', orgAggregation: 'SUM' },
  { id: 'SBN1.K1', unit: 'beslut', timeAggregation: 'SUM', orgAggregation: 'SUM' },
  {
    id: 'SBN1.K2', unit: '%', timeAggregation: 'RATIO', orgAggregation: 'RATIO',
    numeratorIndicatorId: 'SBN1.K1', denominatorIndicatorId: 'SBN1.P1', scale: 100,
  },
  { id: 'SBN1.K3', unit: 'index', timeAggregation: 'ANNUAL', orgAggregation: 'NONE' },
];

const NODE = 'sbf.bygglov';
export const SBN1_VALUES: readonly IndicatorValue[] = [
  ...twoYears('SBN1.B1', NODE, [120, 210, 160, 110], [125, 220, 170, 115]),
  ...twoYears('SBN1.R1', NODE, [2300, 2350, 2050, 2400], [2500, 2550, 2450, 2600]),
  ...twoYears('SBN1.R2', NODE, [1300, 2100, 1700, 1200], [1400, 2300, 1900, 1350]),
  ...twoYears('SBN1.R3', NODE, [7.0, 7.0, 6.0, 7.5], [8.0, 8.0, 8.0, 8.0]),
  ...twoYears('SBN1.P1', NODE, [110, 180, 170, 120], [120, 205, 175, 125]),
  ...twoYears('SBN1.K1', NODE, [95, 144, 146, 108], [110, 189, 163, 118]),
  annual('SBN1.K3', NODE, 2025, 68),
  annual('SBN1.K3', NODE, 2026, 72),
];
