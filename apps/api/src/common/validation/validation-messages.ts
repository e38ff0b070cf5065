import type { ValidationError } from 'class-validator';

/** Swedish messages for class-validator constraints; DTOs may still give their own message. */
const SWEDISH: Record<string, (e: ValidationError) => string> = {
  whitelistValidation: () => 'Fältet är inte tillåtet.',
  isDefined: () => 'Fältet måste anges.',
  isNotEmpty: () => 'Fältet får inte vara tomt.',
  isString: () => 'Måste vara text.',
  isInt: () => 'Måste vara ett heltal.',
  isNumber: () => 'Måste vara ett tal.',
  isBoolean: () => 'Måste vara sant eller falskt.',
  isUUID: () => 'Måste vara ett giltigt id (UUID).',
  isUuid: () => 'Måste vara ett giltigt id (UUID).',
  isEnum: () => 'Värdet är inte ett av de tillåtna.',
  isIn: () => 'Värdet är inte ett av de tillåtna.',
  isISO8601: () => 'Måste vara ett datum i formatet ÅÅÅÅ-MM-DD.',
  isDateString: () => 'Måste vara ett datum i formatet ÅÅÅÅ-MM-DD.',
  isArray: () => 'Måste vara en lista.',
  arrayMaxSize: () => 'Listan har för många rader.',
  arrayMinSize: () => 'Listan har för få rader.',
  maxLength: () => 'Texten är för lång.',
  minLength: () => 'Texten är för kort.',
  min: () => 'Värdet är för litet.',
  max: () => 'Värdet är för stort.',
  matches: () => 'Värdet har fel format.',
  isEmail: () => 'Måste vara en giltig e-postadress.',
  nestedValidation: () => 'Måste vara ett objekt.',
};

/** Flattens class-validator's error tree into `{ "rows.3.value": ["Måste vara ett tal."] }`. */
export function fieldMessages(errors: ValidationError[], parent = ''): Record<string, string[]> {
  const fields: Record<string, string[]> = {};
  for (const error of errors) {
    const path = parent ? `${parent}.${error.property}` : error.property;
    if (error.constraints) {
      fields[path] = Object.entries(error.constraints).map(([key, message]) => {
        const custom = error.contexts?.[key]?.message as string | undefined;
        if (custom) return custom;
        // A DTO's own message is kept; class-validator's English defaults are translated.
        return isEnglishDefault(message, error.property) ? (SWEDISH[key]?.(error) ?? message) : message;
      });
    }
    if (error.children?.length) Object.assign(fields, fieldMessages(error.children, path));
  }
  return fields;
}

/** class-validator's built-in messages start with the property name ("email must be a string"). */
function isEnglishDefault(message: string, property: string): boolean {
  return message.startsWith(`${property} `) || message.startsWith('property ') || message.startsWith('each value in ');
}
