import { registerDecorator, type ValidationOptions } from 'class-validator';
import { isIsoDate } from '@resultatkedjan/domain';

/** A calendar day 'YYYY-MM-DD' that exists (2026-02-30 does not). */
export function IsIsoDay(options: ValidationOptions = {}): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'isIsoDay',
      target: target.constructor,
      propertyName: propertyName as string,
      options,
      validator: {
        validate: (value: unknown) => typeof value === 'string' && isIsoDate(value),
        defaultMessage: () => 'Måste vara ett datum i formatet ÅÅÅÅ-MM-DD.',
      },
    });
}
