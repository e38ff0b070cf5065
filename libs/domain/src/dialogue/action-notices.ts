import { addDays, compareIsoDates } from '../dates/iso-date.js';

/** Days before an action's due date that its owner is reminded. */
export const ACTION_REMINDER_DAYS = 7;

export type ActionNotice = 'paminnelse' | 'forsenad';

/**
 * What an open action is owed today: a reminder to its owner from ACTION_REMINDER_DAYS before the due date until the
 * due date, and a notice to the dialogue's convener once it is overdue. Each at most once per due date (the caller
 * claims a job key per action, notice and due date), so moving the due date starts over.
 */
export function actionNoticeDue(action: { dueOn: string; open: boolean }, today: string, reminderDays = ACTION_REMINDER_DAYS): ActionNotice | null {
  if (!action.open) return null;
  if (compareIsoDates(today, action.dueOn) > 0) return 'forsenad';
  if (compareIsoDates(today, addDays(action.dueOn, -reminderDays)) >= 0) return 'paminnelse';
  return null;
}
