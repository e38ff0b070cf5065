import type { IndicatorDefinition } from '../../aggregation/indicator-definition.js';
import type { IndicatorValue } from '../../aggregation/indicator-value.js';
import { annual, twoYears } from './value-builders.js';

export const HEM_INDICATORS: readonly IndicatorDefinition[] = [
  { id: 'HEM.R1', unit: 'tkr', timeAggregation: 'SUM', orgAggregation: 'SUM' },
  { id: 'HEM.R2', unit: 'åa', timeAggregation: 'AVG', orgAggregation: 'SUM' },
  { id: 'HEM.A1', unit: 'hushåll', timeAggregation: 'SUM', orgAggregation: 'SUM' },
  { id: 'HEM.A2', unit: 'st', timeAggregation: 'SUM', orgAggregation: 'SUM' },
  { id: 'HEM.A3', unit: 'st', timeAggregation: 'SUM', orgAggregation: 'SUM' },
  { id: 'HEM1.P1', unit: 'lägenheter', timeAggregation: 'SUM', orgAggregation: 'SUM' },
  { id: 'HEM.P2', unit: 'lägenhet', timeAggregation: 'LAST', orgAggregation: 'SUM' },
  { id: 'HEM2.K1', unit: '%', timeAggregation: 'AVG', orgAggregation: 'NONE' },
  { id: 'HEM2.K2', unit: 'index', timeAggregation: 'ANNUAL', orgAggregation: 'NONE' },
  { id: 'HEM2.K3', unit: 'hushåll', timeAggregation: 'SUM', orgAggregation: 'SUM' },
  { id: 'HEM-F.soliditet', unit: '%', timeAggregation: 'ANNUAL', orgAggregation: 'NONE' },
  { id: 'HEM-F.direktavkastning', unit: '%', timeAggregation: 'ANNUAL', orgAggregation: 'NONE' },
];

const NODE = 'hem';
export const HEM_VALUES: readonly IndicatorValue[] = [
  ...twoYears('HEM.R1', NODE, [58000, 50500, 47000, 56500], [60000, 52500, 49000, 58500]),
  ...twoYears('HEM.R2', NODE, [95, 95, 95, 95], [96, 96, 96, 96]),
  ...twoYears('HEM.A1', NODE, [38, 35, 30, 40], [42, 40, 36, 44]),
  ...twoYears('HEM.A2', NODE, [4200, 3700, 3300, 4000], [4300, 3800, 3400, 4100]),
  ...twoYears('HEM.A3', NODE, [3612, 3256, 2772, 3560], [3827, 3458, 2992, 3772]),
  ...twoYears('HEM1.P1', NODE, [0, 0, 36, 24], [0, 30, 0, 40]),
  ...twoYears('HEM.P2', NODE, [3820, 3820, 3856, 3880], [3880, 3910, 3910, 3950]),
  ...twoYears('HEM2.K1', NODE, [98.6, 98.8, 98.2, 99.0], [99.1, 99.2, 98.7, 99.3]),
  ...twoYears('HEM2.K2', NODE, [null, null, null, 77], [null, null, null, 80]),
  ...twoYears('HEM2.K3', NODE, [0, 1, 0, 0], [0, 0, 0, 0]),
  annual('HEM-F.soliditet', NODE, 2025, 16.2),
  annual('HEM-F.soliditet', NODE, 2026, 16.8),
  annual('HEM-F.direktavkastning', NODE, 2025, 3.8),
  annual('HEM-F.direktavkastning', NODE, 2026, 4.1),
];
