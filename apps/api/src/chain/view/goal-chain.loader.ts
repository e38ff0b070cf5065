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

interface NodeRow { id: string; parent_id: string | null; key: string; name: string }
interface ValueRow { indicator_id: string; org_node_id: string; period_key: string; value: string; reference_period_key: string | null }

/** The requested nodes and all their descendants, in one recursive query. */
async function loadSubtrees(m: EntityManager, rootIds: readonly string[]): Promise<ChainOrgNode[]> {
  const rows: NodeRow[] = await m.query(
    `WITH RECURSIVE down AS (
       SELECT id, parent_id, key, name FROM org_node WHERE id = ANY($1::uuid[])
       UNION SELECT n.id, n.parent_id, n.key, n.name FROM org_node n JOIN down d ON n.parent_id = d.id)
     SELECT id, parent_id, key, name FROM down`,
    [rootIds],
  );
  const ids = new Set(rows.map((r) => r.id));
  return rows.map((r) => ({ id: r.id, parentId: r.parent_id !== null && ids.has(r.parent_id) ? r.parent_id : null, key: r.key, name: r.name }));
}

/** Every value of the indicators, nodes and whole years touched (coverage counts units reporting anywhere in the year). */
async function loadValues(m: EntityManager, indicatorIds: string[], nodeIds: string[], periods: readonly string[]): Promise<ChainValue[]> {
  if (indicatorIds.length === 0 || nodeIds.length === 0) return [];
  const keys = basePeriodsOfYears(periods.map((p) => parsePeriodKey(p).year));
  const rows: ValueRow[] = await m.query(
    `SELECT indicator_id, org_node_id, period_key, value, reference_period_key FROM indicator_value
      WHERE indicator_id = ANY($1::uuid[]) AND org_node_id = ANY($2::uuid[]) AND period_key = ANY($3::text[])`,
    [indicatorIds, nodeIds, keys],
  );
  return rows.map((r) => ({
    indicatorId: r.indicator_id,
    orgNodeId: r.org_node_id,
    periodKey: r.period_key,
    value: Number(r.value),
    referencePeriodKey: r.reference_period_key,
  }));
}

/** Indicators of other goals that the goal's ratio indicators and ratio definitions refer to (usually none). */
async function loadReferenced(m: EntityManager, own: readonly Indicator[], ratios: readonly RatioDefinition[]): Promise<IndicatorDto[]> {
  const ownIds = new Set(own.map((i) => i.id));
  const wanted = new Set(
    [
      ...own.flatMap((i) => [i.numeratorIndicatorId, i.denominatorIndicatorId, i.weightIndicatorId]),
      ...ratios.flatMap((r) => [r.numeratorIndicatorId, r.denominatorIndicatorId]),
    ].filter((id): id is string => id !== null && !ownIds.has(id)),
  );
  if (wanted.size === 0) return [];
  const indicators = await m.findBy(Indicator, { id: In([...wanted]) });
  const elements = indicators.length === 0 ? [] : await m.findBy(ChainElement, { id: In(indicators.map((i) => i.chainElementId)) });
  const links = new Map(elements.map((e) => [e.id, e.link]));
  return indicators.map((i) => toIndicatorDto(i, links.get(i.chainElementId)!));
}

/**
 * Loads what the chain view needs with a fixed number of queries, however many indicators, nodes and periods:
 * settings, elements, indicators, ratio definitions, targets, the org subtrees (one recursive CTE), all values
 * (one query), plus two for indicators of other goals when referenced.
 */
export async function loadChainData(m: EntityManager, tenantId: string, goal: Goal, request: ChainRequest): Promise<ChainData> {
  const settings = await tenantSettings(m, tenantId);
  const elements = await m.findBy(ChainElement, { goalId: goal.id });
  const indicators = await m.findBy(Indicator, { goalId: goal.id });
  const ratios = await m.find(RatioDefinition, { where: { goalId: goal.id }, order: { sortOrder: 'ASC', name: 'ASC' } });
  const indicatorIds = indicators.map((i) => i.id);
  const targets = indicatorIds.length === 0 ? [] : await m.findBy(IndicatorTarget, { indicatorId: In(indicatorIds) });
  const referenced = await loadReferenced(m, indicators, ratios);
  const orgNodes = await loadSubtrees(m, request.orgNodeIds);
  const links = new Map<string, ChainLink>(elements.map((e) => [e.id, e.link]));
  const values = await loadValues(m, [...indicatorIds, ...referenced.map((i) => i.id)], orgNodes.map((n) => n.id), request.periods);
  return {
    goal: { id: goal.id, key: goal.key, title: goal.title, level: goal.level, status: goal.status, ownerNodeId: goal.ownerNodeId },
    elements: elements.map(toChainElementDto),
    indicators: indicators.map((i) => toIndicatorDto(i, links.get(i.chainElementId)!)),
    referencedIndicators: referenced,
    targets: targets.map((t) => ({ indicatorId: t.indicatorId, periodKey: t.periodKey, targetValue: t.targetValue })),
    ratios: ratios.map(toRatioDefinitionDto),
    orgNodes,
    values,
    targetScale: settings.targetScale ?? null,
  };
}
