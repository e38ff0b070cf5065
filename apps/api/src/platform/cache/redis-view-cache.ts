import { Logger } from '@nestjs/common';
import { Redis } from 'ioredis';
import { VIEW_TTL_SECONDS, ViewCache } from './view-cache.js';

/**
 * Shared by every API replica (server mode with REDIS_URL). A Redis that is down makes the cache miss, never the
 * request fail: views are then computed from the database as without a cache.
 */
export class RedisViewCache extends ViewCache {
  private readonly logger = new Logger(RedisViewCache.name);
  private readonly redis: Redis;

  constructor(url: string, private readonly prefix: string) {
    super();
    this.redis = new Redis(url, { maxRetriesPerRequest: 1, enableOfflineQueue: false, lazyConnect: false });
    this.redis.on('error', (error: Error) => this.logger.warn(`view cache: ${error.message}`));
  }

  async get<T>(key: string): Promise<T | undefined> {
    try {
      const text = await this.redis.get(`${this.prefix}:view:${key}`);
      return text === null ? undefined : (JSON.parse(text) as T);
    } catch {
      return undefined;
    }
  }

  async set<T>(key: string, value: T): Promise<void> {
    try {
      await this.redis.set(`${this.prefix}:view:${key}`, JSON.stringify(value), 'EX', VIEW_TTL_SECONDS);
    } catch {
      // A view that could not be stored is computed again next time.
    }
  }

  async close(): Promise<void> {
    this.redis.disconnect();
  }
}
