import { Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { ViewCache } from './view-cache.js';

/**
 * get-or-compute over the view cache, with at most one computation per key in flight in this process: fifty readers
 * of a chain that just changed wait for one computation instead of starting fifty.
 */
@Injectable()
export class CachedViews implements OnApplicationShutdown {
  private readonly inFlight = new Map<string, Promise<unknown>>();

  constructor(private readonly cache: ViewCache) {}

  async get<T>(key: string | null, compute: () => Promise<T>): Promise<T> {
    if (key === null) return compute();
    const hit = await this.cache.get<T>(key);
    if (hit !== undefined) return hit;
    const running = this.inFlight.get(key) as Promise<T> | undefined;
    if (running) return running;
    const computing = compute()
      .then(async (value) => {
        await this.cache.set(key, value);
        return value;
      })
      .finally(() => this.inFlight.delete(key));
    this.inFlight.set(key, computing);
    return computing;
  }

  async onApplicationShutdown(): Promise<void> {
    await this.cache.close();
  }
}
