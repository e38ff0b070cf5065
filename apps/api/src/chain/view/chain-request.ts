import { isPeriodKey, sortPeriodKeys } from '@resultatkedjan/domain';
import { addFieldError, type FieldErrors } from '../../common/errors/field-errors.js';
import { MAX_CHAIN_PERIODS } from './goal-chain-query.dto.js';

/** The periods to show: the given keys plus the year, distinct and chronological; or field errors. */
export function resolvePeriods(periods: readonly string[] | undefined, year: number | undefined): { periods: string[]; fields: FieldErrors } {
  const fields: FieldErrors = {};
  const keys = [...(periods ?? [])];
  for (const key of keys) {
    if (!isPeriodKey(key)) {
      addFieldError(fields, 'periods', `Ogiltig period "${key}". Använd t.ex. 2025, 2025-Q2, 2025-M03, 2025-T2, 2025-D eller 2025-H.`);
    }
  }
  if (year !== undefined) keys.push(String(year));
  if (Object.keys(fields).length > 0) return { periods: [], fields };
  if (keys.length === 0) addFieldError(fields, 'periods', 'Ange minst en period (periods) eller ett år (year).');
  const sorted = sortPeriodKeys(keys);
  if (sorted.length > MAX_CHAIN_PERIODS) addFieldError(fields, 'periods', `Högst ${MAX_CHAIN_PERIODS} perioder, året inräknat.`);
  return { periods: sorted, fields };
}
