import type { AggregationContext } from '../aggregation/aggregation-context.js';
import type { Channel } from '../aggregation/channel-source.js';
import { partialAt } from '../aggregation/value-channels.js';
import type { SeriesAggregation } from '../aggregation/indicator-definition.js';
import { ratioFromSums } from '../numbers/ratio-from-sums.js';
import type { RatioResult } from '../numbers/ratio-result.js';
import { convertUnit, isMoneyUnit, unitScale } from '../numbers/units.js';
import { COST_NUMERATOR_KINDS, RatioDefinitionError, sideIds, type RatioDefinition } from './ratio-definition.js';

interface ResolvedSide {
  readonly ids: readonly string[];
  readonly unit: string;
  readonly parts: readonly { readonly channel: Channel; readonly unit: string }[];
}

function resolveSide(
  context: AggregationContext,
  side: string | readonly string[],
  override: SeriesAggregation | undefined,
  role: string,
): ResolvedSide {
  const ids = sideIds(side);
  if (ids.length === 0) throw new RatioDefinitionError(`${role} saknar indikatorer`);
  const definitions = ids.map((id) => {
    const definition = context.indicators.get(id);
    if (definition === undefined) throw new RatioDefinitionError(`${role}: indikatorn "${id}" är inte definierad`);
    if (definition.orgAggregation !== 'SUM') {
      throw new RatioDefinitionError(`${role}: indikatorn "${id}" måste ha organisationsaggregering SUM`);
    }
    const method = override ?? definition.timeAggregation;
    if (method === 'RATIO') throw new RatioDefinitionError(`${role}: indikatorn "${id}" har tidsaggregering RATIO`);
    return { id, unit: definition.unit, method };
  });
  const units = new Set(definitions.map((d) => d.unit));
  const bases = new Set(definitions.map((d) => unitScale(d.unit).baseUnit));
  if (bases.size > 1) throw new RatioDefinitionError(`${role}: indikatorerna har olika enheter (${[...units].join(', ')})`);
  // One unit: divide in it as is. Mixed units (tkr + mnkr) are summed in their common base unit.
  const unit = units.size === 1 ? definitions[0]!.unit : [...bases][0]!;
  const parts = definitions.map((d) => ({ channel: context.channels.sum(d.id, d.method), unit: d.unit }));
  return { ids, unit, parts };
}

function sideSum(side: ResolvedSide, nodeId: string): number | null {
  let sum = 0;
  let hasData = false;
  for (const part of side.parts) {
    const partial = partialAt(part.channel, nodeId);
    if (!partial.hasA) continue;
    sum += part.unit === side.unit ? partial.a : convertUnit(partial.a, part.unit, side.unit);
    hasData = true;
  }
  return hasData ? sum : null;
}

/**
 * Resolves a ratio definition against the context once (validating it and rolling up its indicators) and
 * returns a function giving the ratio for any node of the tree.
 */
export function ratioEvaluator(context: AggregationContext, definition: RatioDefinition): (nodeId: string) => RatioResult {
  const numerator = resolveSide(context, definition.numeratorIndicatorId, definition.numeratorTimeAggregation, 'Täljare');
  const denominator = resolveSide(context, definition.denominatorIndicatorId, definition.denominatorTimeAggregation, 'Nämnare');
  if (COST_NUMERATOR_KINDS.includes(definition.kind) && !isMoneyUnit(numerator.unit)) {
    throw new RatioDefinitionError(`${definition.kind} kräver en kostnad (kr, tkr, mnkr) i täljaren, fick ${numerator.unit}`);
  }
  if (definition.scale !== undefined && !(Number.isFinite(definition.scale) && definition.scale !== 0)) {
    throw new RatioDefinitionError('Skalan måste vara ett ändligt tal skilt från noll');
  }
  const coverageChannel = context.channels.ratioCoverage(numerator.ids, denominator.ids);
  return (nodeId) => {
    if (!context.tree.has(nodeId)) throw new RangeError(`Okänd organisationsnod "${nodeId}"`);
    const coverage = partialAt(coverageChannel, nodeId);
    return {
      ...ratioFromSums({
        numerator: sideSum(numerator, nodeId),
        denominator: sideSum(denominator, nodeId),
        numeratorUnit: numerator.unit,
        denominatorUnit: denominator.unit,
        scale: definition.scale,
        targetNumeratorUnit: definition.numeratorUnit,
        targetDenominatorUnit: definition.denominatorUnit,
        unit: definition.unit,
        coverage: { withData: coverage.complete, total: coverage.expected },
      }),
      orgNodeId: nodeId,
      periodKeys: context.periodKeys,
    };
  };
}

/**
 * The ratio for `nodeId`'s subtree over the context's periods: each side's indicators are aggregated over time
 * per node (own or overridden time aggregation), summed over the subtree, converted, then divided —
 * a ratio of sums, never a mean of ratios.
 */
export function computeRatio(context: AggregationContext, definition: RatioDefinition, nodeId: string): RatioResult {
  return ratioEvaluator(context, definition)(nodeId);
}

/** {@link computeRatio} for every node of the tree at once (each side rolled up bottom-up once). */
export function computeRatioForAllNodes(context: AggregationContext, definition: RatioDefinition): Map<string, RatioResult> {
  const evaluate = ratioEvaluator(context, definition);
  return new Map(context.tree.postOrder.map((nodeId) => [nodeId, evaluate(nodeId)] as const));
}
