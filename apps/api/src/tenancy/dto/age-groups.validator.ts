import { ValidateBy, type ValidationOptions } from 'class-validator';

const MAX_GROUPS = 40;
const MAX_NAME_LENGTH = 40;
/** More than any kommun (Stockholm has about a million); a group can hold no more than the whole population. */
export const MAX_INHABITANTS = 20_000_000;

/** A plain object of at most 40 named groups whose values are non-negative integers. */
export function isAgeGroups(value: unknown): value is Record<string, number> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const entries = Object.entries(value);
  return (
    entries.length <= MAX_GROUPS &&
    entries.every(
      ([name, count]) =>
        name.trim().length > 0 && name.length <= MAX_NAME_LENGTH &&
        Number.isInteger(count) && (count as number) >= 0 && (count as number) <= MAX_INHABITANTS,
    )
  );
}

export function IsAgeGroups(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isAgeGroups',
      validator: {
        validate: (value: unknown) => isAgeGroups(value),
        defaultMessage: () =>
          `Åldersgrupper anges som ett objekt med högst ${MAX_GROUPS} namngivna grupper och icke-negativa heltal, t.ex. {"80+": 2700}.`,
      },
    },
    options,
  );
}
