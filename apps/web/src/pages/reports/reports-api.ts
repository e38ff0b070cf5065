// The calls the report pages make; the shapes are the API's own, from libs/contracts.
import type {
  ReportDetail, ReportImportResult, ReportListQuery, ReportPage, ReportPeriodOverview, ReturnReportRequest, SaveReportRequest,
} from '@resultatkedjan/contracts';
import { queryOptions } from '@tanstack/react-query';
import { apiGet, apiSend, apiUpload, queryString } from '../../api/client';

export type {
  ReportAssessment, ReportDetail, ReportGoal, ReportImportResult, ReportIndicator, ReportLevel, ReportPage, ReportPeriodOverview, ReportStatus,
  ReportSummary, SaveReportRequest,
} from '@resultatkedjan/contracts';

const BASE = '/api/v1/reports';

/** Rows per page of the report list. */
export const REPORT_PAGE_SIZE = 50;

export const reportKeys = {
  all: ['reports'] as const,
  list: (query: ReportListQuery) => ['reports', 'list', query] as const,
  overview: (mine: boolean) => ['reports', 'overview', mine] as const,
  detail: (id: string) => ['reports', 'detail', id] as const,
};

export function reportListQuery(query: ReportListQuery) {
  return queryOptions({
    queryKey: reportKeys.list(query),
    queryFn: () => apiGet<ReportPage>(`${BASE}${queryString({ pageSize: REPORT_PAGE_SIZE, ...query })}`),
  });
}

/** Counts per status and period: the controller's follow-up, and "Att göra" on the start page. */
export function reportOverviewQuery(mine: boolean) {
  return queryOptions({
    queryKey: reportKeys.overview(mine),
    queryFn: () => apiGet<ReportPeriodOverview[]>(`${BASE}/overview${queryString({ mine: mine || undefined })}`),
  });
}

export function reportQuery(id: string) {
  return queryOptions({
    queryKey: reportKeys.detail(id),
    queryFn: () => apiGet<ReportDetail>(`${BASE}/${encodeURIComponent(id)}`),
  });
}

const path = (id: string, action = '') => `${BASE}/${encodeURIComponent(id)}${action}`;

export const saveReport = (id: string, body: SaveReportRequest) => apiSend<ReportDetail>('PUT', path(id), body);
export const submitReport = (id: string, version: number) => apiSend<ReportDetail>('POST', path(id, '/submit'), { version });
export const approveReport = (id: string, version: number) => apiSend<ReportDetail>('POST', path(id, '/approve'), { version });
export const returnReport = (id: string, version: number, comment: string) =>
  apiSend<ReportDetail>('POST', path(id, '/return'), { version, comment } satisfies ReturnReportRequest);

export const reopenReport = (id: string, version: number, reason: string) =>
  apiSend<ReportDetail>('POST', path(id, '/reopen'), { version, reason });

export const templateUrl = (id: string) => path(id, '/import-template.xlsx');

/** POST /reports/:id/import (multipart): 422 carries errors per row and column in `fields`. */
export const importReport = (id: string, file: File) => apiUpload<ReportImportResult>(path(id, '/import'), file);
