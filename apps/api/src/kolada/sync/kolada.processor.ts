import { InjectQueue, Processor, WorkerHost } from '@nestjs/bullmq';
import { UnrecoverableError, type Job, type Queue } from 'bullmq';
import { isIsoDate } from '@resultatkedjan/domain';
import { KoladaJob, QueueName, type KoladaSyncJobData } from '@resultatkedjan/contracts';
import { Clock } from '../../platform/jobs/clock.js';
import { TenantDirectory } from '../../tenancy/tenant-directory.js';
import { KoladaGoneError } from '../client/kolada-types.js';
import { KoladaReferenceService } from '../reference/kolada-reference.service.js';
import { KoladaSyncService } from './kolada-sync.service.js';

/** A sync retries with backoff (Kolada may be busy: 1, 2, 4 … min); 410 Gone is final. */
export const KOLADA_SYNC_JOB_OPTIONS = {
  attempts: 6,
  backoff: { type: 'exponential', delay: 60_000 },
  removeOnComplete: { age: 2 * 24 * 3600 },
  removeOnFail: { age: 30 * 24 * 3600 },
};

/** Deterministic per kommun and day: two nightly runs the same day add one sync per kommun. */
export const nightlySyncJobId = (tenantId: string, today: string) => `kolada-sync-${tenantId}-${today}`;

/**
 * Worker only. `nightly` refreshes the reference data and fans out one `kommun-sync` per kommun; `kommun-sync`
 * (nightly, or on demand from the API) syncs one kommun. Its job_run key is the BullMQ job id, so a retried job
 * never writes twice.
 */
@Processor(QueueName.kolada, { concurrency: 2 })
export class KoladaProcessor extends WorkerHost {
  constructor(
    @InjectQueue(QueueName.kolada) private readonly queue: Queue,
    private readonly directory: TenantDirectory,
    private readonly reference: KoladaReferenceService,
    private readonly sync: KoladaSyncService,
    private readonly clock: Clock,
  ) {
    super();
  }

  async process(job: Job): Promise<unknown> {
    try {
      switch (job.name) {
        case KoladaJob.nightly:
          return await this.nightly();
        case KoladaJob.kommunSync: {
          const data = job.data as KoladaSyncJobData;
          const tenantId = await this.directory.assertActive(data.tenantId);
          if (!isIsoDate(data.today)) throw new UnrecoverableError(`Ogiltigt datum i jobbet: ${String(data.today).slice(0, 32)}`);
          if ((await this.reference.isEmpty())) await this.reference.refresh();
          const years = Array.isArray(data.years) ? data.years.filter((y) => Number.isInteger(y) && y >= 1900 && y <= 2100) : undefined;
          return await this.sync.run(tenantId, data.today, `kolada-sync:${job.id}`, { years });
        }
        default:
          throw new UnrecoverableError(`Unknown job ${job.name} on queue ${QueueName.kolada}`);
      }
    } catch (error) {
      if (error instanceof KoladaGoneError) throw new UnrecoverableError(error.message);
      throw error;
    }
  }

  private async nightly(): Promise<{ today: string; kommuner: number; reference: unknown }> {
    const today = this.clock.today();
    const reference = await this.reference.refresh();
    const tenantIds = await this.directory.tenantIds();
    await this.queue.addBulk(
      tenantIds.map((tenantId) => ({
        name: KoladaJob.kommunSync,
        data: { tenantId, today } satisfies KoladaSyncJobData,
        opts: { ...KOLADA_SYNC_JOB_OPTIONS, jobId: nightlySyncJobId(tenantId, today) },
      })),
    );
    return { today, kommuner: tenantIds.length, reference };
  }
}
