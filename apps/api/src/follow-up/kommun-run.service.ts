import { Inject, Injectable, Logger } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { APP_CONFIG } from '../platform/config/config.module.js';
import type { AppConfig } from '../platform/config/app-config.js';
import { TenantDb } from '../platform/database/tenant/tenant-db.service.js';
import { NotificationService } from '../notifications/notification.service.js';
import type { PeriodRow } from '../periods/period-row.js';
import { periodQueries, type DuePeriodRow } from '../periods/period.queries.js';
import { dueActions, type FollowUpAction } from './due-actions.js';
import { escalate, lockPeriod, openPeriod, remind, snapshotPeriod, type ActionOutcome } from './follow-up-actions.js';
import { jobRunKey } from './job-keys.js';
import { jobRunQueries } from '../platform/jobs/job-run.queries.js';
import { ActionRemindersService } from '../dialogues/action-reminders.service.js';
import { ReviewRemindersService } from '../indicator-care/review-reminders.service.js';

export type StepOutcome = 'done' | 'skipped' | 'failed';

export interface KommunRunResult {
  today: string;
  steps: { key: string; outcome: StepOutcome; error?: string }[];
}

export class KommunRunFailedError extends Error {}

interface PlannedPeriod extends DuePeriodRow {
  done_keys: string[];
}

/** Which status an action needs to find the period in (checked again inside the action's transaction). */
const REQUIRED_STATUS: Record<FollowUpAction['type'], readonly string[]> = {
  open: ['planerad'],
  remind: ['oppen'],
  escalate: ['oppen'],
  lock: ['planerad', 'oppen'],
  snapshot: ['last'],
};

/**
 * Everything due for one kommun on one day. Each action is its own transaction: it locks the period row, claims
 * its job_run key (skipping if already completed), does its work and marks the key completed, all or nothing. So
 * running the same day twice, concurrently, or again after a worker died half-way, repeats nothing and loses
 * nothing. A failing action is recorded as failed and the others go on; the run then throws so BullMQ retries it
 * with backoff.
 */
@Injectable()
export class KommunRunService {
  private readonly logger = new Logger(KommunRunService.name);

  constructor(
    private readonly db: TenantDb,
    private readonly notifications: NotificationService,
    private readonly actionReminders: ActionRemindersService,
    private readonly reviewReminders: ReviewRemindersService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async run(tenantId: string, today: string, options: { stepDelayMs?: number } = {}): Promise<KommunRunResult> {
    const periods = await this.db.run(tenantId, (m) => loadPeriods(m, today));
    const steps: KommunRunResult['steps'] = [];
    const failedPeriods = new Set<string>();
    const delay = this.config.env === 'test' ? (options.stepDelayMs ?? 0) : 0;

    for (const period of periods) {
      const planned = dueActions(
        {
          id: period.id,
          opensOn: period.opens_on,
          deadline: period.deadline,
          locksOn: period.locks_on,
          status: period.status as 'planerad' | 'oppen' | 'last',
          hasSnapshot: period.has_snapshot,
          reminderDays: period.reminder_days,
        },
        today,
      ).filter((action) => !period.done_keys.includes(jobRunKey(action)));
      for (const action of planned) {
        const key = jobRunKey(action);
        // Later steps of a period depend on the earlier ones (no lock before the drafts exist): wait for the retry.
        if (failedPeriods.has(period.id)) {
          steps.push({ key, outcome: 'skipped' });
          continue;
        }
        try {
          const outcome = await this.perform(tenantId, action, today);
          steps.push({ key, outcome });
          if (outcome === 'done' && delay > 0) await new Promise((resolve) => setTimeout(resolve, delay));
        } catch (error) {
          failedPeriods.add(period.id);
          const message = error instanceof Error ? error.message : String(error);
          steps.push({ key, outcome: 'failed', error: message });
          this.logger.warn(`Kommun ${tenantId}, ${key} misslyckades: ${message}`);
          await this.db.run(tenantId, (m) => jobRunQueries.fail(m, tenantId, key, action.type, action.periodId, error));
        }
      }
    }
    steps.push(...(await this.actionReminders.run(tenantId, today)));
    steps.push(...(await this.reviewReminders.run(tenantId, today)));
    await this.notifications.dispatchPending(tenantId);

    const failed = steps.filter((step) => step.outcome === 'failed');
    if (failed.length > 0) {
      throw new KommunRunFailedError(`${failed.length} av ${steps.length} steg misslyckades för ${today}: ${failed.map((s) => `${s.key}: ${s.error}`).join('; ')}`);
    }
    return { today, steps };
  }

  /** One action in one transaction; notifications are e-mailed only after it has committed. */
  private async perform(tenantId: string, action: FollowUpAction, today: string): Promise<StepOutcome> {
    const key = jobRunKey(action);
    const outcome = await this.db.run(tenantId, async (m): Promise<{ ids: string[] } | null> => {
      const period = await periodQueries.lockPeriod(m, action.periodId);
      if (!period || !REQUIRED_STATUS[action.type].includes(period.status)) return null;
      if (!(await jobRunQueries.claim(m, tenantId, key, action.type, period.id))) return null;
      const { result, notifications } = await this.execute(m, tenantId, action, period);
      const ids = await this.notifications.record(m, tenantId, notifications);
      await jobRunQueries.complete(m, key, { today, ...result, notifications: ids.length });
      return { ids };
    });
    if (!outcome) return 'skipped';
    await this.notifications.dispatch(tenantId, outcome.ids);
    return 'done';
  }

  private execute(m: EntityManager, tenantId: string, action: FollowUpAction, period: PeriodRow): Promise<ActionOutcome> {
    switch (action.type) {
      case 'open':
        return openPeriod(m, tenantId, period);
      case 'remind':
        return remind(m, period, action.days);
      case 'escalate':
        return escalate(m, period);
      case 'lock':
        return lockPeriod(m, period);
      case 'snapshot':
        return snapshotPeriod(m, tenantId, period);
    }
  }
}

/** The kommun's periods that may have something due, each with the job keys already completed for it. */
async function loadPeriods(m: EntityManager, today: string): Promise<PlannedPeriod[]> {
  const periods = await periodQueries.dueOn(m, today);
  const done = await jobRunQueries.completedKeysOf(m, periods.map((p) => p.id));
  return periods.map((p) => ({ ...p, done_keys: done.get(p.id) ?? [] }));
}
