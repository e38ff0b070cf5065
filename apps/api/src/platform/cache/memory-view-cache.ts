import { LRUCache } from 'lru-cache';
import { VIEW_TTL_SECONDS, ViewCache } from './view-cache.js';

/** In this process (embedded mode, where one API process serves everything): a bounded LRU. */
export class MemoryViewCache extends ViewCache {
  private readonly entries = new LRUCache<string, object>({ max: 1000, ttl: VIEW_TTL_SECONDS * 1000 });

  async get<T>(key: string): Promise<T | undefined> {
    return this.entries.get(key) as T | undefined;
  }

  async set<T>(key: string, value: T): Promise<void> {
    this.entries.set(key, value as object);
  }

  async close(): Promise<void> {
    this.entries.clear();
  }
}
