import { isPeriodKey, periodRange } from '@resultatkedjan/domain';
import type { ReportRef } from '../support/report-ref.js';
import type { ContentIndicator } from './report-content.js';
import { periodOptions } from './report-period.js';

/** Units that count things and cannot be negative. */
const COUNT_UNITS = new Set(['st', 'åa', 'timmar', 'h', 'personer', 'pers.']);
const LIMIT = 1e15;

/** Why a value cannot be stored (or removed, `null`) for the indicator, or null. Shares (unit %) lie between 0 and 100. */
export function valueProblem(indicator: ContentIndicator, value: number | null): string | null {
  if (indicator.computed) return 'Värdet beräknas från täljare och nämnare och kan inte anges.';
  // The same value again is not a change (the form sends every field).
  if (indicator.frozen) return value === indicator.frozen.value ? null : indicator.frozen.reason;
  if (value === null) return null;
  if (!Number.isFinite(value)) return 'Måste vara ett tal.';
  if (Math.abs(value) >= LIMIT) return 'Värdet är för stort.';
  if (indicator.unit === '%' && (value < 0 || value > 100)) return 'En andel i procent måste ligga mellan 0 och 100.';
  if (COUNT_UNITS.has(indicator.unit) && value < 0) return 'Värdet får inte vara negativt.';
  return null;
}

/** A value's reference period must be a valid period key lying inside the report's period. */
export function referencePeriodProblem(key: string, period: ReportRef['period']): string | null {
  if (!isPeriodKey(key)) return 'Ogiltig period. Använd t.ex. 2026, 2026-Q3 eller 2026-M09.';
  const range = periodRange(key, periodOptions(period));
  if (range.from < period.coversFrom || range.to > period.coversTo) {
    return `Referensperioden måste ligga inom rapportens period (${period.coversFrom}–${period.coversTo}).`;
  }
  return null;
}
