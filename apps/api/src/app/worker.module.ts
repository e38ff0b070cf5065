import { DynamicModule, Module } from '@nestjs/common';
import type { AppConfig } from '../platform/config/app-config.js';
import { ConfigModule } from '../platform/config/config.module.js';
import { DatabaseModule } from '../platform/database/database.module.js';
import { QueueModule } from '../platform/queue/queue.module.js';
import type { QueueSettings } from '../platform/queue/queue-settings.js';
import { loggerModule } from '../platform/logging/logger.module.js';
import { SystemWorkerModule } from '../platform/system/system-worker.module.js';
import { TenantDbModule } from '../platform/database/tenant/tenant-db.module.js';
import { AuditModule } from '../audit/audit.module.js';
import { TenantDirectoryModule } from '../tenancy/tenant-directory.module.js';
import { FollowUpWorkerModule } from '../follow-up/follow-up-worker.module.js';
import { KoladaWorkerModule } from '../kolada/kolada-worker.module.js';
import { ExportsWorkerModule } from '../exports/exports-worker.module.js';

/** The worker: BullMQ processors and schedulers only, no HTTP routes. */
@Module({})
export class WorkerModule {
  static forRoot(config: AppConfig, queue: QueueSettings): DynamicModule {
    return {
      module: WorkerModule,
      imports: [
        ConfigModule.forRoot(config),
        loggerModule(config, 'worker'),
        DatabaseModule.forRoot(config, 'resultatkedjan-worker'),
        QueueModule.forRoot(queue),
        TenantDbModule,
        AuditModule,
        TenantDirectoryModule,
        SystemWorkerModule,
        FollowUpWorkerModule,
        KoladaWorkerModule,
        ExportsWorkerModule,
      ],
    };
  }
}
