import { Processor, WorkerHost } from '@nestjs/bullmq';
import type { Job } from 'bullmq';
import { QueueName, SystemJob } from '@resultatkedjan/contracts';
import { HeartbeatService } from './heartbeat.service.js';

/** Runs in the worker only: records that the job pipeline is alive. */
@Processor(QueueName.system)
export class SystemProcessor extends WorkerHost {
  constructor(private readonly heartbeats: HeartbeatService) {
    super();
  }

  async process(job: Job): Promise<{ recorded: string }> {
    if (job.name !== SystemJob.heartbeat) throw new Error(`Unknown job ${job.name} on queue ${QueueName.system}`);
    await this.heartbeats.beat('worker');
    return { recorded: 'worker' };
  }
}
