import { describe, expect, it, vi } from 'vitest';
import { jsonResponse } from '../test/render-app';
import { ApiError, apiGet, apiSend } from './client';

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
