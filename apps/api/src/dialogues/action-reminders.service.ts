import { Injectable, Logger } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { ACTION_REMINDER_DAYS, actionNoticeDue, addDays, type ActionNotice } from '@resultatkedjan/domain';
import { NotificationService, type NotificationInput } from '../notifications/notification.service.js';
import { TenantDb } from '../platform/database/tenant/tenant-db.service.js';
import { jobRunQueries } from '../platform/jobs/job-run.queries.js';
import { userQueries } from '../users/user.queries.js';
import { dialogueActionQueries, type DialogueActionRow } from './dialogue-action.queries.js';

export interface ActionReminderStep {
  key: string;
  outcome: 'done' | 'failed';
  error?: string;
}

/**
 * Part of each kommun's daily follow-up run: reminds an open action's owner ACTION_REMINDER_DAYS before it is due,
 * and tells the dialogue's convener when it is overdue. Each notice is its own transaction claiming a job_run key
 * per action, notice and due date, so a re-run, a retry or two workers notify once.
 */
@Injectable()
export class ActionRemindersService {
  private readonly logger = new Logger(ActionRemindersService.name);

  constructor(
    private readonly db: TenantDb,
    private readonly notifications: NotificationService,
  ) {}

  async run(tenantId: string, today: string): Promise<ActionReminderStep[]> {
    const due = await this.db.run(tenantId, (m) => dialogueActionQueries.openDueBy(m, addDays(today, ACTION_REMINDER_DAYS)));
    const steps: ActionReminderStep[] = [];
    for (const action of due) {
      const notice = actionNoticeDue({ dueOn: action.due_on, open: action.status === 'oppen' }, today);
      if (!notice) continue;
      const key = `action-${notice}:${action.id}:${action.due_on}`;
      try {
        const ids = await this.db.run(tenantId, async (m) => {
          if (!(await jobRunQueries.claim(m, tenantId, key, `action-${notice}`, action.dialogue_period_id))) return null;
          const inputs = await noticesOf(m, action, notice, key);
          const recorded = await this.notifications.record(m, tenantId, inputs);
          await jobRunQueries.complete(m, key, { today, actionId: action.id, notifications: recorded.length });
          return recorded;
        });
        if (ids) await this.notifications.dispatch(tenantId, ids);
        if (ids) steps.push({ key, outcome: 'done' });
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        this.logger.warn(`Kommun ${tenantId}, ${key} misslyckades: ${message}`);
        await this.db.run(tenantId, (m) => jobRunQueries.fail(m, tenantId, key, `action-${notice}`, action.dialogue_period_id, error));
        steps.push({ key, outcome: 'failed', error: message });
      }
    }
    return steps;
  }
}

/** The owner (its user, else the enhetschefer of its node) is reminded; the convener hears of an overdue action. */
async function noticesOf(m: EntityManager, action: DialogueActionRow, notice: ActionNotice, key: string): Promise<NotificationInput[]> {
  const recipients =
    notice === 'paminnelse'
      ? action.owner_user_id
        ? await activeUser(m, action.owner_user_id)
        : await userQueries.activeWithScopedRoleAt(m, 'enhetschef', action.owner_node_id, null)
      : action.convener_user_id
        ? await activeUser(m, action.convener_user_id)
        : [];
  return recipients.map((r) => ({
    dedupeKey: `${key}:${r.id}`,
    kind: notice === 'paminnelse' ? 'atgard_paminnelse' : 'atgard_forsenad',
    recipientUserId: r.id,
    recipientEmail: r.email,
    periodId: action.dialogue_period_id,
    subject:
      notice === 'paminnelse'
        ? `Påminnelse: åtgärden ”${action.title}” ska vara klar ${action.due_on}`
        : `Försenad åtgärd: ”${action.title}” (${action.owner_node_name}) skulle vara klar ${action.due_on}`,
    body:
      notice === 'paminnelse'
        ? `Hej ${r.display_name}!\n\nÅtgärden ”${action.title}” från ${action.dialogue_title} ska vara klar ${action.due_on}. ` +
          `Ansvarig: ${action.owner_node_name}.\n\nDetta är en automatisk påminnelse från Resultatkedjan.`
        : `Hej ${r.display_name}!\n\nÅtgärden ”${action.title}” som beslutades i ${action.dialogue_title} skulle ha varit klar ` +
          `${action.due_on} och är fortfarande öppen. Ansvarig: ${action.owner_node_name}.`,
  }));
}

async function activeUser(m: EntityManager, userId: string): Promise<{ id: string; email: string; display_name: string }[]> {
  const user = await userQueries.findById(m, userId);
  return user?.active ? [{ id: user.id, email: user.email, display_name: user.displayName }] : [];
}
