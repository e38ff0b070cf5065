import type { SelectQueryBuilder, ObjectLiteral } from 'typeorm';

export const FIRST_YEAR = 1900;
export const LAST_YEAR = 2100;

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
