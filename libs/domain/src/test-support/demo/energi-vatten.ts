import type { IndicatorDefinition } from '../../aggregation/indicator-definition.js';
import type { IndicatorValue } from '../../aggregation/indicator-value.js';
import { annual, twoYears } from './value-builders.js';

export const EV1_INDICATORS: readonly IndicatorDefinition[] = [
  { id: 'EV1.R1', unit: 'tkr', timeAggregation: 'SUM', orgAggregation: 'SUM' },
  { id: 'EV1.A1', unit: 'km', timeAggregation: 'SUM', orgAggregation: 'SUM' },
  { id: 'EV1.P1', unit: 'tusen m³', timeAggregation: 'SUM', orgAggregation: 'SUM' },
  { id: 'EV1.K1', unit: 'läckor', timeAggregation: 'SUM', orgAggregation: 'SUM' },
  /** Length of the water network (420 km), a stock. */
  { id: 'EV1.natlangd', unit: 'km', timeAggregation: 'LAST', orgAggregation: 'SUM' },
];

const NODE = 'ev';
export const EV1_VALUES: readonly IndicatorValue[] = [
  ...twoYears('EV1.R1', NODE, [22000, 21500, 23500, 23000], [23000, 22500, 24000, 24500]),
  ...twoYears('EV1.A1', NODE, [0.3, 1.1, 1.5, 0.9], [0.4, 1.3, 1.8, 1.0]),
  ...twoYears('EV1.P1', NODE, [900, 950, 1050, 900], [890, 960, 1080, 910]),
  ...twoYears('EV1.K1', NODE, [14, 8, 6, 12], [12, 7, 5, 10]),
  annual('EV1.natlangd', NODE, 2025, 420),
  annual('EV1.natlangd', NODE, 2026, 420),
];
