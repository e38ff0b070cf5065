import type { IndicatorDefinition } from '../../aggregation/indicator-definition.js';
import type { IndicatorValue } from '../../aggregation/indicator-value.js';
import { annual } from './value-builders.js';

/** Kommun-level facts of DOMAIN.md 7.1 (money in mnkr), stored on kf per year. */
export const FINANS_INDICATORS: readonly IndicatorDefinition[] = [
  { id: 'KF.skatteintakter', unit: 'mnkr', timeAggregation: 'SUM', orgAggregation: 'SUM' },
  { id: 'KF.resultat', unit: 'mnkr', timeAggregation: 'SUM', orgAggregation: 'SUM' },
  { id: 'KF.avskrivningar', unit: 'mnkr', timeAggregation: 'SUM', orgAggregation: 'SUM' },
  { id: 'KF.investeringar', unit: 'mnkr', timeAggregation: 'SUM', orgAggregation: 'SUM' },
  { id: 'KF.invanare', unit: 'invånare', timeAggregation: 'LAST', orgAggregation: 'SUM' },
];

export const FINANS_VALUES: readonly IndicatorValue[] = [
  annual('KF.skatteintakter', 'kf', 2025, 3250.0),
  annual('KF.skatteintakter', 'kf', 2026, 3370.0),
  annual('KF.resultat', 'kf', 2025, 58.5),
  annual('KF.resultat', 'kf', 2026, 74.1),
  annual('KF.avskrivningar', 'kf', 2025, 120.0),
  annual('KF.avskrivningar', 'kf', 2026, 128.0),
  annual('KF.investeringar', 'kf', 2025, 210.0),
  annual('KF.investeringar', 'kf', 2026, 260.0),
  annual('KF.invanare', 'kf', 2025, 45000),
  annual('KF.invanare', 'kf', 2026, 45300),
];
