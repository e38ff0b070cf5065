import type { IndicatorDefinition } from '../../aggregation/indicator-definition.js';
import type { IndicatorValue } from '../../aggregation/indicator-value.js';
import { twoYears } from './value-builders.js';

export const VON1_INDICATORS: readonly IndicatorDefinition[] = [
  { id: 'VON1.B1', unit: 'brukare', timeAggregation: 'AVG', orgAggregation: 'SUM' },
  { id: 'VON1.B2', unit: 'h', timeAggregation: 'SUM', orgAggregation: 'SUM' },
  { id: 'VON1.R1', unit: 'tkr', timeAggregation: 'SUM', orgAggregation: 'SUM' },
  { id: 'VON1.R2', unit: 'åa', timeAggregation: 'AVG', orgAggregation: 'SUM' },
  { id: 'VON1.R3', unit: '%', timeAggregation: 'AVG', orgAggregation: 'NONE' },
  { id: 'VON1.A1', unit: '%', timeAggregation: 'LAST', orgAggregation: 'NONE' },
  { id: 'VON1.P1', unit: 'h', timeAggregation: 'SUM', orgAggregation: 'SUM' },
  { id: 'VON1.K1', unit: 'pers.', timeAggregation: 'AVG', orgAggregation: 'WEIGHTED_MEAN', weightIndicatorId: 'VON1.B1' },
  { id: 'VON1.K2', unit: 'larm/brukare', timeAggregation: 'AVG', orgAggregation: 'WEIGHTED_MEAN', weightIndicatorId: 'VON1.B1' },
  { id: 'VON1.K3', unit: '%', timeAggregation: 'ANNUAL', orgAggregation: 'NONE' },
];

const N = null;

export const VON1_VALUES: readonly IndicatorValue[] = [
  // Centrum
  ...twoYears('VON1.B1', 'vof.ht.centrum', [148, 152, 150, 154], [156, 158, 160, 162]),
  ...twoYears('VON1.B2', 'vof.ht.centrum', [12400, 12600, 12900, 12800], [13000, 13200, 13500, 13400]),
  ...twoYears('VON1.R1', 'vof.ht.centrum', [7700, 7800, 8450, 7950], [8050, 8100, 8700, 8150]),
  ...twoYears('VON1.R2', 'vof.ht.centrum', [41.0, 41.5, 44.0, 41.5], [42.0, 42.0, 44.5, 42.0]),
  ...twoYears('VON1.R3', 'vof.ht.centrum', [9.8, 8.9, 8.1, 9.5], [8.9, 7.8, 7.0, 7.6]),
  ...twoYears('VON1.A1', 'vof.ht.centrum', [20, 20, 20, 20], [80, 95, 95, 95]),
  ...twoYears('VON1.P1', 'vof.ht.centrum', [11160, 11300, 11480, 11520], [11830, 12010, 12280, 12200]),
  ...twoYears('VON1.K1', 'vof.ht.centrum', [16, 16, 17, 15], [13, 12, 12, 11]),
  ...twoYears('VON1.K2', 'vof.ht.centrum', [2.4, 2.3, 2.5, 2.2], [2.0, 1.8, 1.9, 1.6]),
  ...twoYears('VON1.K3', 'vof.ht.centrum', [N, N, N, 86], [N, N, N, 90]),
  // Väster
  ...twoYears('VON1.B1', 'vof.ht.vaster', [176, 180, 178, 182], [182, 184, 186, 188]),
  ...twoYears('VON1.B2', 'vof.ht.vaster', [14700, 15000, 15300, 15200], [15400, 15600, 15900, 15800]),
  ...twoYears('VON1.R1', 'vof.ht.vaster', [9100, 9250, 9950, 9350], [9650, 9750, 10450, 9800]),
  ...twoYears('VON1.R2', 'vof.ht.vaster', [49.0, 49.5, 52.0, 49.5], [50.0, 50.5, 53.0, 50.0]),
  ...twoYears('VON1.R3', 'vof.ht.vaster', [9.1, 8.5, 7.9, 8.8], [8.9, 8.4, 7.5, 8.0]),
  ...twoYears('VON1.A1', 'vof.ht.vaster', [15, 15, 15, 15], [15, 15, 70, 90]),
  ...twoYears('VON1.P1', 'vof.ht.vaster', [13380, 13650, 13770, 13830], [14020, 14200, 14470, 14380]),
  ...twoYears('VON1.K1', 'vof.ht.vaster', [15, 15, 16, 14], [15, 15, 13, 12]),
  ...twoYears('VON1.K2', 'vof.ht.vaster', [2.1, 2.1, 2.3, 2.0], [2.0, 2.0, 1.9, 1.7]),
  ...twoYears('VON1.K3', 'vof.ht.vaster', [N, N, N, 88], [N, N, N, 89]),
  // Norr
  ...twoYears('VON1.B1', 'vof.ht.norr', [166, 168, 170, 172], [172, 174, 176, 178]),
  ...twoYears('VON1.B2', 'vof.ht.norr', [13500, 13700, 14100, 14000], [14200, 14400, 14800, 14700]),
  ...twoYears('VON1.R1', 'vof.ht.norr', [9400, 9500, 10250, 9600], [9900, 10000, 10800, 10150]),
  ...twoYears('VON1.R2', 'vof.ht.norr', [47.0, 47.5, 50.0, 47.5], [48.0, 48.5, 51.0, 48.5]),
  ...twoYears('VON1.R3', 'vof.ht.norr', [8.2, 7.6, 7.0, 7.9], [8.0, 7.5, 6.9, 7.6]),
  ...twoYears('VON1.A1', 'vof.ht.norr', [60, 60, 60, 60], [60, 60, 60, 60]),
  ...twoYears('VON1.P1', 'vof.ht.norr', [12420, 12600, 12830, 12880], [13060, 13250, 13470, 13520]),
  ...twoYears('VON1.K1', 'vof.ht.norr', [13, 13, 14, 13], [13, 13, 13, 12]),
  ...twoYears('VON1.K2', 'vof.ht.norr', [1.8, 1.7, 1.9, 1.8], [1.8, 1.7, 1.8, 1.7]),
  ...twoYears('VON1.K3', 'vof.ht.norr', [N, N, N, 91], [N, N, N, 92]),
];
