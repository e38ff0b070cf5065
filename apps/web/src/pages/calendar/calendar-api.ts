import type {
  CalendarDto, CalendarPresetDto, JobRunPage, PatchPeriodRequest, PatchPeriodResponse, PutCalendarRequest,
} from '@resultatkedjan/contracts';
import { queryOptions } from '@tanstack/react-query';
import { ApiError, apiGet, apiSend, queryString } from '../../api/client';

const BASE = '/api/v1';

/** GET /calendars/:year, or null when the year has no calendar yet (404). */
export function calendarQuery(year: number) {
  return queryOptions({
    queryKey: ['calendars', year],
    queryFn: async () => {
      try {
        return await apiGet<CalendarDto>(`${BASE}/calendars/${year}`);
      } catch (err) {
        if (err instanceof ApiError && err.status === 404) return null;
        throw err;
      }
    },
  });
}

export const presetsQuery = queryOptions({
  queryKey: ['calendars', 'presets'],
  queryFn: () => apiGet<CalendarPresetDto[]>(`${BASE}/calendars/presets`),
  staleTime: 10 * 60_000,
});

export const putCalendar = (year: number, body: PutCalendarRequest) => apiSend<CalendarDto>('PUT', `${BASE}/calendars/${year}`, body);
export const patchPeriod = (id: string, body: PatchPeriodRequest) =>
  apiSend<PatchPeriodResponse>('PATCH', `${BASE}/periods/${encodeURIComponent(id)}`, body);

export const jobRunsQuery = queryOptions({
  queryKey: ['job-runs'],
  queryFn: () => apiGet<JobRunPage>(`${BASE}/job-runs${queryString({ pageSize: 100 })}`),
});

/** "7, 2" → [7, 2]; invalid input → null. Empty → []. */
export function parseReminderDays(text: string): number[] | null {
  const parts = text.split(/[,;\s]+/).filter(Boolean);
  const days = parts.map((p) => (/^\d+$/.test(p) ? Number(p) : Number.NaN));
  if (days.some((d) => Number.isNaN(d) || d > 60) || new Set(days).size !== days.length || days.length > 5) return null;
  return days;
}
