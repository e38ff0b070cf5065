import { In, type EntityManager } from 'typeorm';
import { parsePeriodKey } from '@resultatkedjan/domain';
import type { ChainLink, IndicatorDto } from '@resultatkedjan/contracts';
import type { Goal } from '../../goals/goal.entity.js';
import { ChainElement } from '../chain-element.entity.js';
import { IndicatorTarget } from '../indicator-target.entity.js';
import { Indicator } from '../indicator.entity.js';
import { RatioDefinition } from '../ratio-definition.entity.js';
import { toChainElementDto } from '../elements/chain-element.mapper.js';
import { toIndicatorDto } from '../indicators/indicator.mapper.js';
import { toRatioDefinitionDto } from '../ratios/ratio-definition.mapper.js';
import { tenantSettings } from '../support/tenant-settings.js';
import type { ChainData, ChainOrgNode, ChainRequest, ChainValue } from './chain-data.js';
import { basePeriodsOfYears } from './period-bases.js';
import { orgTreeQueries } from '../../org/org-tree.queries.js';

interface NodeRow { id: string; parent_id: string | null; key: string; name: string }
interface ValueRow { indicator_id: string; org_node_id: string; period_key: string; value: string; reference_period_key: string | null }

/** One goal's chain to load: the goal and the periods and org nodes to show it for. */
export interface ChainLoad {
  goal: Goal;
  request: ChainRequest;
}

const yearsOf = (periods: readonly string[]) => periods.map((p) => parsePeriodKey(p).year);

/** The requested nodes and all their descendants. */
async function loadSubtrees(m: EntityManager, rootIds: readonly string[]): Promise<NodeRow[]> {
  const rows = await orgTreeQueries.subtrees(m, rootIds);
  return rows.map((r) => ({ id: r.id, parent_id: r.parentId, key: r.key, name: r.name }));
}

/** The roots and their descendants among the loaded nodes; a parent outside that subtree becomes null. */
function subtreeOf(rows: readonly NodeRow[], rootIds: readonly string[]): ChainOrgNode[] {
  const children = new Map<string, NodeRow[]>();
  for (const row of rows) {
    if (row.parent_id === null) continue;
    const siblings = children.get(row.parent_id);
    if (siblings) siblings.push(row);
    else children.set(row.parent_id, [row]);
  }
  const byId = new Map(rows.map((r) => [r.id, r]));
  const picked = new Map<string, NodeRow>();
  const stack = rootIds.map((id) => byId.get(id)).filter((r): r is NodeRow => r !== undefined);
  while (stack.length > 0) {
    const row = stack.pop()!;
    if (picked.has(row.id)) continue;
    picked.set(row.id, row);
    stack.push(...(children.get(row.id) ?? []));
  }
  return [...picked.values()].map((r) => ({
    id: r.id,
    parentId: r.parent_id !== null && picked.has(r.parent_id) ? r.parent_id : null,
    key: r.key,
    name: r.name,
  }));
}

/** Every value of the indicators, nodes and whole years touched (coverage counts units reporting anywhere in the year). */
async function loadValues(m: EntityManager, indicatorIds: string[], nodeIds: string[], years: readonly number[]): Promise<ChainValue[]> {
  if (indicatorIds.length === 0 || nodeIds.length === 0) return [];
  const rows: ValueRow[] = await m.query(
    `SELECT indicator_id, org_node_id, period_key, value, reference_period_key FROM indicator_value
      WHERE indicator_id = ANY($1::uuid[]) AND org_node_id = ANY($2::uuid[]) AND period_key = ANY($3::text[])`,
    [indicatorIds, nodeIds, basePeriodsOfYears(years)],
  );
  return rows.map((r) => ({
    indicatorId: r.indicator_id,
    orgNodeId: r.org_node_id,
    periodKey: r.period_key,
    value: Number(r.value),
    referencePeriodKey: r.reference_period_key,
  }));
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
 * Loads what the chain views of several goals need with a fixed number of queries, however many goals,
 * indicators, nodes and periods: settings, elements, indicators, ratio definitions, targets, the org subtrees (one
 * recursive CTE), all values (one query), plus two for indicators of other goals when referenced. The result has
 * one ChainData per load, in the same order.
 */
export async function loadChainsData(m: EntityManager, tenantId: string, loads: readonly ChainLoad[]): Promise<ChainData[]> {
  if (loads.length === 0) return [];
  const goalIds = loads.map((l) => l.goal.id);
  const settings = await tenantSettings(m, tenantId);
  const elements = await m.findBy(ChainElement, { goalId: In(goalIds) });
  const indicators = await m.findBy(Indicator, { goalId: In(goalIds) });
  const ratios = await m.find(RatioDefinition, { where: { goalId: In(goalIds) }, order: { sortOrder: 'ASC', name: 'ASC' } });
  const indicatorIds = indicators.map((i) => i.id);
  const targets = indicatorIds.length === 0 ? [] : await m.findBy(IndicatorTarget, { indicatorId: In(indicatorIds) });
  const outside = await loadReferenced(m, indicators, ratios);
  const nodeRows = await loadSubtrees(m, [...new Set(loads.flatMap((l) => l.request.orgNodeIds))]);
  const values = await loadValues(
    m,
    [...indicatorIds, ...outside.map((i) => i.id)],
    nodeRows.map((n) => n.id),
    [...new Set(loads.flatMap((l) => yearsOf(l.request.periods)))],
  );

  const links = new Map<string, ChainLink>(elements.map((e) => [e.id, e.link]));
  const dtos = new Map<string, IndicatorDto>([
    ...indicators.map((i) => [i.id, toIndicatorDto(i, links.get(i.chainElementId)!)] as const),
    ...outside.map((i) => [i.id, i] as const),
  ]);
  return loads.map(({ goal, request }) => {
    const own = indicators.filter((i) => i.goalId === goal.id);
    const ownIds = new Set(own.map((i) => i.id));
    const goalRatios = ratios.filter((r) => r.goalId === goal.id);
    const referenced = [...referencedIds(own, goalRatios)].filter((id) => !ownIds.has(id)).map((id) => dtos.get(id)).filter((d) => d !== undefined);
    const orgNodes = subtreeOf(nodeRows, request.orgNodeIds);
    const nodeIds = new Set(orgNodes.map((n) => n.id));
    const valueIndicators = new Set([...ownIds, ...referenced.map((i) => i.id)]);
    const keys = new Set(basePeriodsOfYears(yearsOf(request.periods)));
    return {
      goal: { id: goal.id, key: goal.key, title: goal.title, level: goal.level, status: goal.status, ownerNodeId: goal.ownerNodeId },
      elements: elements.filter((e) => e.goalId === goal.id).map(toChainElementDto),
      indicators: own.map((i) => dtos.get(i.id)!),
      referencedIndicators: referenced,
      targets: targets.filter((t) => ownIds.has(t.indicatorId)).map((t) => ({ indicatorId: t.indicatorId, periodKey: t.periodKey, targetValue: t.targetValue })),
      ratios: goalRatios.map(toRatioDefinitionDto),
      orgNodes,
      values: values.filter((v) => valueIndicators.has(v.indicatorId) && nodeIds.has(v.orgNodeId) && keys.has(v.periodKey)),
      targetScale: settings.targetScale ?? null,
    };
  });
}

/** One goal's chain data (see loadChainsData). */
export async function loadChainData(m: EntityManager, tenantId: string, goal: Goal, request: ChainRequest): Promise<ChainData> {
  const [data] = await loadChainsData(m, tenantId, [{ goal, request }]);
  return data!;
}
