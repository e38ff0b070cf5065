import { Module } from '@nestjs/common';
import { NotificationsController } from './notifications.controller.js';
import { NotificationService } from './notification.service.js';

/** API side: the outbox list, and NotificationService for features that notify from a request. */
@Module({ controllers: [NotificationsController], providers: [NotificationService], exports: [NotificationService] })
export class NotificationsModule {}
