import { Module } from '@nestjs/common';
import { NotificationsWorkerModule } from '../notifications/notifications-worker.module.js';
import { Clock } from '../platform/jobs/clock.js';
import { koladaClientProvider } from './client/kolada-client.provider.js';
import { ComparisonSets } from './comparison/comparison-sets.js';
import { KoladaReferenceService } from './reference/kolada-reference.service.js';
import { KoladaSyncService } from './sync/kolada-sync.service.js';
import { KoladaProcessor } from './sync/kolada.processor.js';
import { KoladaScheduler } from './sync/kolada.scheduler.js';

/** Worker side of Kolada: the nightly scheduler, reference refresh and per-kommun syncs. */
@Module({
  imports: [NotificationsWorkerModule],
  providers: [Clock, koladaClientProvider, ComparisonSets, KoladaReferenceService, KoladaSyncService, KoladaProcessor, KoladaScheduler],
})
export class KoladaWorkerModule {}
