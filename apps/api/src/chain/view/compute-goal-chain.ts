import {
  buildOrgTree, createAggregationContext, createSummedAggregationContext, indicatorEvaluator, periodRange, RatioDefinitionError,
  ratioEvaluator, stalestSummedPeriod, subtreeIds, type AggregateResult, type AggregationContext, type IndicatorDefinition,
  type IndicatorValue, type RatioResult,
} from '@resultatkedjan/domain';
import type {
  ChainIndicatorView, ChainOrgNodeSummary, ChainRatioView, GoalChainView, IndicatorDto, IndicatorFigureDto,
  RatioDefinitionDto, RatioResultDto,
} from '@resultatkedjan/contracts';
import { compareChainOrder } from '../support/chain-link-order.js';
import type { ChainData, ChainDefinition, ChainRequest, SummedChainData } from './chain-data.js';
import { assessFigure, scaleFor, targetFor, type TargetIndex } from './figure-assessment.js';
import { buildDefinitions } from './indicator-definitions.js';
import { basePeriodsOf } from './period-bases.js';
import { latestReferences, referenceResolver, stalestReference, type Reference } from './value-references.js';

/** What one shown period is computed from: the roll-ups, and the period each figure's data rests on. */
interface PeriodContext {
  periodKey: string;
  aggregation: AggregationContext;
  /** The stalest contributing reference period of `sources` at the node (its own values only when `ownOnly`). */
  stalest(sources: readonly string[], nodeId: string, ownOnly: boolean): Reference | null;
}

function indexTargets(data: ChainDefinition): TargetIndex {
  const index = new Map<string, Map<string, number>>();
  for (const target of data.targets) {
    let byPeriod = index.get(target.indicatorId);
    if (byPeriod === undefined) {
      byPeriod = new Map();
      index.set(target.indicatorId, byPeriod);
    }
    byPeriod.set(target.periodKey, target.targetValue);
  }
  return index;
}

function byChainOrder(a: IndicatorDto, b: IndicatorDto): number {
  return a.sortOrder - b.sortOrder || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
}

/** The requested nodes sorted by name (R-6: never ranked). */
function requestedNodes(known: readonly ChainOrgNodeSummary[], request: ChainRequest): ChainOrgNodeSummary[] {
  const byId = new Map(known.map((n) => [n.id, n]));
  return request.orgNodeIds
    .map((id) => byId.get(id)!)
    .map(({ id, key, name }) => ({ id, key, name }))
    .sort((a, b) => a.name.localeCompare(b.name, 'sv') || (a.key < b.key ? -1 : 1));
}

function figureOf(
  indicator: IndicatorDto,
  result: AggregateResult | null,
  nodeId: string,
  context: PeriodContext,
  targets: TargetIndex,
  scale: ReturnType<typeof scaleFor>,
): IndicatorFigureDto {
  const { periodKey } = context;
  const value = result?.value ?? null;
  const sources = indicator.orgAggregation === 'RATIO'
    ? [indicator.numeratorIndicatorId, indicator.denominatorIndicatorId].filter((id): id is string => id !== null)
    : [indicator.id];
  const reference = context.stalest(sources, nodeId, indicator.orgAggregation === 'NONE');
  const target = targetFor(indicator, periodKey, targets);
  return {
    orgNodeId: nodeId,
    periodKey,
    value,
    unit: indicator.unit,
    reason: result === null ? 'ogiltig_definition' : result.reason,
    numerator: result?.numerator ?? null,
    denominator: result?.denominator ?? null,
    coverage: result === null ? { withData: 0, total: 0 } : { ...result.coverage },
    target: target?.value ?? null,
    targetPeriodKey: target?.periodKey ?? null,
    assessment: assessFigure(indicator, value, target, reference, periodKey, scale),
  };
}

function ratioResultOf(result: RatioResult, nodeId: string, periodKey: string): RatioResultDto {
  return {
    orgNodeId: nodeId,
    periodKey,
    value: result.value,
    numerator: result.numerator,
    denominator: result.denominator,
    numeratorUnit: result.numeratorUnit,
    denominatorUnit: result.denominatorUnit,
    unit: result.unit,
    reason: result.reason,
    coverage: { ...result.coverage },
  };
}

type RatioEvaluator = (nodeId: string) => RatioResult;

function tryRatioEvaluator(context: AggregationContext, ratio: RatioDefinitionDto): RatioEvaluator | string {
  try {
    return ratioEvaluator(context, {
      kind: ratio.kind,
      numeratorIndicatorId: ratio.numeratorIndicatorId,
      denominatorIndicatorId: ratio.denominatorIndicatorId,
      ...(ratio.scale !== null && { scale: ratio.scale }),
      ...(ratio.unit !== null && { unit: ratio.unit }),
    });
  } catch (error) {
    if (error instanceof RatioDefinitionError) return error.message;
    throw error;
  }
}

/** The chain computed from raw values: the requested nodes' subtrees are rolled up here. */
export function computeGoalChain(data: ChainData, request: ChainRequest): GoalChainView {
  const definitions = buildDefinitions([...data.indicators, ...data.referencedIndicators]);
  const tree = buildOrgTree(data.orgNodes.map((n) => ({ id: n.id, parentId: n.parentId })));
  const subtrees = new Map(request.orgNodeIds.map((id) => [id, subtreeIds(tree, id)]));
  const values: IndicatorValue[] = data.values.map((v) => ({
    indicatorId: v.indicatorId, orgNodeId: v.orgNodeId, periodKey: v.periodKey, value: v.value,
  }));
  const resolve = referenceResolver();
  return computeChain(data, definitions, requestedNodes(data.orgNodes, request), request, (periodKey) => {
    const bases = basePeriodsOf(periodKey);
    const latest = latestReferences(data.values, new Set(bases), resolve);
    return {
      periodKey,
      aggregation: createAggregationContext({ values, orgTree: tree, periodKeys: bases, indicators: definitions.valid }),
      stalest: (sources, nodeId, ownOnly) => stalestReference(latest, sources, ownOnly ? [nodeId] : subtrees.get(nodeId)!),
    };
  });
}

/**
 * The chain computed from the database's subtree sums (the usual path). Throws InexactSumsError when the sums cannot
 * give the raw values' answer (units reporting different periods, values with their own reference periods); the
 * caller then loads the raw values and uses computeGoalChain.
 */
export function computeGoalChainFromSums(data: SummedChainData, request: ChainRequest): GoalChainView {
  const definitions = buildDefinitions([...data.indicators, ...data.referencedIndicators]);
  return computeChain(data, definitions, requestedNodes(data.nodes, request), request, (periodKey) => {
    const bases = basePeriodsOf(periodKey);
    return {
      periodKey,
      aggregation: createSummedAggregationContext({ sums: data.sums, rootIds: request.orgNodeIds, periodKeys: bases, indicators: definitions.valid }),
      stalest: (sources, nodeId, ownOnly) => {
        const key = stalestSummedPeriod(data.sums, nodeId, sources, bases, ownOnly);
        return key === null ? null : { key, to: periodRange(key).to };
      },
    };
  });
}

/**
 * The chain with roll-ups for every requested node and period, computed by the domain engine: each indicator with
 * its org and time aggregation, the target and måluppfyllelse, and each declared ratio as a ratio of sums.
 */
function computeChain(
  data: ChainDefinition,
  definitions: { valid: IndicatorDefinition[]; invalid: Map<string, string> },
  nodes: ChainOrgNodeSummary[],
  request: ChainRequest,
  contextFor: (periodKey: string) => PeriodContext,
): GoalChainView {
  const warnings: string[] = [];
  for (const indicator of data.indicators) {
    const problem = definitions.invalid.get(indicator.id);
    if (problem !== undefined) warnings.push(problem);
  }
  const targets = indexTargets(data);
  const scales = new Map(data.indicators.map((i) => [i.id, scaleFor(i.levelScale, data.targetScale, data.levelNames)]));
  const contexts = request.periods.map(contextFor);

  // Figures are listed node by node (nodes by name), then period by period.
  const indicatorViews: ChainIndicatorView[] = data.indicators.map((indicator) => {
    const figures: IndicatorFigureDto[][] = nodes.map(() => []);
    for (const context of contexts) {
      const evaluate = definitions.invalid.has(indicator.id) ? null : indicatorEvaluator(context.aggregation, indicator.id);
      nodes.forEach((node, i) => {
        const result = evaluate === null ? null : evaluate(node.id);
        figures[i]!.push(figureOf(indicator, result, node.id, context, targets, scales.get(indicator.id)!));
      });
    }
    return { ...indicator, figures: figures.flat() };
  });

  const ratioViews: ChainRatioView[] = data.ratios.map((ratio) => {
    const results: RatioResultDto[][] = nodes.map(() => []);
    const problems = new Set<string>();
    for (const context of contexts) {
      const evaluate = tryRatioEvaluator(context.aggregation, ratio);
      if (typeof evaluate === 'string') problems.add(evaluate);
      nodes.forEach((node, i) => {
        results[i]!.push(
          typeof evaluate === 'string'
            ? invalidRatioResult(node.id, context.periodKey)
            : ratioResultOf(evaluate(node.id), node.id, context.periodKey),
        );
      });
    }
    for (const problem of problems) warnings.push(`Nyckeltalet "${ratio.name}" kan inte beräknas: ${problem}`);
    return { ...ratio, results: results.flat() };
  });

  const indicatorsByElement = new Map<string, ChainIndicatorView[]>();
  for (const view of indicatorViews.sort(byChainOrder)) {
    const list = indicatorsByElement.get(view.chainElementId) ?? [];
    list.push(view);
    indicatorsByElement.set(view.chainElementId, list);
  }
  return {
    goal: data.goal,
    periods: [...request.periods],
    orgNodes: nodes,
    elements: [...data.elements].sort(compareChainOrder).map((e) => ({ ...e, indicators: indicatorsByElement.get(e.id) ?? [] })),
    ratios: ratioViews,
    warnings,
  };
}

function invalidRatioResult(nodeId: string, periodKey: string): RatioResultDto {
  return {
    orgNodeId: nodeId, periodKey, value: null, numerator: null, denominator: null, numeratorUnit: '', denominatorUnit: '',
    unit: '', reason: 'ogiltig_definition', coverage: { withData: 0, total: 0 },
  };
}
