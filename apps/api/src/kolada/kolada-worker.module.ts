import { Module } from '@nestjs/common';
import { NotificationsWorkerModule } from '../notifications/notifications-worker.module.js';
import { FollowUpWorkerModule } from '../follow-up/follow-up-worker.module.js';
import { koladaClientProvider } from './client/kolada-client.provider.js';
import { ComparisonSets } from './comparison/comparison-sets.js';
import { KoladaReferenceService } from './reference/kolada-reference.service.js';
import { KoladaSyncService } from './sync/kolada-sync.service.js';
import { KoladaProcessor } from './sync/kolada.processor.js';
import { KoladaScheduler } from './sync/kolada.scheduler.js';

/**
 * Worker side of Kolada: the nightly scheduler, reference refresh and per-kommun syncs. Uses the follow-up module's
 * Clock, so a worker has one "today" (the one tests and demos pin).
 */
@Module({
  imports: [NotificationsWorkerModule, FollowUpWorkerModule],
  providers: [koladaClientProvider, ComparisonSets, KoladaReferenceService, KoladaSyncService, KoladaProcessor, KoladaScheduler],
})
export class KoladaWorkerModule {}
