import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { InjectQueue } from '@nestjs/bullmq';
import type { Queue } from 'bullmq';
import { PeriodsJob, QueueName } from '@resultatkedjan/contracts';
import { APP_CONFIG } from '../platform/config/config.module.js';
import type { AppConfig } from '../platform/config/app-config.js';

export const TICK_SCHEDULER_ID = 'follow-up-tick';

const TICK_OPTIONS = { attempts: 3, backoff: { type: 'exponential', delay: 10_000 }, removeOnComplete: 48, removeOnFail: 200 };

/**
 * Worker start-up: (re)declares the tick's job scheduler (upsert: one scheduler however many workers start) and
 * ticks once now, so a worker that was down catches up at once instead of at the next full hour.
 */
@Injectable()
export class FollowUpScheduler implements OnApplicationBootstrap {
  private readonly logger = new Logger(FollowUpScheduler.name);

  constructor(
    @InjectQueue(QueueName.periods) private readonly queue: Queue,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.schedulerEnabled) {
      this.logger.log('Uppföljningens schemaläggning är avstängd (SCHEDULER_ENABLED=false).');
      return;
    }
    await this.queue.upsertJobScheduler(
      TICK_SCHEDULER_ID,
      { pattern: this.config.schedulerTickPattern, tz: 'Europe/Stockholm' },
      { name: PeriodsJob.tick, data: {}, opts: TICK_OPTIONS },
    );
    await this.queue.add(PeriodsJob.tick, {}, TICK_OPTIONS);
  }
}
