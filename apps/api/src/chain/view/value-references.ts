import { isPeriodKey, periodRange } from '@resultatkedjan/domain';
import type { ChainValue } from './chain-data.js';

/** A value's reference period and the day it ends (ISO dates compare as strings). */
export interface Reference {
  key: string;
  to: string;
}

/** indicatorId → orgNodeId → the latest reference period among that node's values in the period. */
export type LatestReferences = Map<string, Map<string, Reference>>;

/** Caches period ends: the same few keys recur in every row. */
export function referenceResolver(): (value: ChainValue) => Reference {
  const ends = new Map<string, string>();
  return (value) => {
    const key = value.referencePeriodKey !== null && isPeriodKey(value.referencePeriodKey) ? value.referencePeriodKey : value.periodKey;
    let to = ends.get(key);
    if (to === undefined) {
      to = periodRange(key).to;
      ends.set(key, to);
    }
    return { key, to };
  };
}

export function latestReferences(
  values: readonly ChainValue[],
  basePeriods: ReadonlySet<string>,
  resolve: (value: ChainValue) => Reference,
): LatestReferences {
  const latest: LatestReferences = new Map();
  for (const value of values) {
    if (!basePeriods.has(value.periodKey)) continue;
    const reference = resolve(value);
    let byNode = latest.get(value.indicatorId);
    if (byNode === undefined) {
      byNode = new Map();
      latest.set(value.indicatorId, byNode);
    }
    const current = byNode.get(value.orgNodeId);
    if (current === undefined || reference.to > current.to) byNode.set(value.orgNodeId, reference);
  }
  return latest;
}

/**
 * The reference period a roll-up rests on: the earliest of the contributing units' latest periods, so one unit
 * with old data makes the whole roll-up stale (stale data is never green, DOMAIN.md 4.4). null = no data.
 */
export function stalestReference(
  latest: LatestReferences,
  indicatorIds: readonly string[],
  nodeIds: readonly string[],
): Reference | null {
  let stalest: Reference | null = null;
  for (const indicatorId of indicatorIds) {
    const byNode = latest.get(indicatorId);
    if (byNode === undefined) continue;
    for (const nodeId of nodeIds) {
      const reference = byNode.get(nodeId);
      if (reference !== undefined && (stalest === null || reference.to < stalest.to)) stalest = reference;
    }
  }
  return stalest;
}
