import { UnprocessableEntityException } from '@nestjs/common';

/** Swedish messages keyed by field path (`rows.3.value`), as in the error shape's `fields`. */
export type FieldErrors = Record<string, string[]>;

const INVALID = 'Uppgifterna är inte giltiga.';

export function addFieldError(fields: FieldErrors, path: string, message: string): void {
  (fields[path] ??= []).push(message);
}

export function hasFieldErrors(fields: FieldErrors): boolean {
  return Object.keys(fields).length > 0;
}

/** 422 in the API's error shape, for callers that throw it themselves. */
export function unprocessable(fields: FieldErrors, message = INVALID): UnprocessableEntityException {
  return new UnprocessableEntityException({ message, fields });
}

/** Throws 422 with field-keyed Swedish messages when there are any. */
export function throwIfFieldErrors(fields: FieldErrors, message = INVALID): void {
  if (hasFieldErrors(fields)) throw unprocessable(fields, message);
}

/** 422 for a broken business rule: the first field's message doubles as the summary. */
export function ruleViolation(fields: FieldErrors): UnprocessableEntityException {
  return unprocessable(fields, Object.values(fields)[0]?.[0] ?? 'Uppgifterna bryter mot en regel.');
}

/** Throws a rule violation when any field has a problem. */
export function assertNoRuleViolations(fields: FieldErrors): void {
  if (hasFieldErrors(fields)) throw ruleViolation(fields);
}
