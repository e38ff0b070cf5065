/** The law (LKBR 13 kap) requires the delår to cover ½–⅔ of the year: Jan–Jun, Jan–Jul or Jan–Aug. */
export type DelarEndMonth = 6 | 7 | 8;

export const DEFAULT_DELAR_END_MONTH: DelarEndMonth = 8;

/** Tenant configuration that changes what a period key means. */
export interface PeriodOptions {
  /** Last month of the delår ('YYYY-D'); default 8 (Jan–Aug). */
  readonly delarEndMonth?: DelarEndMonth;
}

export function delarEndMonthOf(options: PeriodOptions = {}): DelarEndMonth {
  const month = options.delarEndMonth ?? DEFAULT_DELAR_END_MONTH;
  if (month !== 6 && month !== 7 && month !== 8) {
    throw new RangeError(`Delårets slutmånad måste vara 6, 7 eller 8 (minst halva och högst två tredjedelar av året), fick ${String(month)}`);
  }
  return month;
}
