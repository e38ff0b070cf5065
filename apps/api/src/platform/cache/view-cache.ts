/**
 * Computed views (chains, year views) keyed by kommun, data version and request. A key never goes stale: any change
 * to a kommun's data moves its version (migration DataVersion), so later requests ask for a new key. Entries expire
 * to bound memory, and values are treated as immutable (returned as they were stored).
 */
export abstract class ViewCache {
  abstract get<T>(key: string): Promise<T | undefined>;
  abstract set<T>(key: string, value: T): Promise<void>;
  abstract close(): Promise<void>;
}

/** How long an entry lives; a new data version makes it unreachable long before. */
export const VIEW_TTL_SECONDS = 15 * 60;

/** The cache key of a kommun's view at its data version. */
export function viewKey(tenantId: string, dataVersion: string, view: string, ...parts: readonly string[]): string {
  return [tenantId, dataVersion, view, ...parts].join(':');
}
