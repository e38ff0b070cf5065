import type { AggregateResult } from './aggregate-result.js';
import { indicatorEvaluator } from './aggregate-indicator.js';
import { createAggregationContext, type AggregationInput } from './aggregation-context.js';

/**
 * Every defined indicator aggregated for one node (the node and all descendants) over `input.periodKeys`.
 * One pass over the values (only the subtree's values are grouped), then one bottom-up walk of the subtree
 * per indicator. Keyed by indicator id.
 */
export function aggregateNode(input: AggregationInput, nodeId: string): Map<string, AggregateResult> {
  const context = createAggregationContext(input, { scopeNodeId: nodeId });
  const results = new Map<string, AggregateResult>();
  for (const indicatorId of context.indicators.keys()) {
    results.set(indicatorId, indicatorEvaluator(context, indicatorId)(nodeId));
  }
  return results;
}
