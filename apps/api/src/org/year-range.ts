import type { SelectQueryBuilder, ObjectLiteral } from 'typeorm';

// chain/view (being rewritten elsewhere) reads the year range from here; it is defined once in common/validation.
export { FIRST_YEAR, LAST_YEAR } from '../common/validation/fields.js';

/** validToYear ≥ validFromYear, keyed on validToYear. */
export function yearRangeProblem(validFromYear: number, validToYear: number | null): Record<string, string[]> {
  return validToYear !== null && validToYear < validFromYear
    ? { validToYear: [`Slutåret kan inte ligga före startåret (${validFromYear}).`] }
    : {};
}

/** Rows valid in `year`: valid_from_year ≤ year ≤ valid_to_year, or open-ended. */
export function validInYear<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, alias: string, year: number): SelectQueryBuilder<T> {
  return qb
    .andWhere(`${alias}.validFromYear <= :year`, { year })
    .andWhere(`(${alias}.validToYear IS NULL OR ${alias}.validToYear >= :year)`, { year });
}
