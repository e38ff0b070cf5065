import { Module } from '@nestjs/common';
import { NotificationService } from './notification.service.js';
import { EmailProcessor } from './email.processor.js';
import { Mailer } from './mailer.js';

/** Worker side: NotificationService for the jobs, and the processor that e-mails (when SMTP_URL is set). */
@Module({ providers: [NotificationService, Mailer, EmailProcessor], exports: [NotificationService] })
export class NotificationsWorkerModule {}
