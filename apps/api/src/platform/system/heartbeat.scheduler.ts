import { Inject, Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { InjectQueue } from '@nestjs/bullmq';
import type { Queue } from 'bullmq';
import { QueueName, SystemJob } from '@resultatkedjan/contracts';
import { APP_CONFIG } from '../config/config.module.js';
import type { AppConfig } from '../config/app-config.js';

/** Worker start-up: (re)declares the heartbeat job scheduler. Upserting is idempotent across workers. */
@Injectable()
export class HeartbeatScheduler implements OnApplicationBootstrap {
  constructor(
    @InjectQueue(QueueName.system) private readonly queue: Queue,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.queue.upsertJobScheduler(
      SystemJob.heartbeat,
      { every: this.config.heartbeatIntervalMs },
      { name: SystemJob.heartbeat, data: {}, opts: { removeOnComplete: 50, removeOnFail: 100 } },
    );
    await this.queue.add(SystemJob.heartbeat, {}, { removeOnComplete: 50 });
  }
}
