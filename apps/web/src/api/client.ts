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

/** The readable cookie the API sets beside the httpOnly session cookie. */
export const CSRF_COOKIE = 'rk_csrf';
export const CSRF_HEADER = 'X-CSRF-Token';

/** Requests whose 401 is an answer to show, not a lost session (wrong password; "not logged in yet"). */
const AUTH_PROBES = new Set(['/api/v1/auth/login', '/api/v1/auth/me']);

let csrfFromSession: string | null = null;
let maxInFlight = Number.POSITIVE_INFINITY;
let inFlight = 0;
const waiting: (() => void)[] = [];

/**
 * How many API requests may be in flight at once; the rest wait in order. main.tsx sets 1 while it asks the API
 * which database it runs on, and keeps 1 on the embedded database: its socket server interleaves the wire protocol
 * of concurrent connections (PGlite serves one session), and a burst of parallel requests can leave requests
 * hanging. On a PostgreSQL server the browser's own limit applies.
 */
export function setMaxConcurrentRequests(max: number): void {
  maxInFlight = Math.max(1, max);
  while (inFlight < maxInFlight && waiting.length > 0) {
    inFlight++;
    waiting.shift()!();
  }
}

function acquireSlot(): Promise<void> {
  if (inFlight < maxInFlight) {
    inFlight++;
    return Promise.resolve();
  }
  return new Promise((resolve) => waiting.push(resolve));
}

function releaseSlot(): void {
  const next = waiting.shift();
  if (next && inFlight <= maxInFlight) next();
  else inFlight--;
}
let onUnauthorized: (() => void) | null = null;

/** Remembers the token from the login or me response, for when the cookie cannot be read. */
export function setCsrfToken(token: string | null): void {
  csrfFromSession = token;
}

/** Called when an API request answers 401: the session has ended, so the app sends the user to the login page. */
export function setUnauthorizedHandler(handler: (() => void) | null): void {
  onUnauthorized = handler;
}

function readCookie(name: string): string | null {
  if (typeof document === 'undefined') return null;
  for (const part of document.cookie.split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) return decodeURIComponent(rest.join('='));
  }
  return null;
}

export function csrfToken(): string | null {
  return readCookie(CSRF_COOKIE) || csrfFromSession;
}

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
  const isForm = body instanceof FormData;
  if (body !== undefined && !isForm) headers['Content-Type'] = 'application/json';
  if (method !== 'GET' && method !== 'HEAD') {
    const token = csrfToken();
    if (token) headers[CSRF_HEADER] = token;
  }
  await acquireSlot();
  let res: Response;
  let payload: unknown;
  try {
    res = await fetch(path, {
      method,
      headers,
      credentials: 'same-origin',
      body: body === undefined ? undefined : isForm ? body : JSON.stringify(body),
    });
    payload = await readJson(res);
  } finally {
    releaseSlot();
  }
  if (!res.ok) {
    const errorBody: ErrorResponse = isErrorResponse(payload)
      ? payload
      : { statusCode: res.status, error: res.statusText, message: res.statusText || `HTTP ${res.status}` };
    if (res.status === 401 && !AUTH_PROBES.has(path.split('?')[0]!)) onUnauthorized?.();
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

/** POST of one file as multipart/form-data in the field `file` (the API's upload endpoints); errors as for apiSend. */
export function apiUpload<T>(path: string, file: File): Promise<T> {
  const form = new FormData();
  form.append('file', file);
  return request<T>('POST', path, form);
}

/** Builds a query string from the defined values: `{ year: 2026, q: undefined }` → `?year=2026`. */
export function queryString(params: Record<string, string | number | boolean | null | undefined>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== '') search.set(key, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}
