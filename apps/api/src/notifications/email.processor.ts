import { Processor, WorkerHost } from '@nestjs/bullmq';
import type { Job } from 'bullmq';
import { NotificationsJob, QueueName, type SendEmailJobData } from '@resultatkedjan/contracts';
import { TenantDb } from '../platform/database/tenant/tenant-db.service.js';
import { Mailer } from './mailer.js';
import { TenantDirectory } from '../tenancy/tenant-directory.js';
import { notificationQueries } from './notification.queries.js';

/**
 * Worker only: e-mails one recorded notification and marks it sent. Sending happens outside any transaction;
 * a crash after sending and before marking sends it once more on retry (SMTP offers no exactly-once).
 */
@Processor(QueueName.notifications)
export class EmailProcessor extends WorkerHost {
  constructor(
    private readonly db: TenantDb,
    private readonly mailer: Mailer,
    private readonly directory: TenantDirectory,
  ) {
    super();
  }

  async process(job: Job<SendEmailJobData>): Promise<{ sent: boolean; messageId?: string }> {
    if (job.name !== NotificationsJob.sendEmail) throw new Error(`Unknown job ${job.name} on queue ${QueueName.notifications}`);
    const tenantId = await this.directory.assertActive(job.data.tenantId);
    const { notificationId } = job.data;
    const mail = await this.db.run(tenantId, (m) => notificationQueries.findForSending(m, notificationId));
    if (!mail || mail.sent_at !== null || mail.channel !== 'smtp' || !this.mailer.enabled) return { sent: false };
    const messageId = await this.mailer.send({ to: mail.recipient_email, subject: mail.subject, text: mail.body });
    await this.db.run(tenantId, (m) => notificationQueries.markSent(m, notificationId));
    return { sent: true, messageId };
  }
}
