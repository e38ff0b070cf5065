import type { IndicatorDefinition } from '../../aggregation/indicator-definition.js';
import type { IndicatorValue } from '../../aggregation/indicator-value.js';
import { annual, twoYears } from './value-builders.js';

export const SN1_INDICATORS: readonly IndicatorDefinition[] = [
  { id: 'SN1.B1', unit: 'st', timeAggregation: 'SUM', orgAggregation: 'SUM' },
  { id: 'SN1.R1', unit: 'tkr', timeAggregation: 'SUM', orgAggregation: 'SUM' },
  { id: 'SN1.R2', unit: 'åa', timeAggregation: 'AVG', orgAggregation: 'SUM' },
  { id: 'SN1.R3', unit: 'åa', timeAggregation: 'AVG', orgAggregation: 'SUM' },
  { id: 'SN1.R4', unit: '%', timeAggregation: 'LAST', orgAggregation: 'NONE' },
  { id: 'SN1.A1', unit: 'st', timeAggregation: 'SUM', orgAggregation: 'SUM' },
  {
    id: 'SN1.A2', unit: '%', timeAggregation: 'RATIO', orgAggregation: 'RATIO',
    numeratorIndicatorId: 'SN1.A1', denominatorIndicatorId: 'SN1.B1', scale: 100,
  },
  { id: 'SN1.A3', unit: 'st', timeAggregation: 'SUM', orgAggregation: 'SUM' },
  { id: 'SN1.P1', unit: 'st', timeAggregation: 'SUM', orgAggregation: 'SUM' },
  { id: 'SN1.K1', unit: 'st', timeAggregation: 'SUM', orgAggregation: 'SUM' },
  {
    id: 'SN1.K2', unit: '%', timeAggregation: 'RATIO', orgAggregation: 'RATIO',
    numeratorIndicatorId: 'SN1.K1', denominatorIndicatorId: 'SN1.P1', scale: 100,
  },
  { id: 'SN1.K3', unit: '%', timeAggregation: 'ANNUAL', orgAggregation: 'NONE' },
];

const NODE = 'sof.bof';
export const SN1_VALUES: readonly IndicatorValue[] = [
  ...twoYears('SN1.B1', NODE, [350, 330, 290, 380], [360, 345, 300, 395]),
  ...twoYears('SN1.R1', NODE, [6990, 6722, 6631, 6004], [5900, 5550, 5480, 5200]),
  ...twoYears('SN1.R2', NODE, [20.0, 21.0, 20.5, 22.0], [23.0, 23.5, 23.0, 24.0]),
  ...twoYears('SN1.R3', NODE, [6.0, 5.0, 5.0, 3.0], [2.0, 1.0, 1.0, 0.0]),
  ...twoYears('SN1.R4', NODE, [24, 22, 21, 18], [16, 15, 14, 13]),
  ...twoYears('SN1.A1', NODE, [308, 300, 247, 353], [338, 328, 276, 379]),
  ...twoYears('SN1.A3', NODE, [130, 125, 110, 140], [128, 130, 112, 138]),
  ...twoYears('SN1.P1', NODE, [120, 132, 105, 138], [126, 133, 110, 137]),
  ...twoYears('SN1.K1', NODE, [96, 112, 84, 121], [113, 122, 99, 128]),
  annual('SN1.K3', NODE, 2025, 78),
  annual('SN1.K3', NODE, 2026, 81),
];
