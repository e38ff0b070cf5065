import { Processor, WorkerHost } from '@nestjs/bullmq';
import { UnrecoverableError, type Job } from 'bullmq';
import { ExportsJob, QueueName, type ExportJobData } from '@resultatkedjan/contracts';
import { TenantDirectory } from '../tenancy/tenant-directory.js';
import { ExportBuilder, type ExportBuildOutcome } from './export-builder.service.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Worker only: builds one export per job (one at a time, so a large kommun's export does not starve the other queues). */
@Processor(QueueName.exports, { concurrency: 1 })
export class ExportsProcessor extends WorkerHost {
  constructor(
    private readonly directory: TenantDirectory,
    private readonly builder: ExportBuilder,
  ) {
    super();
  }

  async process(job: Job): Promise<ExportBuildOutcome> {
    if (job.name !== ExportsJob.build) throw new UnrecoverableError(`Unknown job ${job.name} on queue ${QueueName.exports}`);
    const data = job.data as ExportJobData;
    const tenantId = await this.directory.assertActive(data.tenantId);
    if (typeof data.exportId !== 'string' || !UUID.test(data.exportId)) throw new UnrecoverableError('Ogiltigt export-id i jobbet');
    return this.builder.build(tenantId, data.exportId);
  }
}
