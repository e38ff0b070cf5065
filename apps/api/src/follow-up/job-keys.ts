import type { FollowUpAction } from './due-actions.js';

/** BullMQ id of a kommun's run for one day: adding it twice (two ticks, two workers) adds one job. */
export function kommunRunJobId(tenantId: string, today: string): string {
  return `tick-${tenantId}-${today}`;
}

/** job_run.job_key of an action: unique per kommun, so an action is done at most once. */
export function jobRunKey(action: FollowUpAction): string {
  return action.type === 'remind' ? `remind:${action.periodId}:${action.days}` : `${action.type}:${action.periodId}`;
}
