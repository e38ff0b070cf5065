// chain/view (being rewritten elsewhere) reads the year range from here; it is defined once in common/validation.
export { FIRST_YEAR, LAST_YEAR } from '../common/validation/fields.js';

/** validToYear ≥ validFromYear, keyed on validToYear. */
export function yearRangeProblem(validFromYear: number, validToYear: number | null): Record<string, string[]> {
  return validToYear !== null && validToYear < validFromYear
    ? { validToYear: [`Slutåret kan inte ligga före startåret (${validFromYear}).`] }
    : {};
}

/** SQL condition on `alias` (a query-builder alias): valid in the year bound to :year (valid_from_year ≤ year ≤ valid_to_year, or open-ended). */
export const validInYearSql = (alias: string) => `${alias}.validFromYear <= :year AND (${alias}.validToYear IS NULL OR ${alias}.validToYear >= :year)`;
