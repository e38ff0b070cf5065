import type { Action, LoginKommunDto, Role } from '@resultatkedjan/contracts';
import { queryOptions, type QueryClient } from '@tanstack/react-query';
import { ApiError, apiGet, apiSend, setCsrfToken } from '../api/client';
import { grantsAllow } from './permissions';

export interface RoleGrant {
  role: Role;
  /** null = the whole kommun. */
  orgNodeId: string | null;
}

/** GET /api/v1/auth/me and POST /api/v1/auth/login (the API's MeDto). */
export interface Me {
  userId: string;
  tenantId: string;
  email: string;
  displayName: string;
  grants: RoleGrant[];
  csrfToken: string;
}

export interface LoginRequest {
  email: string;
  password: string;
  /** The chosen kommun; left out when the API can tell from the e-mail's domain or there is only one. */
  kommunkod?: string;
}

/** What the login page needs to know about single sign-on. */
export interface SsoInfo {
  enabled: boolean;
  /** The provider's name when the API gives one (e.g. "Kommunens inloggning"). */
  name: string | null;
  /** Where the SSO button goes: the API's loginUrl when it is a path on this site, else /api/v1/auth/oidc/login. */
  loginUrl: string;
}

export const ME_QUERY_KEY = ['auth', 'me'] as const;
export const SSO_LOGIN_URL = '/api/v1/auth/oidc/login';

/** The logged-in user, or null when there is no session (401). Other failures are errors. */
export async function fetchMe(): Promise<Me | null> {
  try {
    const me = await apiGet<Me>('/api/v1/auth/me');
    setCsrfToken(me.csrfToken);
    return me;
  } catch (err) {
    if (err instanceof ApiError && err.status === 401) {
      setCsrfToken(null);
      return null;
    }
    throw err;
  }
}

export const meQuery = queryOptions({
  queryKey: ME_QUERY_KEY,
  queryFn: fetchMe,
  // The session changes only through login, logout or a 401, which all update this entry.
  staleTime: Number.POSITIVE_INFINITY,
  retry: false,
});

export async function login(body: LoginRequest): Promise<Me> {
  const me = await apiSend<Me>('POST', '/api/v1/auth/login', body);
  setCsrfToken(me.csrfToken);
  return me;
}

export async function logout(): Promise<void> {
  try {
    await apiSend<void>('POST', '/api/v1/auth/logout');
  } catch (err) {
    // An already ended session is logged out too.
    if (!(err instanceof ApiError && err.status === 401)) throw err;
  } finally {
    setCsrfToken(null);
  }
}

const NO_SSO: SsoInfo = { enabled: false, name: null, loginUrl: SSO_LOGIN_URL };

/**
 * GET /api/v1/auth/providers, today `{ password: true, sso: { enabled, name, loginUrl } }`. Tolerant of other
 * shapes too (`{ oidc: true }`, `{ providers: [{ id: 'oidc', name }] }`). A 404 or any error means no SSO.
 */
export async function fetchSsoInfo(kommunkod: string | null = null): Promise<SsoInfo> {
  const none = NO_SSO;
  let data: unknown;
  try {
    data = await apiGet<unknown>(kommunkod ? `/api/v1/auth/providers?kommun=${encodeURIComponent(kommunkod)}` : '/api/v1/auth/providers');
  } catch {
    return none;
  }
  return parseSsoInfo(data);
}

export function parseSsoInfo(data: unknown): SsoInfo {
  const none = NO_SSO;
  if (typeof data !== 'object' || data === null) return none;
  const d = data as Record<string, unknown>;
  const nameOf = (v: unknown): string | null => {
    if (typeof v !== 'object' || v === null) return null;
    const o = v as Record<string, unknown>;
    const name = o.name ?? o.displayName ?? o.label;
    return typeof name === 'string' && name ? name : null;
  };
  const urlOf = (v: unknown): string => {
    const url = typeof v === 'object' && v !== null ? (v as Record<string, unknown>).loginUrl : undefined;
    return typeof url === 'string' && url.startsWith('/') && !url.startsWith('//') ? url : SSO_LOGIN_URL;
  };
  const enabled = (v: unknown): SsoInfo => ({ enabled: true, name: nameOf(v), loginUrl: urlOf(v) });
  const list = Array.isArray(data) ? data : Array.isArray(d.providers) ? d.providers : null;
  if (list) {
    const oidc = list.find((p: unknown) => {
      if (typeof p === 'string') return p === 'oidc' || p === 'sso';
      if (typeof p !== 'object' || p === null) return false;
      const o = p as Record<string, unknown>;
      return (o.id === 'oidc' || o.type === 'oidc' || o.kind === 'oidc') && o.enabled !== false;
    });
    return oidc === undefined ? none : enabled(oidc);
  }
  for (const key of ['oidc', 'sso']) {
    const v = d[key];
    if (v === true) return { ...NO_SSO, enabled: true, name: typeof d.name === 'string' ? d.name : null };
    if (typeof v === 'object' && v !== null && (v as Record<string, unknown>).enabled !== false) return enabled(v);
  }
  return none;
}

/** The sign-in providers of the chosen kommun (null: the installation's own). */
export const ssoQuery = (kommunkod: string | null = null) =>
  queryOptions({
    queryKey: ['auth', 'providers', kommunkod],
    queryFn: () => fetchSsoInfo(kommunkod),
    staleTime: 5 * 60_000,
    retry: false,
  });

/** GET /api/v1/auth/kommuner: the kommuner the login page offers, with the e-mail domains that choose them. */
export const loginKommunerQuery = queryOptions({
  queryKey: ['auth', 'kommuner'],
  queryFn: async () => (await apiGet<{ items: LoginKommunDto[] }>('/api/v1/auth/kommuner')).items,
  staleTime: 5 * 60_000,
  retry: false,
});

/** Whether any of the user's grants allows `action` (the scope is checked by the API). */
export function meAllows(me: Me | null | undefined, action: Action): boolean {
  return !!me && grantsAllow(me.grants, action);
}

/** Forget everything fetched for the previous user but keep `me` as given. */
export function resetUserData(queryClient: QueryClient, me: Me | null): void {
  queryClient.removeQueries({ predicate: (q) => q.queryKey[0] !== 'auth' });
  queryClient.setQueryData(ME_QUERY_KEY, me);
}
