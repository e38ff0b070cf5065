import { DynamicModule, Module } from '@nestjs/common';
import type { AppConfig } from '../config/app-config.js';
import { ConfigModule } from '../config/config.module.js';
import { DatabaseModule } from '../database/database.module.js';
import { QueueModule } from '../queue/queue.module.js';
import type { QueueSettings } from '../queue/queue-settings.js';
import { loggerModule } from '../logging/logger.module.js';
import { SystemWorkerModule } from '../system/system-worker.module.js';
import { TenantDbModule } from '../database/tenant/tenant-db.module.js';
import { AuditModule } from '../audit/audit.module.js';
import { TenantDirectoryModule } from '../tenancy/tenant-directory.module.js';
import { JobsWorkerModule } from '../jobs/jobs-worker.module.js';

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
        JobsWorkerModule,
      ],
    };
  }
}
