import type { Coverage } from '../numbers/ratio-result.js';
import { safeDivide } from '../numbers/safe-divide.js';
import { ratioEvaluator } from '../ratios/compute-ratio.js';
import type { AggregateResult } from './aggregate-result.js';
import type { AggregationContext } from './aggregation-context.js';
import { partialAt } from './value-channels.js';
import type { IndicatorDefinition, SeriesAggregation } from './indicator-definition.js';

type BodyAt = (nodeId: string) => AggregateResult;

function seriesMethod(definition: IndicatorDefinition): SeriesAggregation {
  // RATIO time aggregation only occurs with RATIO org aggregation, which never aggregates its own series.
  return definition.timeAggregation === 'RATIO' ? 'SUM' : definition.timeAggregation;
}

/** Builds a result in one allocation (the batch creates one per node and indicator). */
function result(
  context: AggregationContext,
  definition: IndicatorDefinition,
  nodeId: string,
  value: number | null,
  reason: AggregateResult['reason'],
  numerator: number | null,
  denominator: number | null,
  coverage: Coverage,
): AggregateResult {
  return {
    indicatorId: definition.id,
    orgNodeId: nodeId,
    periodKeys: context.periodKeys,
    value,
    unit: definition.unit,
    reason,
    numerator,
    denominator,
    coverage,
  };
}

function sumBody(context: AggregationContext, definition: IndicatorDefinition): BodyAt {
  const channel = context.channels.sum(definition.id, seriesMethod(definition));
  return (nodeId) => {
    const { a, hasA, complete, expected } = partialAt(channel, nodeId);
    const finite = Number.isFinite(a);
    const value = hasA && finite ? (a === 0 ? 0 : a) : null;
    const reason = !hasA ? 'saknar_varde' : finite ? null : 'utanfor_talomrade';
    return result(context, definition, nodeId, value, reason, null, null, { withData: complete, total: expected });
  };
}

function weightedBody(context: AggregationContext, definition: IndicatorDefinition): BodyAt {
  const channel = context.channels.weighted(definition.id, definition.weightIndicatorId!, seriesMethod(definition));
  return (nodeId) => {
    const { a, b, hasA, hasB, complete, expected } = partialAt(channel, nodeId);
    const quotient = safeDivide(hasA ? a : null, hasB ? b : null);
    const numerator = hasA && Number.isFinite(a) ? a : null;
    const denominator = hasB && Number.isFinite(b) ? b : null;
    return result(context, definition, nodeId, quotient.value, quotient.reason, numerator, denominator, { withData: complete, total: expected });
  };
}

function ownOnlyBody(context: AggregationContext, definition: IndicatorDefinition): BodyAt {
  const method = seriesMethod(definition);
  const below = context.channels.sum(definition.id, method);
  return (nodeId) => {
    const own = context.channels.own(definition.id, method, nodeId);
    const coverage = { withData: own.value === undefined ? 0 : 1, total: own.reports ? 1 : 0 };
    if (own.value !== undefined) {
      const finite = Number.isFinite(own.value);
      return result(context, definition, nodeId, finite ? own.value : null, finite ? null : 'utanfor_talomrade', null, null, coverage);
    }
    const reason = partialAt(below, nodeId).hasA ? 'ej_aggregerbar' : 'saknar_varde';
    return result(context, definition, nodeId, null, reason, null, null, coverage);
  };
}

function ratioBody(context: AggregationContext, definition: IndicatorDefinition): BodyAt {
  const evaluate = ratioEvaluator(context, {
    kind: 'kvot',
    numeratorIndicatorId: definition.numeratorIndicatorId!,
    denominatorIndicatorId: definition.denominatorIndicatorId!,
    scale: definition.scale,
    unit: definition.unit,
  });
  return (nodeId) => {
    const ratio = evaluate(nodeId);
    return result(context, definition, nodeId, ratio.value, ratio.reason, ratio.numerator, ratio.denominator, ratio.coverage);
  };
}

const BODIES = { SUM: sumBody, WEIGHTED_MEAN: weightedBody, NONE: ownOnlyBody, RATIO: ratioBody } as const;

/**
 * Prepares one indicator (its roll-ups are computed once for the whole tree) and returns a function giving the
 * result for any node. See {@link aggregateIndicator}.
 */
export function indicatorEvaluator(context: AggregationContext, indicatorId: string): (nodeId: string) => AggregateResult {
  const definition = context.indicators.get(indicatorId);
  if (definition === undefined) throw new RangeError(`Okänd indikator "${indicatorId}"`);
  const body = BODIES[definition.orgAggregation](context, definition);
  return (nodeId) => {
    if (!context.tree.has(nodeId)) throw new RangeError(`Okänd organisationsnod "${nodeId}"`);
    return body(nodeId);
  };
}

/**
 * One indicator for `nodeId` (the node and all its descendants) over the context's periods, according to the
 * indicator's org aggregation. NONE returns the node's own value, or null with 'ej_aggregerbar' when only
 * descendants have values.
 */
export function aggregateIndicator(context: AggregationContext, indicatorId: string, nodeId: string): AggregateResult {
  return indicatorEvaluator(context, indicatorId)(nodeId);
}
