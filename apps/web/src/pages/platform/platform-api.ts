import { ApiError } from '../../api/client';

export interface Operator {
  operatorId: string;
  email: string;
  displayName: string;
  csrfToken: string;
}

export interface Kommun {
  id: string;
  kommunkod: string;
  namn: string;
  active: boolean;
  createdAt: string;
  deactivatedAt: string | null;
}

export interface CreatedKommun extends Kommun {
  invitationLink: string;
  invitationExpiresAt: string;
}

/** The platform API: its own session cookie and CSRF token, never a kommun user's. */
async function call<T>(method: string, path: string, csrfToken: string | null, body?: unknown): Promise<T> {
  const response = await fetch(`/api/v1/platform${path}`, {
    method,
    credentials: 'same-origin',
    headers: { ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...(csrfToken ? { 'x-csrf-token': csrfToken } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const payload: unknown = response.status === 204 ? null : await response.json().catch(() => null);
  if (!response.ok) {
    const error = (payload ?? {}) as { message?: string; fields?: Record<string, string[]> };
    throw new ApiError(response.status, { statusCode: response.status, error: '', message: error.message ?? '', fields: error.fields }, payload);
  }
  return payload as T;
}

export async function fetchOperator(): Promise<Operator | null> {
  try {
    return await call<Operator>('GET', '/auth/me', null);
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) return null;
    throw error;
  }
}

export const operatorLogin = (email: string, password: string) => call<Operator>('POST', '/auth/login', null, { email, password });
export const operatorLogout = (op: Operator) => call<void>('POST', '/auth/logout', op.csrfToken);
export const listKommuner = () => call<Kommun[]>('GET', '/kommuner', null);
export const createKommun = (op: Operator, body: { kommunkod: string; namn: string; adminEmail: string }) =>
  call<CreatedKommun>('POST', '/kommuner', op.csrfToken, body);
export const setKommunActive = (op: Operator, id: string, active: boolean) =>
  call<Kommun>('POST', `/kommuner/${encodeURIComponent(id)}/${active ? 'activate' : 'deactivate'}`, op.csrfToken);
export const exportUrl = (id: string) => `/api/v1/platform/kommuner/${encodeURIComponent(id)}/export`;
