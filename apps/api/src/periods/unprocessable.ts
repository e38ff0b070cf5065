import { UnprocessableEntityException } from '@nestjs/common';

export type FieldErrors = Record<string, string[]>;

/** 422 in the API's error shape: `{ message, fields: { 'path.to.field': ['Svensk text.'] } }`. */
export function unprocessable(fields: FieldErrors, message = 'Uppgifterna är inte giltiga.'): UnprocessableEntityException {
  return new UnprocessableEntityException({ message, fields });
}

export function addError(fields: FieldErrors, path: string, message: string): void {
  (fields[path] ??= []).push(message);
}
