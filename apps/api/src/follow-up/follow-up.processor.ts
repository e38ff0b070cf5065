import { Processor, WorkerHost, InjectQueue } from '@nestjs/bullmq';
import { UnrecoverableError, type Job, type Queue } from 'bullmq';
import { isIsoDate } from '@resultatkedjan/domain';
import { PeriodsJob, QueueName, type KommunRunJobData } from '@resultatkedjan/contracts';
import { Clock } from '../platform/jobs/clock.js';
import { kommunRunJobId } from './job-keys.js';
import { KommunRunService } from './kommun-run.service.js';
import { TenantDirectory } from '../tenancy/tenant-directory.js';

/** A kommun's run retries with backoff (30 s, 1, 2, 4 min …); after that it stays failed, with its error, in the queue. */
export const KOMMUN_RUN_JOB_OPTIONS = {
  attempts: 6,
  backoff: { type: 'exponential', delay: 30_000 },
  // Kept two days so the same day's id cannot be added again; failures kept longer for the admin view.
  removeOnComplete: { age: 2 * 24 * 3600 },
  removeOnFail: { age: 30 * 24 * 3600 },
};

/**
 * Worker only. `tick` (from the job scheduler, or once at worker start) fans out one `kommun-run` per kommun with a
 * deterministic id, so two ticks the same day add one job per kommun and one kommun's failure never holds up
 * another's. The lock is short and renewed while a run works, so a run whose worker died is picked up again
 * within about half a minute.
 */
@Processor(QueueName.periods, { concurrency: 4, lockDuration: 20_000, stalledInterval: 5_000, maxStalledCount: 2 })
export class FollowUpProcessor extends WorkerHost {
  constructor(
    @InjectQueue(QueueName.periods) private readonly queue: Queue,
    private readonly directory: TenantDirectory,
    private readonly runs: KommunRunService,
    private readonly clock: Clock,
  ) {
    super();
  }

  async process(job: Job): Promise<unknown> {
    switch (job.name) {
      case PeriodsJob.tick:
        return this.tick(job.data as { today?: string });
      case PeriodsJob.kommunRun: {
        const data = job.data as KommunRunJobData;
        const tenantId = await this.directory.assertActive(data.tenantId);
        if (!isIsoDate(data.today)) throw new UnrecoverableError(`Ogiltigt datum i jobbet: ${String(data.today).slice(0, 32)}`);
        return this.runs.run(tenantId, data.today, { stepDelayMs: data.stepDelayMs });
      }
      default:
        throw new Error(`Unknown job ${job.name} on queue ${QueueName.periods}`);
    }
  }

  /** `today` may be given in the job (a demo or a benchmark replaying a day); otherwise the clock's. */
  private async tick(data: { today?: string }): Promise<{ today: string; kommuner: number }> {
    const today = data.today !== undefined && isIsoDate(data.today) ? data.today : this.clock.today();
    const tenantIds = await this.directory.tenantIds();
    await this.queue.addBulk(
      tenantIds.map((tenantId) => ({
        name: PeriodsJob.kommunRun,
        data: { tenantId, today } satisfies KommunRunJobData,
        opts: { ...KOMMUN_RUN_JOB_OPTIONS, jobId: kommunRunJobId(tenantId, today) },
      })),
    );
    return { today, kommuner: tenantIds.length };
  }
}
