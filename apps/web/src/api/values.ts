import type { IndicatorDto, IndicatorValueDto, ValueBatchResult, ValueImportResult, ValueRow } from '@resultatkedjan/contracts';
import { queryOptions } from '@tanstack/react-query';
import { apiGet, ApiError, apiSend, CSRF_HEADER, csrfToken, queryString } from './client';

const BASE = '/api/v1';

interface IndicatorPage {
  items: IndicatorDto[];
  total: number;
}

/** Every indicator of the kommun (pages of 200, as many as there are). */
export const allIndicatorsQuery = queryOptions({
  queryKey: ['indicators', 'all'],
  queryFn: async () => {
    const first = await apiGet<IndicatorPage>(`${BASE}/indicators${queryString({ pageSize: 200 })}`);
    const items = [...first.items];
    for (let page = 2; (page - 1) * 200 < first.total; page++) {
      items.push(...(await apiGet<IndicatorPage>(`${BASE}/indicators${queryString({ pageSize: 200, page })}`)).items);
    }
    return items;
  },
  staleTime: 60_000,
});

/** One indicator's values for a year, every page. */
export function indicatorValuesQuery(indicatorId: string, year: number) {
  return queryOptions({
    queryKey: ['values', indicatorId, year],
    queryFn: async () => {
      const items: IndicatorValueDto[] = [];
      for (let page = 1; ; page++) {
        const res = await apiGet<{ items: IndicatorValueDto[]; total: number }>(`${BASE}/values${queryString({ indicatorId, year, pageSize: 200, page })}`);
        items.push(...res.items);
        if (items.length >= res.total || res.items.length === 0) return items;
      }
    },
  });
}

export function saveValues(rows: ValueRow[]): Promise<ValueBatchResult> {
  return apiSend<ValueBatchResult>('PUT', `${BASE}/values`, { rows });
}

/** POST /values/import (multipart): a 422 carries errors per file row and column (`rad 5.värde`) in `fields`. */
export async function importValues(indicatorId: string, file: File): Promise<ValueImportResult> {
  const form = new FormData();
  form.append('indicatorId', indicatorId);
  form.append('file', file);
  const headers: Record<string, string> = { Accept: 'application/json' };
  const token = csrfToken();
  if (token) headers[CSRF_HEADER] = token;
  const res = await fetch(`${BASE}/values/import`, { method: 'POST', body: form, headers, credentials: 'same-origin' });
  const text = await res.text();
  let payload: unknown;
  try {
    payload = text ? JSON.parse(text) : undefined;
  } catch {
    payload = text;
  }
  if (!res.ok) {
    const body = (typeof payload === 'object' && payload !== null ? payload : {}) as { message?: string; fields?: Record<string, string[]> };
    throw new ApiError(res.status, { statusCode: res.status, error: res.statusText, message: body.message ?? res.statusText, fields: body.fields }, payload);
  }
  return payload as ValueImportResult;
}
