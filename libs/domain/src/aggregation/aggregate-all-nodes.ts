import type { AggregateResult } from './aggregate-result.js';
import { indicatorEvaluator } from './aggregate-indicator.js';
import { createAggregationContext, type AggregationContext, type AggregationInput } from './aggregation-context.js';

/**
 * Every indicator (or those in `indicatorIds`) for every node of the tree: one pass over the values, then per
 * indicator one bottom-up walk (children's subtree sums are reused by their parents) instead of a scan per node.
 * Result: orgNodeId → indicatorId → result.
 */
export function aggregateAllNodes(
  input: AggregationInput | AggregationContext,
  options: { readonly indicatorIds?: readonly string[] } = {},
): Map<string, Map<string, AggregateResult>> {
  const context = 'channels' in input ? input : createAggregationContext(input);
  const results = new Map<string, Map<string, AggregateResult>>(
    context.tree.postOrder.map((nodeId) => [nodeId, new Map<string, AggregateResult>()] as const),
  );
  for (const indicatorId of options.indicatorIds ?? context.indicators.keys()) {
    const evaluate = indicatorEvaluator(context, indicatorId);
    for (const [nodeId, byIndicator] of results) byIndicator.set(indicatorId, evaluate(nodeId));
  }
  return results;
}
