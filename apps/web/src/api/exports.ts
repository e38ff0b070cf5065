import type { CreateExportRequest, ExportDto, ExportPeriodDto } from '@resultatkedjan/contracts';
import { queryOptions } from '@tanstack/react-query';
import { apiGet, apiSend } from './client';

const BASE = '/api/v1/exports';

/** Polls every second while an export is queued or running, so progress shows without a reload. */
export const exportPeriodsQuery = queryOptions({
  queryKey: ['exports', 'periods'],
  queryFn: () => apiGet<ExportPeriodDto[]>(`${BASE}/periods`),
  refetchInterval: (query) =>
    query.state.data?.some((p) => p.exports.some((e) => e.status === 'koad' || e.status === 'pagar')) ? 1000 : false,
});

export const createExport = (body: CreateExportRequest) => apiSend<ExportDto>('POST', BASE, body);

export const exportFileUrl = (id: string) => `${BASE}/${encodeURIComponent(id)}/file`;
