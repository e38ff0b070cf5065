import { createHash } from 'node:crypto';
import { Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { ViewCache } from './view-cache.js';

/** A view serialised once: readers get the stored JSON text as it is, with an ETag naming the version it belongs to. */
export interface JsonView {
  body: string;
  etag: string;
}

/**
 * get-or-compute over the view cache, with at most one computation per key in flight in this process: fifty readers
 * of a chain that just changed wait for one computation instead of starting fifty. Views are stored as JSON text, so a
 * hit costs neither parsing nor serialising (a chain is tens of kilobytes).
 */
@Injectable()
export class CachedViews implements OnApplicationShutdown {
  private readonly inFlight = new Map<string, Promise<JsonView>>();

  constructor(private readonly cache: ViewCache) {}

  /** `key` null: not cacheable (no data version known), computed every time. */
  async json(key: string | null, compute: () => Promise<unknown>): Promise<JsonView> {
    if (key === null) return toView(JSON.stringify(await compute()), null);
    const hit = await this.cache.get<string>(key);
    if (hit !== undefined) return toView(hit, key);
    const running = this.inFlight.get(key);
    if (running) return running;
    const computing = compute()
      .then(async (value) => {
        const body = JSON.stringify(value);
        await this.cache.set(key, body);
        return toView(body, key);
      })
      .finally(() => this.inFlight.delete(key));
    this.inFlight.set(key, computing);
    return computing;
  }

  async onApplicationShutdown(): Promise<void> {
    await this.cache.close();
  }
}

function toView(body: string, key: string | null): JsonView {
  const tag = createHash('sha1').update(key ?? body).digest('base64url');
  return { body, etag: `W/"${tag}"` };
}
