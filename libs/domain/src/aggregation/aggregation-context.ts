import type { PeriodOptions } from '../periods/period-options.js';
import { indexIndicatorDefinitions, type IndicatorDefinition } from './indicator-definition.js';
import type { IndicatorValue } from './indicator-value.js';
import { buildOrgTree, subtree, subtreeIds, type OrgNode, type OrgTree } from './org-tree.js';
import { buildValueIndex, type ValueIndex } from './value-index.js';

export interface AggregationInput {
  readonly values: readonly IndicatorValue[];
  /** The org tree as parent links, or an already built tree. */
  readonly orgTree: readonly OrgNode[] | OrgTree;
  /** The periods to combine, e.g. the four quarters of 2025, or ['2025'] for annual values. */
  readonly periodKeys: readonly string[];
  readonly indicators: readonly IndicatorDefinition[];
  readonly periodOptions?: PeriodOptions;
}

/**
 * Values grouped once, ready for any number of roll-up queries (indicators, ratio definitions, nodes).
 * Roll-ups are computed lazily per indicator for the whole tree and cached.
 */
export interface AggregationContext {
  readonly tree: OrgTree;
  readonly index: ValueIndex;
  readonly indicators: ReadonlyMap<string, IndicatorDefinition>;
  readonly periodKeys: readonly string[];
}

export function createAggregationContext(
  input: AggregationInput,
  options: { readonly scopeNodeId?: string } = {},
): AggregationContext {
  const fullTree = Array.isArray(input.orgTree)
    ? buildOrgTree(input.orgTree as readonly OrgNode[])
    : (input.orgTree as OrgTree);
  const { scopeNodeId } = options;
  const tree = scopeNodeId === undefined ? fullTree : subtree(fullTree, scopeNodeId);
  const scope = scopeNodeId === undefined ? undefined : new Set(subtreeIds(fullTree, scopeNodeId));
  const index = buildValueIndex(input.values, input.periodKeys, {
    periodOptions: input.periodOptions,
    includeNode: scope === undefined ? undefined : (id) => scope.has(id),
  });
  return { tree, index, indicators: indexIndicatorDefinitions(input.indicators), periodKeys: index.periodKeys };
}
