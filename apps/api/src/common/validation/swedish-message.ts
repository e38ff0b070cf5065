import type { ValidationOptions } from 'class-validator';

/**
 * A custom Swedish message for a class-validator constraint. The global pipe prefers `context.message` over its
 * own generic Swedish text (see common/validation/validation-messages.ts), so the message is set in both places.
 */
export function sv(message: string, options: ValidationOptions = {}): ValidationOptions {
  return { ...options, message, context: { message } };
}

/** class-validator names the constraint `isUuid`, which the shared Swedish table does not cover. */
export const UUID_MESSAGE = 'Måste vara ett giltigt id (UUID).';
