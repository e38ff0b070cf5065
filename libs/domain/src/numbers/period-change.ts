import type { RatioReason } from './ratio-result.js';
import { safeDivide } from './safe-divide.js';

export interface PeriodChange {
  /** current − previous. */
  readonly absolute: number | null;
  /** (current − previous) / |previous| as a fraction (0.05 = +5 %). */
  readonly relative: number | null;
  /** Why `relative` (and, for missing values, `absolute`) is null. */
  readonly reason: RatioReason | null;
}

/** Null-safe change between two periods' values. */
export function periodChange(current: number | null | undefined, previous: number | null | undefined): PeriodChange {
  const present = (v: number | null | undefined): v is number => typeof v === 'number' && Number.isFinite(v);
  if (!present(current) || !present(previous)) return { absolute: null, relative: null, reason: 'saknar_varde' };
  const difference = current - previous;
  if (!Number.isFinite(difference)) return { absolute: null, relative: null, reason: 'utanfor_talomrade' };
  const absolute = difference === 0 ? 0 : difference;
  const relative = safeDivide(absolute, Math.abs(previous));
  return { absolute, relative: relative.value, reason: relative.reason };
}
