import type { RatioReason } from './ratio-result.js';

export interface SafeQuotient {
  readonly value: number | null;
  readonly reason: RatioReason | null;
}

function isPresent(value: number | null | undefined): value is number {
  return value !== null && value !== undefined && Number.isFinite(value);
}

/** numerator / denominator × scale, or null with a reason; never NaN or Infinity. Non-finite inputs count as missing. */
export function safeDivide(
  numerator: number | null | undefined,
  denominator: number | null | undefined,
  scale = 1,
): SafeQuotient {
  if (!isPresent(numerator) || !isPresent(denominator)) return { value: null, reason: 'saknar_varde' };
  if (denominator === 0) return { value: null, reason: 'division_med_noll' };
  const value = (numerator / denominator) * scale;
  if (!Number.isFinite(value)) return { value: null, reason: 'utanfor_talomrade' };
  // Normalise -0 so results compare and format as 0.
  return { value: value === 0 ? 0 : value, reason: null };
}
