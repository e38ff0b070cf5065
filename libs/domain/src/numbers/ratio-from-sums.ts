import type { Coverage, RatioResult } from './ratio-result.js';
import { safeDivide } from './safe-divide.js';
import { convertUnit, isMoneyUnit, ratioUnitName, unitScale } from './units.js';

export interface RatioSums {
  readonly numerator: number | null;
  readonly denominator: number | null;
  /** Unit of the given numerator sum (e.g. 'tkr'). */
  readonly numeratorUnit: string;
  readonly denominatorUnit: string;
  /** Multiplier applied after dividing: 100 for %, 1000 for "per 1000 invånare". Default 1. */
  readonly scale?: number;
  /** Unit to express the numerator in before dividing; default see {@link defaultRatioUnits}. */
  readonly targetNumeratorUnit?: string;
  readonly targetDenominatorUnit?: string;
  /** Display unit of the result; default from {@link ratioUnitName}. */
  readonly unit?: string;
  readonly coverage?: Coverage;
}

/**
 * Default units to divide in: both sides are brought to their base unit (tkr → kr, 'tusen m³' → m³), except that a
 * money denominator under a non-money numerator is expressed in mnkr ("behöriga per mnkr").
 */
export function defaultRatioUnits(numeratorUnit: string, denominatorUnit: string): { numerator: string; denominator: string } {
  const numerator = unitScale(numeratorUnit).baseUnit;
  const denominator =
    isMoneyUnit(denominatorUnit) && !isMoneyUnit(numeratorUnit) ? 'mnkr' : unitScale(denominatorUnit).baseUnit;
  return { numerator, denominator };
}

function convertOrNull(value: number | null, from: string, to: string): number | null {
  if (value === null || !Number.isFinite(value)) return null;
  const converted = convertUnit(value, from, to);
  return Number.isFinite(converted) ? converted : null;
}

/** Converts the sums to the target units and divides them (ratio of sums; see DOMAIN.md 4.3). */
export function ratioFromSums(sums: RatioSums): RatioResult {
  const defaults = defaultRatioUnits(sums.numeratorUnit, sums.denominatorUnit);
  const numeratorUnit = sums.targetNumeratorUnit ?? defaults.numerator;
  const denominatorUnit = sums.targetDenominatorUnit ?? defaults.denominator;
  const scale = sums.scale ?? 1;
  const numerator = convertOrNull(sums.numerator, sums.numeratorUnit, numeratorUnit);
  const denominator = convertOrNull(sums.denominator, sums.denominatorUnit, denominatorUnit);
  const quotient = safeDivide(numerator, denominator, scale);
  const overflowed = (sums.numerator !== null && numerator === null) || (sums.denominator !== null && denominator === null);
  return {
    value: quotient.value,
    numerator,
    denominator,
    numeratorUnit,
    denominatorUnit,
    unit: sums.unit ?? ratioUnitName(numeratorUnit, denominatorUnit, scale),
    reason: overflowed && quotient.value === null ? 'utanfor_talomrade' : quotient.reason,
    coverage: sums.coverage ?? { withData: numerator !== null && denominator !== null ? 1 : 0, total: 1 },
  };
}
