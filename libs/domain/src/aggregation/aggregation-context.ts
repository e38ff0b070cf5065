import type { PeriodOptions } from '../periods/period-options.js';
import type { ChannelSource } from './channel-source.js';
import { indexIndicatorDefinitions, type IndicatorDefinition } from './indicator-definition.js';
import type { IndicatorValue } from './indicator-value.js';
import { buildOrgTree, subtree, subtreeIds, type OrgNode, type OrgTree } from './org-tree.js';
import { valueChannels } from './value-channels.js';
import { buildValueIndex } from './value-index.js';

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
 * What the evaluators (indicators, ratio definitions) need: the nodes they may be asked about, the indicator
 * definitions, the periods, and the roll-ups (channels). Roll-ups are computed lazily per quantity and cached.
 */
export interface AggregationContext {
  /** The nodes results can be asked for (the whole tree, or the requested roots of a summed context). */
  readonly tree: OrgTree;
  readonly indicators: ReadonlyMap<string, IndicatorDefinition>;
  readonly periodKeys: readonly string[];
  readonly channels: ChannelSource;
}

/** Values grouped once (one pass), ready for any number of roll-up queries over the tree. */
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
  return { tree, indicators: indexIndicatorDefinitions(input.indicators), periodKeys: index.periodKeys, channels: valueChannels(tree, index) };
}
