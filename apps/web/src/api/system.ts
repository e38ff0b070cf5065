import type { HealthResponse, SystemInfo } from '@resultatkedjan/contracts';
import { queryOptions } from '@tanstack/react-query';
import { ApiError, apiGet } from './client';

function isHealthResponse(value: unknown): value is HealthResponse {
  return typeof value === 'object' && value !== null && 'status' in value && 'details' in value;
}

/** Terminus answers 503 with the same JSON body when a check is down; that body is the answer, not an error. */
export async function fetchHealth(): Promise<HealthResponse> {
  try {
    return await apiGet<HealthResponse>('/api/health');
  } catch (err) {
    if (err instanceof ApiError && err.status === 503 && isHealthResponse(err.payload)) return err.payload;
    throw err;
  }
}

export function fetchSystemInfo(): Promise<SystemInfo> {
  return apiGet<SystemInfo>('/api/v1/system/info');
}

export const healthQuery = queryOptions({
  queryKey: ['system', 'health'],
  queryFn: fetchHealth,
  refetchInterval: 30_000,
});

export const systemInfoQuery = queryOptions({
  queryKey: ['system', 'info'],
  queryFn: fetchSystemInfo,
});
