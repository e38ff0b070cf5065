import { DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_PIPE } from '@nestjs/core';
import type { AppConfig } from '../platform/config/app-config.js';
import { ConfigModule } from '../platform/config/config.module.js';
import { DatabaseModule } from '../platform/database/database.module.js';
import { QueueModule } from '../platform/queue/queue.module.js';
import type { QueueSettings } from '../platform/queue/queue-settings.js';
import { loggerModule } from '../platform/logging/logger.module.js';
import { HealthModule } from '../platform/health/health.module.js';
import { SystemModule } from '../platform/system/system.module.js';
import { TenantDbModule } from '../platform/database/tenant/tenant-db.module.js';
import { ViewCacheModule } from '../platform/cache/view-cache.module.js';
import { AuthModule } from '../auth/auth.module.js';
import { PlatformAdminModule } from '../platform-admin/platform-admin.module.js';
import { AuditModule } from '../audit/audit.module.js';
import { OrgModule } from '../org/org.module.js';
import { TenancyModule } from '../tenancy/tenancy.module.js';
import { GoalsModule } from '../goals/goals.module.js';
import { ChainModule } from '../chain/chain.module.js';
import { AssessmentsModule } from '../assessments/assessments.module.js';
import { DialoguesModule } from '../dialogues/dialogues.module.js';
import { AnalysesModule } from '../analyses/analyses.module.js';
import { UppdragModule } from '../uppdrag/uppdrag.module.js';
import { IndicatorCareModule } from '../indicator-care/indicator-care.module.js';
import { ValuesModule } from '../values/values.module.js';
import { ReportsModule } from '../reports/reports.module.js';
import { UsersModule } from '../users/users.module.js';
import { PeriodsModule } from '../periods/periods.module.js';
import { NotificationsModule } from '../notifications/notifications.module.js';
import { JobsModule } from '../platform/jobs/jobs.module.js';
import { KoladaModule } from '../kolada/kolada.module.js';
import { ExportsModule } from '../exports/exports.module.js';
import { HttpErrorFilter } from '../common/errors/http-error.filter.js';
import { AccessGuard } from '../common/access/access.guard.js';
import { strictValidationPipe } from '../common/validation/strict-validation.pipe.js';

/** The HTTP API: every feature module, plus the global error shape, validation and deny-by-default guard. */
@Module({})
export class AppModule {
  static forRoot(config: AppConfig, queue: QueueSettings): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        loggerModule(config, 'api'),
        DatabaseModule.forRoot(config, 'resultatkedjan-api'),
        QueueModule.forRoot(queue),
        TenantDbModule,
        ViewCacheModule.forRoot(config),
        AuditModule,
        AuthModule,
        PlatformAdminModule,
        HealthModule,
        SystemModule,
        TenancyModule,
        OrgModule,
        KoladaModule,
        ExportsModule,
        GoalsModule,
        ChainModule,
        ValuesModule,
        ReportsModule,
        AssessmentsModule,
        DialoguesModule,
        AnalysesModule,
        UppdragModule,
        IndicatorCareModule,
        UsersModule,
        PeriodsModule,
        NotificationsModule,
        JobsModule,
      ],
      providers: [
        { provide: APP_FILTER, useClass: HttpErrorFilter },
        { provide: APP_GUARD, useClass: AccessGuard },
        { provide: APP_PIPE, useFactory: strictValidationPipe },
      ],
    };
  }
}
