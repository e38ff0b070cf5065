import type { ComparisonSetDto, IndicatorBenchmarkDto, KoladaKpiDto, KoladaSyncStartedDto, KpiBenchmarkDto, KpiPreviewDto } from '@resultatkedjan/contracts';
import { queryOptions } from '@tanstack/react-query';
import { apiGet, apiSend, queryString } from './client';

const BASE = '/api/v1';

export const indicatorBenchmarksQuery = queryOptions({
  queryKey: ['benchmarks', 'indicators'],
  queryFn: () => apiGet<IndicatorBenchmarkDto[]>(`${BASE}/benchmarks/indicators`),
  staleTime: 60_000,
});

export function kpiBenchmarkQuery(kpiId: string) {
  return queryOptions({
    queryKey: ['benchmarks', 'kpi', kpiId],
    queryFn: () => apiGet<KpiBenchmarkDto>(`${BASE}/benchmarks/kpis/${encodeURIComponent(kpiId)}`),
  });
}

export function kpiSearchQuery(search: string) {
  return queryOptions({
    queryKey: ['kolada', 'kpis', search],
    queryFn: () => apiGet<KoladaKpiDto[]>(`${BASE}/kolada/kpis${queryString({ search: search || undefined })}`),
    staleTime: 5 * 60_000,
  });
}

export function kpiPreviewQuery(kpiId: string) {
  return queryOptions({
    queryKey: ['kolada', 'preview', kpiId],
    queryFn: () => apiGet<KpiPreviewDto>(`${BASE}/kolada/kpis/${encodeURIComponent(kpiId)}/preview`),
  });
}

export const comparisonSetQuery = queryOptions({
  queryKey: ['kolada', 'comparison-set'],
  queryFn: () => apiGet<ComparisonSetDto>(`${BASE}/kolada/comparison-set`),
});

export const mapIndicator = (indicatorId: string, kpiId: string | null) =>
  apiSend<{ indicatorId: string; kpiId: string | null }>('PUT', `${BASE}/kolada/indicators/${encodeURIComponent(indicatorId)}/kpi`, { kpiId });

export const startKoladaSync = () => apiSend<KoladaSyncStartedDto>('POST', `${BASE}/kolada/sync`, {});
