import { Injectable, Logger } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { addDays, type IsoDate } from '@resultatkedjan/domain';
import { REVIEW_REMINDER_DAYS, type ReviewDueItem } from '@resultatkedjan/contracts';
import { NotificationService, type NotificationInput } from '../notifications/notification.service.js';
import { TenantDb } from '../platform/database/tenant/tenant-db.service.js';
import { jobRunQueries } from '../platform/jobs/job-run.queries.js';
import { userQueries } from '../users/user.queries.js';
import { EVERY_GOAL } from '../goals/draft-visibility.js';
import { reviewsDue } from './indicator-care.js';

export interface ReviewReminderStep {
  key: string;
  outcome: 'done' | 'failed';
  error?: string;
}

/**
 * Part of each kommun's daily follow-up run: when an indicator's or goal's review date (omprövas senast) is
 * REVIEW_REMINDER_DAYS away or nearer, the controllers over its goal's owner are reminded (of drafts too: controllers
 * read the drafts in their scope), once per item and date:
 * each reminder claims a job_run key, so a re-run, a retry or two workers notify once, and a new date reminds again.
 */
@Injectable()
export class ReviewRemindersService {
  private readonly logger = new Logger(ReviewRemindersService.name);

  constructor(
    private readonly db: TenantDb,
    private readonly notifications: NotificationService,
  ) {}

  async run(tenantId: string, today: IsoDate): Promise<ReviewReminderStep[]> {
    const due = await this.db.run(tenantId, (m) => reviewsDue(m, today, addDays(today, REVIEW_REMINDER_DAYS), EVERY_GOAL));
    const steps: ReviewReminderStep[] = [];
    for (const item of due) {
      const key = `omprovning:${item.kind}:${item.id}:${item.reviewDate}`;
      try {
        const ids = await this.db.run(tenantId, async (m) => {
          if (!(await jobRunQueries.claim(m, tenantId, key, 'omprovning', null))) return null;
          const recorded = await this.notifications.record(m, tenantId, await noticesOf(m, item, key));
          await jobRunQueries.complete(m, key, { today, kind: item.kind, id: item.id, notifications: recorded.length });
          return recorded;
        });
        if (!ids) continue;
        await this.notifications.dispatch(tenantId, ids);
        steps.push({ key, outcome: 'done' });
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        this.logger.warn(`Kommun ${tenantId}, ${key} misslyckades: ${message}`);
        await this.db.run(tenantId, (m) => jobRunQueries.fail(m, tenantId, key, 'omprovning', null, error));
        steps.push({ key, outcome: 'failed', error: message });
      }
    }
    return steps;
  }
}

/** The controllers whose scope covers the goal's owner (the ones who define chains and indicators there). */
async function noticesOf(m: EntityManager, item: ReviewDueItem, key: string): Promise<NotificationInput[]> {
  const what = item.kind === 'indicator' ? `indikatorn ”${item.name}” (${item.key})` : `målet ”${item.name}” (${item.key})`;
  const recipients = await userQueries.activeWithRoleCovering(m, 'controller', item.ownerNodeId);
  return recipients.map((r) => ({
    dedupeKey: `${key}:${r.id}`,
    kind: 'omprovning_paminnelse',
    recipientUserId: r.id,
    recipientEmail: r.email,
    subject: `Omprövning: ${what} ska omprövas senast ${item.reviewDate}`,
    body:
      `Hej ${r.display_name}!\n\n${what[0]!.toUpperCase()}${what.slice(1)} hos ${item.ownerName} ska omprövas senast ${item.reviewDate}. ` +
      'Pröva om det fortfarande behövs, vem som använder det och om det kan mätas bättre, och sätt ett nytt datum för nästa omprövning.' +
      '\n\nDetta är en automatisk påminnelse från Resultatkedjan.',
  }));
}
