import { render } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { vi } from 'vitest';
import { AppProviders } from '../app-providers';
import type { Me } from '../auth/auth-api';
import { clearSessionEnd } from '../auth/session-end';
import { createQueryClient } from '../query-client';
import { routes } from '../routes';

/** Renders the real route tree at `path`, with retries off so error states show at once. */
export function renderApp(path = '/') {
  clearSessionEnd();
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  const queryClient = createQueryClient({ retry: false });
  const view = render(
    <AppProviders queryClient={queryClient} env="test">
      <RouterProvider router={router} />
    </AppProviders>,
  );
  return { ...view, router, queryClient };
}

export function jsonResponse(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
}

export function errorResponse(status: number, message: string, fields?: Record<string, string[]>): Response {
  return jsonResponse({ statusCode: status, error: 'Error', message, ...(fields ? { fields } : {}) }, status);
}

export interface MockRequest {
  method: string;
  url: URL;
  body: unknown;
  headers: Record<string, string>;
}

type Answer = unknown | ((req: MockRequest) => Response | unknown);

/**
 * Stubs fetch with a tiny API: keys are "METHOD /path" (no query string). A value is the JSON body to answer
 * with (200), a Response, or a function of the request returning either. Anything else answers 404.
 */
export function mockApi(routes: Record<string, Answer>) {
  const fetchMock = vi.fn(async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const url = new URL(String(input), 'http://localhost');
    const method = (init.method ?? 'GET').toUpperCase();
    const answer = routes[`${method} ${url.pathname}`];
    if (answer === undefined) return errorResponse(404, `Ingen mock för ${method} ${url.pathname}`);
    const req: MockRequest = {
      method,
      url,
      body: typeof init.body === 'string' ? JSON.parse(init.body) : undefined,
      headers: (init.headers ?? {}) as Record<string, string>,
    };
    const value = await (typeof answer === 'function' ? (answer as (r: MockRequest) => unknown)(req) : answer);
    return value instanceof Response ? value.clone() : jsonResponse(value);
  });
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

const grant = (role: Me['grants'][number]['role'], orgNodeId: string | null = null) => [{ role, orgNodeId }];

/** Demo users (DOMAIN.md 7.7) as GET /auth/me answers them. */
export const testUsers = {
  karin: {
    userId: 'u-karin', tenantId: 't-1', email: 'karin.lindqvist@exempelstad.se', displayName: 'Karin Lindqvist',
    grants: grant('fortroendevald', 'node-ks'), csrfToken: 'csrf-karin',
  },
  omar: {
    userId: 'u-omar', tenantId: 't-1', email: 'omar.hassan@exempelstad.se', displayName: 'Omar Hassan',
    grants: grant('enhetschef', 'node-norr'), csrfToken: 'csrf-omar',
  },
  eva: {
    userId: 'u-eva', tenantId: 't-1', email: 'eva.berg@exempelstad.se', displayName: 'Eva Berg',
    grants: grant('controller'), csrfToken: 'csrf-eva',
  },
  lars: {
    userId: 'u-lars', tenantId: 't-1', email: 'lars.nystrom@exempelstad.se', displayName: 'Lars Nyström',
    grants: grant('revisor'), csrfToken: 'csrf-lars',
  },
} satisfies Record<string, Me>;

/** Logged in as `me`, plus any other routes. */
export function mockLoggedIn(me: Me, routes: Record<string, Answer> = {}) {
  return mockApi({ 'GET /api/v1/auth/me': me, ...routes });
}
