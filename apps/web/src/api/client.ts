import type { ErrorResponse } from '@resultatkedjan/contracts';

/** A non-2xx answer from the API. `body` is normalised to ErrorResponse; `payload` is the parsed JSON as sent. */
export class ApiError extends Error {
  readonly status: number;
  readonly body: ErrorResponse;
  readonly payload: unknown;

  constructor(status: number, body: ErrorResponse, payload: unknown) {
    super(body.message);
    this.name = 'ApiError';
    this.status = status;
    this.body = body;
    this.payload = payload;
  }

  get fields(): Record<string, string[]> {
    return this.body.fields ?? {};
  }
}

export type SendMethod = 'POST' | 'PUT' | 'PATCH' | 'DELETE';

function isErrorResponse(value: unknown): value is ErrorResponse {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v.statusCode === 'number' && typeof v.message === 'string';
}

async function readJson(res: Response): Promise<unknown> {
  const text = await res.text();
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

async function request<T>(method: string, path: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  const res = await fetch(path, {
    method,
    headers,
    credentials: 'same-origin',
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const payload = await readJson(res);
  if (!res.ok) {
    const errorBody: ErrorResponse = isErrorResponse(payload)
      ? payload
      : { statusCode: res.status, error: res.statusText, message: res.statusText || `HTTP ${res.status}` };
    throw new ApiError(res.status, errorBody, payload);
  }
  return payload as T;
}

export function apiGet<T>(path: string): Promise<T> {
  return request<T>('GET', path);
}

export function apiSend<T>(method: SendMethod, path: string, body?: unknown): Promise<T> {
  return request<T>(method, path, body);
}
