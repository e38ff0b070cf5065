import { Global, Module, type DynamicModule } from '@nestjs/common';
import type { AppConfig } from '../config/app-config.js';
import { CachedViews } from './cached-views.js';
import { MemoryViewCache } from './memory-view-cache.js';
import { RedisViewCache } from './redis-view-cache.js';
import { ViewCache } from './view-cache.js';

/** The view cache: in Redis when REDIS_URL is set (shared by replicas), otherwise in this process. */
@Global()
@Module({})
export class ViewCacheModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: ViewCacheModule,
      providers: [
        { provide: ViewCache, useFactory: () => (config.redisUrl ? new RedisViewCache(config.redisUrl, config.queuePrefix) : new MemoryViewCache()) },
        CachedViews,
      ],
      exports: [CachedViews],
    };
  }
}
