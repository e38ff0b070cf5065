import type { NotificationPage } from '@resultatkedjan/contracts';
import { queryOptions } from '@tanstack/react-query';
import { apiGet, queryString } from './client';

const BASE = '/api/v1/notifications';

/** The whole kommun's outbox (controller and admin). */
export const outboxQuery = queryOptions({
  queryKey: ['notifications', 'outbox'],
  queryFn: () => apiGet<NotificationPage>(`${BASE}${queryString({ pageSize: 100 })}`),
});

/** The logged-in user's own latest notices, whatever their role. */
export const myNotificationsQuery = queryOptions({
  queryKey: ['notifications', 'mine'],
  queryFn: () => apiGet<NotificationPage>(`${BASE}${queryString({ mine: true, pageSize: 5 })}`),
});
