import { ValidateIf, type ValidationOptions } from 'class-validator';

/**
 * The field may be left out, but null is not accepted (class-validator's IsOptional lets null through,
 * which would reach a NOT NULL column). Use IsOptional only for fields that are nullable.
 */
export function OptionalNotNull(options?: ValidationOptions): PropertyDecorator {
  return ValidateIf((_object, value) => value !== undefined, options);
}
