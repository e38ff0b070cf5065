import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { InjectQueue } from '@nestjs/bullmq';
import type { Queue } from 'bullmq';
import { KoladaJob, QueueName } from '@resultatkedjan/contracts';
import { APP_CONFIG } from '../../platform/config/config.module.js';
import type { AppConfig } from '../../platform/config/app-config.js';

export const KOLADA_NIGHTLY_SCHEDULER_ID = 'kolada-nightly';

const NIGHTLY_OPTIONS = { attempts: 3, backoff: { type: 'exponential', delay: 60_000 }, removeOnComplete: 14, removeOnFail: 50 };

/**
 * Worker start-up: declares the nightly Kolada run (03:30 Europe/Stockholm, upsert: one scheduler however many
 * workers start) and runs it once now, so a fresh installation has reference data and benchmarks at once (offline
 * from the fixture). Today's per-kommun syncs have fixed ids, so a restart the same day adds nothing new.
 */
@Injectable()
export class KoladaScheduler implements OnApplicationBootstrap {
  private readonly logger = new Logger(KoladaScheduler.name);

  constructor(
    @InjectQueue(QueueName.kolada) private readonly queue: Queue,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.schedulerEnabled) return;
    await this.queue.upsertJobScheduler(
      KOLADA_NIGHTLY_SCHEDULER_ID,
      { pattern: '30 3 * * *', tz: 'Europe/Stockholm' },
      { name: KoladaJob.nightly, data: {}, opts: NIGHTLY_OPTIONS },
    );
    await this.queue.add(KoladaJob.nightly, {}, NIGHTLY_OPTIONS);
    this.logger.log(`Kolada: nattlig synk schemalagd (KOLADA_MODE=${this.config.koladaMode}).`);
  }
}
