import type { EntityManager } from 'typeorm';
import { DEFAULT_LEVEL_NAMES, indexSubtreeSums, parsePeriodKey, type SubtreeSumsIndex } from '@resultatkedjan/domain';
import type { ChainOrgNodeSummary, IndicatorDto, RatioDefinitionDto } from '@resultatkedjan/contracts';
import type { Goal } from '../../goals/goal.entity.js';
import { orgTreeQueries } from '../../org/org-tree.queries.js';
import { valueQueries, type SubtreeSumGroup } from '../../values/value.queries.js';
import { chainDefinitionQueries } from '../chain-definition.queries.js';
import { toChainElementDto } from '../elements/chain-element.mapper.js';
import { toIndicatorDto } from '../indicators/indicator.mapper.js';
import { toRatioDefinitionDto } from '../ratios/ratio-definition.mapper.js';
import type { ChainData, ChainDefinition, ChainOrgNode, ChainRequest } from './chain-data.js';
import { basePeriodsOfYears } from './period-bases.js';

/** One goal's chain to compute: its definition and the periods and org nodes to show it for. */
export interface ChainLoad {
  definition: ChainDefinition;
  request: ChainRequest;
}

const yearsOf = (periods: readonly string[]) => periods.map((p) => parsePeriodKey(p).year);

/** Every base period of the years the requests touch (coverage counts units reporting anywhere in the year). */
export function loadedPeriods(requests: readonly ChainRequest[]): string[] {
  return basePeriodsOfYears(new Set(requests.flatMap((r) => yearsOf(r.periods))));
}

/** Ids an indicator set and its ratio definitions refer to: numerators, denominators and weights. */
function referencedIds(indicators: readonly IndicatorDto[], ratios: readonly RatioDefinitionDto[]): Set<string> {
  return new Set(
    [
      ...indicators.flatMap((i) => [i.numeratorIndicatorId, i.denominatorIndicatorId, i.weightIndicatorId]),
      ...ratios.flatMap((r) => [r.numeratorIndicatorId, r.denominatorIndicatorId]),
    ].filter((id): id is string => id !== null),
  );
}

/**
 * The chains of several goals as defined, in one statement however many goals (chainDefinitionQueries): elements,
 * indicators, ratio definitions, targets, the indicators of other goals they refer to, and the kommun's settings. One
 * definition per goal, in the same order.
 */
export async function loadChainDefinitions(
  m: EntityManager,
  goals: readonly Pick<Goal, 'id' | 'key' | 'title' | 'level' | 'status' | 'ownerNodeId'>[],
): Promise<ChainDefinition[]> {
  if (goals.length === 0) return [];
  const rows = await chainDefinitionQueries.forGoals(m, goals.map((g) => g.id));
  const dtos = new Map<string, IndicatorDto>(rows.indicators.map((i) => [i.id, toIndicatorDto(i, i.link)]));
  const elements = rows.elements.map(toChainElementDto);
  const ratios = rows.ratios.map(toRatioDefinitionDto);
  return goals.map((goal) => {
    const own = [...dtos.values()].filter((i) => i.goalId === goal.id);
    const ownIds = new Set(own.map((i) => i.id));
    const goalRatios = ratios.filter((r) => r.goalId === goal.id);
    return {
      goal: { id: goal.id, key: goal.key, title: goal.title, level: goal.level, status: goal.status, ownerNodeId: goal.ownerNodeId },
      elements: elements.filter((e) => e.goalId === goal.id),
      indicators: own,
      referencedIndicators: [...referencedIds(own, goalRatios)].filter((id) => !ownIds.has(id)).map((id) => dtos.get(id)).filter((d) => d !== undefined),
      targets: rows.targets.filter((t) => ownIds.has(t.indicatorId)),
      ratios: goalRatios,
      targetScale: rows.settings.targetScale ?? null,
      levelNames: rows.settings.levelNames ?? DEFAULT_LEVEL_NAMES,
    };
  });
}

/** The requested nodes that exist, with their names. */
export async function loadRequestedNodes(m: EntityManager, ids: readonly string[]): Promise<ChainOrgNodeSummary[]> {
  const rows = await orgTreeQueries.nodes(m, [...new Set(ids)]);
  return rows.map((r) => ({ id: r.id, key: r.key, name: r.name }));
}

const chainIndicators = (definition: ChainDefinition) => [...definition.indicators, ...definition.referencedIndicators];

/**
 * The database's subtree sums for every load, in one statement. Loads asking for the same nodes share one scan of
 * their indicators (GET /chains asks for every goal at its owner: one group per owner).
 */
export async function loadChainSums(m: EntityManager, loads: readonly ChainLoad[]): Promise<SubtreeSumsIndex> {
  const groups = new Map<string, { rootIds: string[]; indicatorIds: Set<string>; pairs: Map<string, { valueId: string; weightId: string }> }>();
  for (const { definition, request } of loads) {
    const rootIds = [...new Set(request.orgNodeIds)].sort();
    const key = rootIds.join(',');
    const group = groups.get(key) ?? { rootIds, indicatorIds: new Set<string>(), pairs: new Map() };
    groups.set(key, group);
    for (const indicator of chainIndicators(definition)) {
      group.indicatorIds.add(indicator.id);
      if (indicator.orgAggregation === 'WEIGHTED_MEAN' && indicator.weightIndicatorId !== null) {
        group.pairs.set(`${indicator.id}|${indicator.weightIndicatorId}`, { valueId: indicator.id, weightId: indicator.weightIndicatorId });
      }
    }
  }
  const sumGroups: SubtreeSumGroup[] = [...groups.values()].map((g) => ({
    rootIds: g.rootIds, indicatorIds: [...g.indicatorIds], weightedPairs: [...g.pairs.values()],
  }));
  const { sums, weighted } = await valueQueries.subtreeSums(m, sumGroups, loadedPeriods(loads.map((l) => l.request)));
  return indexSubtreeSums(sums, weighted);
}

/** The requested nodes' subtrees and every raw value under them: the exact fallback when sums do not suffice. */
export async function loadChainRawData(m: EntityManager, loads: readonly ChainLoad[]): Promise<ChainData[]> {
  if (loads.length === 0) return [];
  const nodeRows = await orgTreeQueries.subtrees(m, [...new Set(loads.flatMap((l) => l.request.orgNodeIds))]);
  const indicatorIds = [...new Set(loads.flatMap((l) => chainIndicators(l.definition).map((i) => i.id)))];
  const periods = loadedPeriods(loads.map((l) => l.request));
  const values = await valueQueries.valuesOf(m, indicatorIds, nodeRows.map((n) => n.id), periods);
  const nodes: ChainOrgNode[] = nodeRows.map((r) => ({ id: r.id, parentId: r.parentId, key: r.key, name: r.name }));
  return loads.map(({ definition, request }) => {
    const orgNodes = subtreeOf(nodes, request.orgNodeIds);
    const nodeIds = new Set(orgNodes.map((n) => n.id));
    const wanted = new Set(chainIndicators(definition).map((i) => i.id));
    const keys = new Set(loadedPeriods([request]));
    return {
      ...definition,
      orgNodes,
      values: values.filter((v) => wanted.has(v.indicatorId) && nodeIds.has(v.orgNodeId) && keys.has(v.periodKey)),
    };
  });
}

/** The roots and their descendants among the loaded nodes; a parent outside that subtree becomes null. */
function subtreeOf(rows: readonly ChainOrgNode[], rootIds: readonly string[]): ChainOrgNode[] {
  const children = new Map<string, ChainOrgNode[]>();
  for (const row of rows) {
    if (row.parentId === null) continue;
    const siblings = children.get(row.parentId);
    if (siblings) siblings.push(row);
    else children.set(row.parentId, [row]);
  }
  const byId = new Map(rows.map((r) => [r.id, r]));
  const picked = new Map<string, ChainOrgNode>();
  const stack = rootIds.map((id) => byId.get(id)).filter((r): r is ChainOrgNode => r !== undefined);
  while (stack.length > 0) {
    const row = stack.pop()!;
    if (picked.has(row.id)) continue;
    picked.set(row.id, row);
    stack.push(...(children.get(row.id) ?? []));
  }
  return [...picked.values()].map((r) => ({ ...r, parentId: r.parentId !== null && picked.has(r.parentId) ? r.parentId : null }));
}
