import { ApiError } from '../../api/client';

/** The API's first message per field for the given fields; other fields' messages are left to the summary. */
export function apiFieldErrors<F extends string>(error: unknown, fields: readonly F[]): Partial<Record<F, string>> {
  if (!(error instanceof ApiError)) return {};
  const out: Partial<Record<F, string>> = {};
  for (const field of fields) {
    const message = error.fields[field]?.[0];
    if (message) out[field] = message;
  }
  return out;
}
