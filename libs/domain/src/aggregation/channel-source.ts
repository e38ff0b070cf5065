import type { SeriesAggregation } from './indicator-definition.js';
import type { NodePartial } from './node-partial.js';

/** Rolled-up partials for the nodes a context answers for: nodeId → the partial of that node's subtree. */
export type Channel = ReadonlyMap<string, NodePartial>;

/** A node's own value of a NONE indicator (never rolled up), and whether the node reports it at all. */
export interface OwnValue {
  readonly value: number | undefined;
  readonly reports: boolean;
}

/**
 * Where the roll-ups come from. The evaluators (indicators, ratio definitions) ask only for these quantities, so
 * they work the same whether the partials were summed here from raw values (value-channels.ts) or by PostgreSQL
 * per subtree (subtree-sums.ts).
 */
export interface ChannelSource {
  /** a = Σ over the subtree of each node's time-aggregated value; coverage over the indicator's reporters. */
  sum(indicatorId: string, method: SeriesAggregation): Channel;
  /** a = Σ value·weight, b = Σ weight over (node, period) slots where both exist (LAST/ANNUAL: each node's latest). */
  weighted(valueId: string, weightId: string, method: SeriesAggregation): Channel;
  /** Coverage of a ratio: reporters of either side expected; complete when each side a node reports has data. */
  ratioCoverage(numeratorIds: readonly string[], denominatorIds: readonly string[]): Channel;
  /** The node's own time-aggregated value, for indicators that are not rolled up (NONE). */
  own(indicatorId: string, method: SeriesAggregation, nodeId: string): OwnValue;
}
