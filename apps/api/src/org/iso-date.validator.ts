import { isIsoDate } from '@resultatkedjan/domain';
import { ValidateBy, type ValidationOptions } from 'class-validator';

/** A calendar date 'YYYY-MM-DD' that exists (no time part, no 2026-02-30). Uses the pipe's Swedish date message. */
export function IsIsoDateOnly(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isDateString',
      validator: {
        validate: (value: unknown) => typeof value === 'string' && isIsoDate(value),
        defaultMessage: () => 'Måste vara ett datum i formatet ÅÅÅÅ-MM-DD.',
      },
    },
    options,
  );
}
