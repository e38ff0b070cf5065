import { sortPeriodKeys } from '../periods/period-range.js';
import type { PeriodOptions } from '../periods/period-options.js';
import type { IndicatorValue } from './indicator-value.js';

/** One node's values for the selected periods, indexed in chronological period order (undefined = no value). */
export type PeriodSeries = readonly (number | undefined)[];

export interface ValueIndex {
  /** The selected periods, distinct and chronological. */
  readonly periodKeys: readonly string[];
  /** indicatorId → orgNodeId → series over `periodKeys`. */
  readonly series: ReadonlyMap<string, ReadonlyMap<string, PeriodSeries>>;
  /**
   * indicatorId → org nodes that report the indicator in any period of the input (selected or not).
   * These are the nodes "expected" to have data when computing coverage.
   */
  readonly reporters: ReadonlyMap<string, ReadonlySet<string>>;
}

export class DuplicateValueError extends Error {
  constructor(value: IndicatorValue) {
    super(`Flera värden för indikator "${value.indicatorId}", nod "${value.orgNodeId}", period "${value.periodKey}"`);
    this.name = 'DuplicateValueError';
  }
}

/**
 * Groups the values in one pass (O(n) Map operations). Non-finite numbers are treated as missing.
 * Two numeric values for the same indicator, node and period throw DuplicateValueError, so the result never
 * depends on input order.
 */
export function buildValueIndex(
  values: readonly IndicatorValue[],
  periodKeys: readonly string[],
  options: { readonly periodOptions?: PeriodOptions; readonly includeNode?: (orgNodeId: string) => boolean } = {},
): ValueIndex {
  const ordered = sortPeriodKeys(periodKeys, options.periodOptions);
  const periodIndex = new Map(ordered.map((key, i) => [key, i] as const));
  const series = new Map<string, Map<string, (number | undefined)[]>>();
  const reporters = new Map<string, Set<string>>();
  const { includeNode } = options;

  for (const entry of values) {
    if (includeNode !== undefined && !includeNode(entry.orgNodeId)) continue;
    let nodes = reporters.get(entry.indicatorId);
    if (nodes === undefined) {
      nodes = new Set();
      reporters.set(entry.indicatorId, nodes);
    }
    nodes.add(entry.orgNodeId);

    const slot = periodIndex.get(entry.periodKey);
    if (slot === undefined || entry.value === null || !Number.isFinite(entry.value)) continue;
    let byNode = series.get(entry.indicatorId);
    if (byNode === undefined) {
      byNode = new Map();
      series.set(entry.indicatorId, byNode);
    }
    let nodeSeries = byNode.get(entry.orgNodeId);
    if (nodeSeries === undefined) {
      nodeSeries = new Array<number | undefined>(ordered.length).fill(undefined);
      byNode.set(entry.orgNodeId, nodeSeries);
    }
    if (nodeSeries[slot] !== undefined) throw new DuplicateValueError(entry);
    nodeSeries[slot] = entry.value;
  }
  return { periodKeys: ordered, series, reporters };
}
