import { In, type EntityManager } from 'typeorm';
import { indexSubtreeSums, parsePeriodKey, type SubtreeSumsIndex } from '@resultatkedjan/domain';
import type { ChainLink, ChainOrgNodeSummary, IndicatorDto } from '@resultatkedjan/contracts';
import type { Goal } from '../../goals/goal.entity.js';
import { orgTreeQueries } from '../../org/org-tree.queries.js';
import { valueQueries, type SubtreeSumGroup } from '../../values/value.queries.js';
import { ChainElement } from '../chain-element.entity.js';
import { IndicatorTarget } from '../indicator-target.entity.js';
import { Indicator } from '../indicator.entity.js';
import { RatioDefinition } from '../ratio-definition.entity.js';
import { toChainElementDto } from '../elements/chain-element.mapper.js';
import { toIndicatorDto } from '../indicators/indicator.mapper.js';
import { toRatioDefinitionDto } from '../ratios/ratio-definition.mapper.js';
import { tenantSettings } from '../support/tenant-settings.js';
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
function referencedIds(indicators: readonly Indicator[], ratios: readonly RatioDefinition[]): Set<string> {
  return new Set(
    [
      ...indicators.flatMap((i) => [i.numeratorIndicatorId, i.denominatorIndicatorId, i.weightIndicatorId]),
      ...ratios.flatMap((r) => [r.numeratorIndicatorId, r.denominatorIndicatorId]),
    ].filter((id): id is string => id !== null),
  );
}

/** Indicators of goals outside the load that the loaded indicators and ratio definitions refer to (usually none). */
async function loadReferenced(m: EntityManager, own: readonly Indicator[], ratios: readonly RatioDefinition[]): Promise<IndicatorDto[]> {
  const ownIds = new Set(own.map((i) => i.id));
  const wanted = [...referencedIds(own, ratios)].filter((id) => !ownIds.has(id));
  if (wanted.length === 0) return [];
  const indicators = await m.findBy(Indicator, { id: In(wanted) });
  const elements = indicators.length === 0 ? [] : await m.findBy(ChainElement, { id: In(indicators.map((i) => i.chainElementId)) });
  const links = new Map(elements.map((e) => [e.id, e.link]));
  return indicators.map((i) => toIndicatorDto(i, links.get(i.chainElementId)!));
}

/**
 * The chains of several goals as defined, with a fixed number of queries however many goals: settings, elements,
 * indicators, ratio definitions, targets, plus two for indicators of other goals when referenced. One definition per
 * goal, in the same order.
 */
export async function loadChainDefinitions(m: EntityManager, tenantId: string, goals: readonly Goal[]): Promise<ChainDefinition[]> {
  if (goals.length === 0) return [];
  const goalIds = goals.map((g) => g.id);
  const settings = await tenantSettings(m, tenantId);
  const elements = await m.findBy(ChainElement, { goalId: In(goalIds) });
  const indicators = await m.findBy(Indicator, { goalId: In(goalIds) });
  const ratios = await m.find(RatioDefinition, { where: { goalId: In(goalIds) }, order: { sortOrder: 'ASC', name: 'ASC' } });
  const indicatorIds = indicators.map((i) => i.id);
  const targets = indicatorIds.length === 0 ? [] : await m.findBy(IndicatorTarget, { indicatorId: In(indicatorIds) });
  const outside = await loadReferenced(m, indicators, ratios);

  const links = new Map<string, ChainLink>(elements.map((e) => [e.id, e.link]));
  const dtos = new Map<string, IndicatorDto>([
    ...indicators.map((i) => [i.id, toIndicatorDto(i, links.get(i.chainElementId)!)] as const),
    ...outside.map((i) => [i.id, i] as const),
  ]);
  return goals.map((goal) => {
    const own = indicators.filter((i) => i.goalId === goal.id);
    const ownIds = new Set(own.map((i) => i.id));
    const goalRatios = ratios.filter((r) => r.goalId === goal.id);
    return {
      goal: { id: goal.id, key: goal.key, title: goal.title, level: goal.level, status: goal.status, ownerNodeId: goal.ownerNodeId },
      elements: elements.filter((e) => e.goalId === goal.id).map(toChainElementDto),
      indicators: own.map((i) => dtos.get(i.id)!),
      referencedIndicators: [...referencedIds(own, goalRatios)].filter((id) => !ownIds.has(id)).map((id) => dtos.get(id)).filter((d) => d !== undefined),
      targets: targets.filter((t) => ownIds.has(t.indicatorId)).map((t) => ({ indicatorId: t.indicatorId, periodKey: t.periodKey, targetValue: t.targetValue })),
      ratios: goalRatios.map(toRatioDefinitionDto),
      targetScale: settings.targetScale ?? null,
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
