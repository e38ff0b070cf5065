import { applyDecorators, Injectable, NotFoundException, ParseUUIDPipe, type PipeTransform } from '@nestjs/common';
import { Type } from 'class-transformer';
import { IsInt, Max, Min, ValidateBy, ValidateIf, type ValidationOptions } from 'class-validator';
import { isIsoDate } from '@resultatkedjan/domain';
import { unprocessable } from '../errors/field-errors.js';
import { sv } from './swedish-message.js';

/** PostgreSQL `integer` (int4): every integer column of the schema. */
export const INT4_MIN = -2_147_483_648;
export const INT4_MAX = 2_147_483_647;

/**
 * The years the API takes anywhere: validity years, budget (calendar) years, population years and year filters.
 * Wide enough for the directives and population figures a kommun already has from the 1900s, and every year in it
 * has a Gregorian Easter and a four-digit period key (2025-Q3), which the calendar and the period keys need.
 */
export const FIRST_YEAR = 1900;
export const LAST_YEAR = 2100;
export const YEAR_MESSAGE = `Året måste vara ett årtal mellan ${FIRST_YEAR} och ${LAST_YEAR}.`;

const DATE_MESSAGE = 'Måste vara ett datum i formatet ÅÅÅÅ-MM-DD.';
const DATE_TIME_MESSAGE = 'Måste vara ett datum (ÅÅÅÅ-MM-DD) eller en tidpunkt i ISO 8601, t.ex. 2026-10-31T23:59:59Z.';
const DATE_TIME = /^(\d{4}-\d{2}-\d{2})T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d{1,6})?)?(Z|[+-]([01]\d|2[0-3]):[0-5]\d)$/;

/** A path id that is not a UUID cannot exist: 404 with the same text as a missing row (never a 500 from the database). */
export function idParam(what: string): ParseUUIDPipe {
  return new ParseUUIDPipe({ exceptionFactory: () => new NotFoundException(`${what} finns inte.`) });
}

/** `:year` in a path: a four-digit year in FIRST_YEAR–LAST_YEAR, otherwise 422 keyed `year`. */
@Injectable()
export class YearParamPipe implements PipeTransform<string, number> {
  transform(value: string): number {
    const year = /^\d{4}$/.test(value) ? Number(value) : NaN;
    if (!(year >= FIRST_YEAR && year <= LAST_YEAR)) throw unprocessable({ year: [YEAR_MESSAGE] });
    return year;
  }
}

/**
 * The field may be left out, but null is refused (class-validator's IsOptional lets null through, which would
 * reach a NOT NULL column). Use IsOptional only for fields that are nullable (and say `nullable: true` in OpenAPI).
 */
export function OptionalNotNull(options?: ValidationOptions): PropertyDecorator {
  return ValidateIf((_object, value) => value !== undefined, options);
}

/** A calendar date 'YYYY-MM-DD' that exists (no time part, no 2026-02-30). */
export function IsIsoDate(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      // The name the Swedish message table (validation-messages.ts) knows dates by.
      name: 'isDateString',
      validator: {
        validate: (value: unknown) => typeof value === 'string' && isIsoDate(value),
        defaultMessage: () => DATE_MESSAGE,
      },
    },
    options,
  );
}

/** A date 'YYYY-MM-DD' or a timestamp with a zone ('2026-10-31T23:59:59Z'), on a day that exists. */
export function IsIsoDateOrTimestamp(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isIsoDateOrTimestamp',
      validator: {
        validate: (value: unknown) => {
          if (typeof value !== 'string') return false;
          if (isIsoDate(value)) return true;
          const day = DATE_TIME.exec(value)?.[1];
          return day !== undefined && isIsoDate(day);
        },
        defaultMessage: () => DATE_TIME_MESSAGE,
      },
    },
    options,
  );
}

export interface IntBounds {
  /** Defaults to the int4 range, the widest an integer column holds. */
  min?: number;
  max?: number;
  /** Replaces the generic 'Värdet är för litet.' / 'Värdet är för stort.', for both bounds or each. */
  message?: string | { min?: string; max?: string };
}

/**
 * An integer within bounds. Every integer field of a DTO declares both bounds (test/dto-integer-bounds checks it),
 * so no number reaches an int4 column that PostgreSQL would refuse (2147483648, 1e20).
 */
export function IntField({ min = INT4_MIN, max = INT4_MAX, message }: IntBounds = {}): PropertyDecorator {
  const [minMessage, maxMessage] = typeof message === 'string' ? [message, message] : [message?.min, message?.max];
  return applyDecorators(IsInt(), Min(min, minMessage ? sv(minMessage) : {}), Max(max, maxMessage ? sv(maxMessage) : {}));
}

/** A year in FIRST_YEAR–LAST_YEAR. */
export function YearField(): PropertyDecorator {
  return IntField({ min: FIRST_YEAR, max: LAST_YEAR, message: YEAR_MESSAGE });
}

/** An integer from the query string ('?page=2'): converted first, then bounded like IntField. */
export function QueryInt(bounds: IntBounds = {}): PropertyDecorator {
  return applyDecorators(Type(() => Number), IntField(bounds));
}

/** A year from the query string ('?year=2026'). */
export function QueryYear(): PropertyDecorator {
  return applyDecorators(Type(() => Number), YearField());
}
