/**
 * Unit scaling, kept deliberately small: money units convert through kr, and a 'tusen ' prefix
 * ('tusen m³') means 1 000 of the base unit. Every other unit string is its own base with factor 1.
 */
export type MoneyUnit = 'kr' | 'tkr' | 'mnkr' | 'mdkr';

export const MONEY_UNIT_FACTORS: Readonly<Record<MoneyUnit, number>> = { kr: 1, tkr: 1e3, mnkr: 1e6, mdkr: 1e9 };

const THOUSAND_PREFIX = 'tusen ';

export interface ScaledValue {
  readonly value: number;
  readonly unit: string;
}

export function isMoneyUnit(unit: string): unit is MoneyUnit {
  return Object.hasOwn(MONEY_UNIT_FACTORS, unit);
}

/** The base unit of `unit` and how many base units one `unit` is ('tkr' → kr × 1000). */
export function unitScale(unit: string): { readonly baseUnit: string; readonly factor: number } {
  if (isMoneyUnit(unit)) return { baseUnit: 'kr', factor: MONEY_UNIT_FACTORS[unit] };
  if (unit.startsWith(THOUSAND_PREFIX)) return { baseUnit: unit.slice(THOUSAND_PREFIX.length), factor: 1e3 };
  return { baseUnit: unit, factor: 1 };
}

/** 54 000 tkr → 54 000 000 kr; 3 800 'tusen m³' → 3 800 000 m³; 'st' is unchanged. */
export function toBaseScale(value: number, unit: string): ScaledValue {
  const { baseUnit, factor } = unitScale(unit);
  return { value: value * factor, unit: baseUnit };
}

/** Converts between units with the same base (tkr → mnkr). Throws for incompatible units. */
export function convertUnit(value: number, from: string, to: string): number {
  const source = unitScale(from);
  const target = unitScale(to);
  if (source.baseUnit !== target.baseUnit) {
    throw new RangeError(`Kan inte omvandla ${from} till ${to}: olika grundenheter`);
  }
  return source.factor === target.factor ? value : (value * source.factor) / target.factor;
}

/**
 * Name of a ratio's unit: scale 100 → '%'; a money denominator → 'st per mnkr';
 * scale 1000 → 'st per 1000 invånare'; otherwise 'kr/elev'.
 */
export function ratioUnitName(numeratorUnit: string, denominatorUnit: string, scale = 1): string {
  if (scale === 100) return '%';
  if (scale !== 1) return `${numeratorUnit} per ${scale} ${denominatorUnit}`;
  if (isMoneyUnit(denominatorUnit)) return `${numeratorUnit} per ${denominatorUnit}`;
  return `${numeratorUnit}/${denominatorUnit}`;
}
