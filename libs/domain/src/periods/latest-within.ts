import { comparePeriodKeys, isPeriodWithin } from './period-range.js';
import type { PeriodOptions } from './period-options.js';

/**
 * Of the items whose reference period lies inside `containerKey`, the one with the latest reference period
 * (DOMAIN.md 5.2: the delår Jan–Aug uses Q2 for quarterly indicators, August for monthly economy).
 * Returns undefined when none lies inside.
 */
export function selectLatestWithin<T extends { readonly periodKey: string }>(
  items: readonly T[],
  containerKey: string,
  options: PeriodOptions = {},
): T | undefined {
  let latest: T | undefined;
  for (const item of items) {
    if (!isPeriodWithin(item.periodKey, containerKey, options)) continue;
    if (latest === undefined || comparePeriodKeys(item.periodKey, latest.periodKey, options) > 0) latest = item;
  }
  return latest;
}
