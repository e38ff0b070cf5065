import { UnprocessableEntityException } from '@nestjs/common';

export type FieldErrors = Record<string, string[]>;

export function addFieldError(fields: FieldErrors, path: string, message: string): void {
  (fields[path] ??= []).push(message);
}

/** Throws 422 with field-keyed Swedish messages when there are any. */
export function throwIfFieldErrors(fields: FieldErrors, message = 'Uppgifterna är inte giltiga.'): void {
  if (Object.keys(fields).length > 0) throw new UnprocessableEntityException({ message, fields });
}

/** 422 in the API's error shape, for callers that throw it themselves. */
export function unprocessable(fields: FieldErrors, message = 'Uppgifterna är inte giltiga.'): UnprocessableEntityException {
  return new UnprocessableEntityException({ message, fields });
}
