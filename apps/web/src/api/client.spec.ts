import { afterEach, describe, expect, it, vi } from 'vitest';
import { jsonResponse } from '../test/render-app';
import { ApiError, apiGet, apiSend, queryString, setCsrfToken, setMaxConcurrentRequests, setUnauthorizedHandler } from './client';

describe('api client', () => {
  it('turns a 422 body into an ApiError that carries the fields', async () => {
    const body = {
      statusCode: 422,
      error: 'Unprocessable Entity',
      message: 'Valideringen misslyckades',
      fields: { 'rows.3.value': ['Måste vara ett tal'] },
    };
    const fetchMock = vi.fn().mockResolvedValue(jsonResponse(body, 422));
    vi.stubGlobal('fetch', fetchMock);

    const error = await apiSend('POST', '/api/v1/goals', { name: 'Nöjda invånare' }).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(ApiError);
    const apiError = error as ApiError;
    expect(apiError.status).toBe(422);
    expect(apiError.message).toBe('Valideringen misslyckades');
    expect(apiError.body).toEqual(body);
    expect(apiError.fields['rows.3.value']).toEqual(['Måste vara ett tal']);

    const [url, init] = fetchMock.mock.calls[0] as [string, RequestInit];
    expect(url).toBe('/api/v1/goals');
    expect(init.method).toBe('POST');
    expect(init.credentials).toBe('same-origin');
    expect(init.body).toBe(JSON.stringify({ name: 'Nöjda invånare' }));
    expect((init.headers as Record<string, string>)['Content-Type']).toBe('application/json');
  });

  it('still gives an ErrorResponse-shaped body when the error is not JSON', async () => {
    vi.stubGlobal('fetch', vi.fn().mockResolvedValue(new Response('<h1>Bad gateway</h1>', { status: 502, statusText: 'Bad Gateway' })));

    const error = (await apiGet('/api/v1/system/info').catch((e: unknown) => e)) as ApiError;

    expect(error).toBeInstanceOf(ApiError);
    expect(error.body).toEqual({ statusCode: 502, error: 'Bad Gateway', message: 'Bad Gateway' });
    expect(error.fields).toEqual({});
  });

  it('returns the parsed JSON on success, and undefined for 204', async () => {
    vi.stubGlobal('fetch', vi.fn().mockResolvedValueOnce(jsonResponse({ version: '1.2.3' })).mockResolvedValueOnce(new Response(null, { status: 204 })));

    await expect(apiGet('/api/v1/system/info')).resolves.toEqual({ version: '1.2.3' });
    await expect(apiSend('DELETE', '/api/v1/goals/1')).resolves.toBeUndefined();
  });
});

describe('api client: CSRF and lost sessions', () => {
  afterEach(() => {
    document.cookie = 'rk_csrf=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/';
    setCsrfToken(null);
    setUnauthorizedHandler(null);
  });

  it('sends X-CSRF-Token from the rk_csrf cookie on unsafe methods, not on GET', async () => {
    document.cookie = 'rk_csrf=from-cookie; path=/';
    setCsrfToken('from-me');
    const fetchMock = vi.fn().mockImplementation(async () => jsonResponse({}));
    vi.stubGlobal('fetch', fetchMock);

    await apiSend('PATCH', '/api/v1/goals/1', { version: 1 });
    await apiGet('/api/v1/goals/1');

    const headersOf = (i: number) => (fetchMock.mock.calls[i] as [string, RequestInit])[1].headers as Record<string, string>;
    expect(headersOf(0)['X-CSRF-Token']).toBe('from-cookie');
    expect(headersOf(1)['X-CSRF-Token']).toBeUndefined();
  });

  it('falls back to the token from the login/me response when the cookie is missing', async () => {
    setCsrfToken('from-me');
    const fetchMock = vi.fn().mockImplementation(async () => new Response(null, { status: 204 }));
    vi.stubGlobal('fetch', fetchMock);

    await apiSend('DELETE', '/api/v1/goals/1');

    const init = (fetchMock.mock.calls[0] as [string, RequestInit])[1];
    expect((init.headers as Record<string, string>)['X-CSRF-Token']).toBe('from-me');
  });

  it('reports a 401 as a lost session, except from the login and me probes', async () => {
    const lost = vi.fn();
    setUnauthorizedHandler(lost);
    const unauthorized = () => jsonResponse({ statusCode: 401, error: 'Unauthorized', message: 'Du måste logga in.' }, 401);
    vi.stubGlobal('fetch', vi.fn().mockImplementation(async () => unauthorized()));

    await expect(apiSend('POST', '/api/v1/auth/login', { email: 'a@b.se', password: 'x' })).rejects.toBeInstanceOf(ApiError);
    await expect(apiGet('/api/v1/auth/me')).rejects.toBeInstanceOf(ApiError);
    expect(lost).not.toHaveBeenCalled();

    await expect(apiGet('/api/v1/goals/cascade?year=2026')).rejects.toMatchObject({ status: 401 });
    expect(lost).toHaveBeenCalledTimes(1);
  });
});

describe('queryString', () => {
  it('keeps defined values only', () => {
    expect(queryString({ year: 2026, level: undefined, q: '', geh: false, parent: null })).toBe('?year=2026&geh=false');
    expect(queryString({})).toBe('');
  });
});

describe('request limit', () => {
  afterEach(() => setMaxConcurrentRequests(Number.POSITIVE_INFINITY));

  it('keeps at most the allowed number of requests in flight, in order, and frees the slot on failure', async () => {
    setMaxConcurrentRequests(1);
    const answers: ((r: Response) => void)[] = [];
    const fetchMock = vi.fn(() => new Promise<Response>((resolve) => answers.push(resolve)));
    vi.stubGlobal('fetch', fetchMock);

    const first = apiGet('/api/v1/a').catch((e: unknown) => e);
    const second = apiGet('/api/v1/b');
    await Promise.resolve();
    expect(fetchMock).toHaveBeenCalledTimes(1);

    answers[0]!(jsonResponse({ statusCode: 500, error: 'x', message: 'x' }, 500));
    expect(await first).toBeInstanceOf(ApiError);
    await vi.waitFor(() => expect(fetchMock).toHaveBeenCalledTimes(2));
    expect((fetchMock.mock.calls[1] as unknown as [string])[0]).toBe('/api/v1/b');
    answers[1]!(jsonResponse({ ok: true }));
    await expect(second).resolves.toEqual({ ok: true });
  });
});
