import { formatNumber, SV_UNIT_SEPARATOR } from '../format/sv-se-number.js';

/**
 * A figure as the export prints it: sv-SE digits (up to two decimals, four under 1 so "0,6985 per mnkr" keeps its
 * meaning) with the unit beside it; '–' when there is no value.
 */
export function figureText(value: number | null | undefined, unit: string): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '–';
  const text = formatNumber(value, { maxDecimals: Math.abs(value) < 1 && value !== 0 ? 4 : 2 });
  return unit ? `${text}${SV_UNIT_SEPARATOR}${unit}` : text;
}
