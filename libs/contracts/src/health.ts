export type HealthStatus = 'ok' | 'error' | 'shutting_down';

export interface HealthIndicatorState {
  status: 'up' | 'down';
  [detail: string]: unknown;
}

/** Shape of GET /api/health (Terminus). */
export interface HealthResponse {
  status: HealthStatus;
  info?: Record<string, HealthIndicatorState>;
  error?: Record<string, HealthIndicatorState>;
  details: Record<string, HealthIndicatorState>;
}

/** Shape of GET /api/v1/system/info: what the running instance is made of. */
export interface SystemInfo {
  version: string;
  databaseMode: 'embedded' | 'server';
  queueBackend: 'postgres' | 'redis';
  lastHeartbeatAt: string | null;
}
