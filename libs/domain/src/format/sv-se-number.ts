import { roundToDecimalString } from './decimal-rounding.js';

/**
 * sv-SE number formatting without depending on the runtime's ICU data, matching Intl.NumberFormat('sv-SE'):
 * digit groups separated by U+00A0 NO-BREAK SPACE (not the narrow U+202F), decimal comma, and U+2212 MINUS SIGN.
 * The same no-break space separates a number from its unit ('12,5 %', '1 234 567 kr').
 */
export const SV_GROUP_SEPARATOR = '\u00A0';
export const SV_DECIMAL_SEPARATOR = ',';
export const SV_MINUS_SIGN = '\u2212';
export const SV_UNIT_SEPARATOR = '\u00A0';

export interface NumberFormatOptions {
  /** Exact number of decimals. When omitted: up to `maxDecimals` (default 2), trailing zeros dropped. */
  readonly decimals?: number;
  readonly maxDecimals?: number;
  /** Text for null, undefined and non-finite values. Default '–' (en dash). */
  readonly missing?: string;
}

export const MISSING_VALUE_TEXT = '–';

function checkDecimals(decimals: number): number {
  if (!Number.isInteger(decimals) || decimals < 0 || decimals > 20) {
    throw new RangeError(`Antal decimaler måste vara ett heltal 0–20, fick ${decimals}`);
  }
  return decimals;
}

function groupDigits(integerDigits: string): string {
  return integerDigits.replace(/\B(?=(\d{3})+(?!\d))/g, SV_GROUP_SEPARATOR);
}

/** 1234.5 → '1 234,5'; -0.5 → '−0,5'; null → '–'. Rounds like Intl (half away from zero, on the value as typed). */
export function formatNumber(value: number | null | undefined, options: NumberFormatOptions = {}): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return options.missing ?? MISSING_VALUE_TEXT;
  const fixedDecimals = options.decimals === undefined ? undefined : checkDecimals(options.decimals);
  const digits = fixedDecimals ?? checkDecimals(options.maxDecimals ?? 2);
  const [integerPart, roundedFraction = ''] = roundToDecimalString(Math.abs(value), digits).split('.') as [string, string?];
  const fractionPart = fixedDecimals === undefined ? roundedFraction.replace(/0+$/, '') : roundedFraction;
  const isZero = /^0*$/.test(integerPart + fractionPart);
  const sign = value < 0 && !isZero ? SV_MINUS_SIGN : '';
  return `${sign}${groupDigits(integerPart)}${fractionPart ? SV_DECIMAL_SEPARATOR + fractionPart : ''}`;
}

/** 1234567 'kr' → '1 234 567 kr'. The value is already in `unit`; default 0 decimals. */
export function formatMoney(
  value: number | null | undefined,
  unit: string = 'kr',
  options: NumberFormatOptions = {},
): string {
  const text = formatNumber(value, { decimals: 0, ...options });
  return value === null || value === undefined || !Number.isFinite(value) ? text : `${text}${SV_UNIT_SEPARATOR}${unit}`;
}

/** A value already in percent: 12.5 → '12,5 %'. Default 1 decimal. */
export function formatPercent(value: number | null | undefined, options: NumberFormatOptions = {}): string {
  const text = formatNumber(value, { decimals: 1, ...options });
  return value === null || value === undefined || !Number.isFinite(value) ? text : `${text}${SV_UNIT_SEPARATOR}%`;
}
