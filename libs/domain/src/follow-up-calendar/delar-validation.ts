import { daysInMonth, parseIsoDate, type IsoDate } from '../dates/iso-date.js';

export type DelarValidation =
  | { readonly valid: true; readonly months: number }
  | { readonly valid: false; readonly error: string };

/**
 * LKBR 13 kap: a delårsrapport covers at least half and at most two-thirds of the financial year. The period
 * must start on 1 January and end on a month end of the same year, so that is Jan–Jun, Jan–Jul or Jan–Aug.
 */
export function validateDelar(from: IsoDate, to: IsoDate): DelarValidation {
  const start = parseIsoDate(from);
  const end = parseIsoDate(to);
  if (start.month !== 1 || start.day !== 1) return { valid: false, error: 'Delåret måste börja den 1 januari' };
  if (end.year !== start.year) return { valid: false, error: 'Delåret måste sluta samma år som det börjar' };
  if (end.day !== daysInMonth(end.year, end.month)) {
    return { valid: false, error: 'Delåret måste sluta på en månads sista dag' };
  }
  if (end.month < 6) return { valid: false, error: `Delåret täcker ${end.month} månader; minst halva året (6) krävs` };
  if (end.month > 8) {
    return { valid: false, error: `Delåret täcker ${end.month} månader; högst två tredjedelar av året (8) är tillåtet` };
  }
  return { valid: true, months: end.month };
}

export class DelarValidationError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DelarValidationError';
  }
}

/** Throws DelarValidationError unless {@link validateDelar} accepts the period. */
export function assertValidDelar(from: IsoDate, to: IsoDate): void {
  const result = validateDelar(from, to);
  if (!result.valid) throw new DelarValidationError(result.error);
}
