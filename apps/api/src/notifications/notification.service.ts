import { Inject, Injectable } from '@nestjs/common';
import { InjectQueue } from '@nestjs/bullmq';
import type { Queue } from 'bullmq';
import type { EntityManager } from 'typeorm';
import { NotificationsJob, QueueName, type SendEmailJobData } from '@resultatkedjan/contracts';
import { APP_CONFIG } from '../platform/config/config.module.js';
import type { AppConfig } from '../platform/config/app-config.js';
import { TenantDb } from '../platform/database/tenant/tenant-db.service.js';
import { notificationQueries } from './notification.queries.js';

export interface NotificationInput {
  /** Unique per kommun: the same key never notifies twice (a retried job, two workers, a re-run). */
  dedupeKey: string;
  kind: string;
  recipientUserId: string | null;
  recipientEmail: string;
  subject: string;
  body: string;
  periodId?: string | null;
}

/** E-mail jobs retry with backoff; a message that keeps failing stays visible as a failed job. */
const EMAIL_JOB_OPTIONS = { attempts: 8, backoff: { type: 'exponential', delay: 30_000 }, removeOnComplete: { age: 7 * 24 * 3600 } };

/**
 * The one way to notify someone. Every notification is recorded in the notification table (the outbox the UI
 * shows), in the caller's transaction. With SMTP_URL set it is also e-mailed: `dispatch` (after commit) adds one
 * job per notification, and the worker sends it and sets sent_at. A crash between commit and dispatch loses
 * nothing: `dispatchPending` (run by every kommun run) re-adds whatever is still unsent.
 */
@Injectable()
export class NotificationService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectQueue(QueueName.notifications) private readonly queue: Queue,
    private readonly db: TenantDb,
  ) {}

  get channel(): 'smtp' | 'outbox' {
    return this.config.smtpUrl ? 'smtp' : 'outbox';
  }

  /** Records the notifications (skipping dedupe keys already used); returns the ids of the new ones. One statement. */
  record(m: EntityManager, tenantId: string, inputs: NotificationInput[]): Promise<string[]> {
    return notificationQueries.insertNew(m, tenantId, this.channel, inputs.map((n) => ({ ...n, periodId: n.periodId ?? null })));
  }

  /** Call after the recording transaction has committed (never inside it: on PGlite that would deadlock). */
  async dispatch(tenantId: string, notificationIds: string[]): Promise<void> {
    if (this.channel !== 'smtp' || notificationIds.length === 0) return;
    await this.queue.addBulk(
      notificationIds.map((notificationId) => ({
        name: NotificationsJob.sendEmail,
        data: { tenantId, notificationId } satisfies SendEmailJobData,
        opts: { ...EMAIL_JOB_OPTIONS, jobId: emailJobId(notificationId) },
      })),
    );
  }

  /** Re-adds e-mail jobs for every unsent notification of the kommun (ids are deterministic, so no job is added twice). */
  async dispatchPending(tenantId: string): Promise<number> {
    if (this.channel !== 'smtp') return 0;
    const ids = await this.db.run(tenantId, (m) => notificationQueries.unsentEmailIds(m, 1000));
    await this.dispatch(tenantId, ids);
    return ids.length;
  }
}

export function emailJobId(notificationId: string): string {
  return `mail-${notificationId}`;
}
