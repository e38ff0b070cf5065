import { addDays, type IsoDate } from '@resultatkedjan/domain';

export type FollowUpAction =
  | { type: 'open'; periodId: string }
  | { type: 'remind'; periodId: string; days: number }
  | { type: 'escalate'; periodId: string }
  | { type: 'lock'; periodId: string }
  | { type: 'snapshot'; periodId: string };

export type FollowUpActionType = FollowUpAction['type'];

export interface PeriodState {
  id: string;
  opensOn: IsoDate;
  deadline: IsoDate;
  locksOn: IsoDate;
  status: 'planerad' | 'oppen' | 'last';
  hasSnapshot: boolean;
  /** Days before the deadline to remind on, from the period's calendar. */
  reminderDays: readonly number[];
}

/**
 * The reminder due on `today`: reminders go out `days` calendar days before the deadline, up to the deadline
 * itself. After a pause (worker down, calendar set up late) only the latest one that is due goes out, never a
 * burst of old ones.
 */
export function dueReminder(deadline: IsoDate, reminderDays: readonly number[], today: IsoDate): number | null {
  if (today > deadline) return null;
  const due = reminderDays.filter((days) => addDays(deadline, -days) <= today);
  return due.length === 0 ? null : Math.min(...due);
}

/**
 * What is due for one period on `today`, in order. Every condition is "on or after its day", so a day the worker
 * missed is caught up on the next run; each action is done once (the caller skips those already completed).
 * - open: a planned period whose opening day has come (drafts for every responsible org node).
 * - remind: see dueReminder; only while the period is open and not being locked.
 * - escalate: the deadline has passed and the period is open and not yet due to lock.
 * - lock: the lock day has come; snapshot: once locked.
 */
export function dueActions(period: PeriodState, today: IsoDate): FollowUpAction[] {
  const periodId = period.id;
  const actions: FollowUpAction[] = [];
  const opens = period.status === 'planerad' && period.opensOn <= today;
  const open = opens || period.status === 'oppen';
  const locks = period.status !== 'last' && period.locksOn <= today;
  if (opens) actions.push({ type: 'open', periodId });
  if (open && !locks) {
    const days = dueReminder(period.deadline, period.reminderDays, today);
    if (days !== null) actions.push({ type: 'remind', periodId, days });
    if (period.deadline < today) actions.push({ type: 'escalate', periodId });
  }
  if (locks) actions.push({ type: 'lock', periodId });
  if ((locks || period.status === 'last') && !period.hasSnapshot) actions.push({ type: 'snapshot', periodId });
  return actions;
}
