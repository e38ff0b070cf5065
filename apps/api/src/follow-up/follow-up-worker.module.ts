import { Module } from '@nestjs/common';
import { NotificationsWorkerModule } from '../notifications/notifications-worker.module.js';
import { Clock } from '../platform/jobs/clock.js';
import { FollowUpScheduler } from './follow-up.scheduler.js';
import { KommunRunService } from './kommun-run.service.js';
import { FollowUpProcessor } from './follow-up.processor.js';
import { ActionRemindersService } from '../dialogues/action-reminders.service.js';
import { ReviewRemindersService } from '../indicator-care/review-reminders.service.js';

/** Worker side of the follow-up calendar: the tick, the per-kommun runs (with dialogue actions' reminders) and the e-mail sender. */
@Module({
  imports: [NotificationsWorkerModule],
  providers: [Clock, KommunRunService, FollowUpProcessor, FollowUpScheduler, ActionRemindersService, ReviewRemindersService],
  exports: [Clock, KommunRunService],
})
export class FollowUpWorkerModule {}
