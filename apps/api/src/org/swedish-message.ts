import type { ValidationOptions } from 'class-validator';

/**
 * A DTO's own Swedish message for one constraint. The global pipe reads it from the constraint's
 * context (a plain `message` would be replaced by the generic Swedish text for that constraint).
 */
export function sv(message: string, options: ValidationOptions = {}): ValidationOptions {
  return { ...options, context: { message } };
}
