import { Module } from '@nestjs/common';
import { NotificationsWorkerModule } from '../notifications/notifications-worker.module.js';
import { Clock } from './clock.js';
import { FollowUpScheduler } from './follow-up.scheduler.js';
import { KommunRunService } from './kommun-run.service.js';
import { PeriodsProcessor } from './periods.processor.js';

/** Worker side of the follow-up calendar: the tick, the per-kommun runs and the e-mail sender. */
@Module({
  imports: [NotificationsWorkerModule],
  providers: [Clock, KommunRunService, PeriodsProcessor, FollowUpScheduler],
  exports: [Clock, KommunRunService],
})
export class JobsWorkerModule {}
