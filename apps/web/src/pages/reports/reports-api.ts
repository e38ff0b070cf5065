// Shapes of apps/api/src/reports/dto (not yet in libs/contracts) and the calls the report pages make.
import type { ChainLink, Direction, GoalLevel, OrgNodeKind, Periodicity } from '@resultatkedjan/contracts';
import { queryOptions } from '@tanstack/react-query';
import { apiGet, apiSend, csrfToken, CSRF_HEADER, ApiError, queryString } from '../../api/client';

const BASE = '/api/v1/reports';

export type ReportStatus = 'utkast' | 'inlamnad' | 'godkand' | 'atersand';

export interface ReportLevel {
  level: number;
  label: string;
}

export interface ReportIndicator {
  indicatorId: string;
  key: string;
  name: string;
  unit: string;
  link: ChainLink;
  direction: Direction;
  periodicity: Periodicity;
  targeted: boolean;
  computed: boolean;
  periodKey: string;
  value: number | null;
  referencePeriodKey: string | null;
  comment: string | null;
  previousPeriodKey: string;
  previousValue: number | null;
  target: number | null;
  assessment: (ReportLevel & { attainment: number | null; reason: string | null }) | null;
}

export interface ReportAssessment {
  whatHappened: string;
  why: string;
  nextSteps: string;
  selfLevel: number | null;
  selfJustification: string;
}

export interface ReportGoal {
  goalId: string;
  key: string;
  title: string;
  level: GoalLevel;
  ownerNodeId: string;
  suggested: ReportLevel;
  assessment: ReportAssessment;
  indicators: ReportIndicator[];
}

export interface ReportSummary {
  id: string;
  orgNode: { id: string; key: string; name: string; kind: OrgNodeKind };
  period: { id: string; periodKey: string; kind: string; coversFrom: string; coversTo: string; status: string };
  status: ReportStatus;
  version: number;
  submittedAt: string | null;
  decidedAt: string | null;
  returnComment: string | null;
  updatedAt: string;
}

export interface ReportDetail extends ReportSummary {
  submittedBy: { id: string; displayName: string } | null;
  decidedBy: { id: string; displayName: string } | null;
  reopenReason: string | null;
  editable: boolean;
  levels: ReportLevel[];
  goals: ReportGoal[];
}

export interface ReportPage {
  items: ReportSummary[];
  page: number;
  pageSize: number;
  total: number;
}

export interface SaveReportBody {
  version: number;
  values?: { indicatorId: string; value: number | null }[];
  assessments?: ({ goalId: string } & Partial<ReportAssessment>)[];
}

export const reportKeys = {
  all: ['reports'] as const,
  list: (status: string | null) => ['reports', 'list', status ?? 'alla'] as const,
  detail: (id: string) => ['reports', 'detail', id] as const,
};

export function reportListQuery(status: ReportStatus | null) {
  return queryOptions({
    queryKey: reportKeys.list(status),
    queryFn: () => apiGet<ReportPage>(`${BASE}${queryString({ status, pageSize: 100 })}`),
  });
}

export function reportQuery(id: string) {
  return queryOptions({
    queryKey: reportKeys.detail(id),
    queryFn: () => apiGet<ReportDetail>(`${BASE}/${encodeURIComponent(id)}`),
  });
}

const path = (id: string, action = '') => `${BASE}/${encodeURIComponent(id)}${action}`;

export const saveReport = (id: string, body: SaveReportBody) => apiSend<ReportDetail>('PUT', path(id), body);
export const submitReport = (id: string, version: number) => apiSend<ReportDetail>('POST', path(id, '/submit'), { version });
export const approveReport = (id: string, version: number) => apiSend<ReportDetail>('POST', path(id, '/approve'), { version });
export const returnReport = (id: string, version: number, comment: string) =>
  apiSend<ReportDetail>('POST', path(id, '/return'), { version, comment });

export const templateUrl = (id: string) => path(id, '/import-template.xlsx');

export interface ImportResult {
  rows: number;
  changed: number;
  report: ReportDetail;
}

/** POST /reports/:id/import (multipart): 422 carries errors per row and column in `fields`. */
export async function importReport(id: string, file: File): Promise<ImportResult> {
  const form = new FormData();
  form.append('file', file);
  const headers: Record<string, string> = { Accept: 'application/json' };
  const token = csrfToken();
  if (token) headers[CSRF_HEADER] = token;
  const res = await fetch(path(id, '/import'), { method: 'POST', body: form, headers, credentials: 'same-origin' });
  const text = await res.text();
  const payload: unknown = text ? JSON.parse(text) : undefined;
  if (!res.ok) {
    const body = (payload ?? {}) as { statusCode?: number; message?: string; fields?: Record<string, string[]> };
    throw new ApiError(res.status, { statusCode: res.status, error: res.statusText, message: body.message ?? res.statusText, fields: body.fields }, payload);
  }
  return payload as ImportResult;
}
