import { aggregateSeries } from './aggregate-series.js';
import type { AggregationContext } from './aggregation-context.js';
import type { SeriesAggregation } from './indicator-definition.js';
import { emptyPartial, rollUpPartials, type NodePartial } from './node-partial.js';

/**
 * Rolled-up partials for the whole tree, one "channel" per quantity. Cached per context so a batch over many
 * nodes, or several ratios sharing an indicator, computes each roll-up once.
 */
type Channel = ReadonlyMap<string, NodePartial>;

const cache = new WeakMap<AggregationContext, Map<string, Channel>>();

function cached(context: AggregationContext, key: string, compute: () => Map<string, NodePartial>): Channel {
  let channels = cache.get(context);
  if (channels === undefined) {
    channels = new Map();
    cache.set(context, channels);
  }
  let channel = channels.get(key);
  if (channel === undefined) {
    channel = rollUpPartials(context.tree, compute());
    channels.set(key, channel);
  }
  return channel;
}

function reportersInTree(context: AggregationContext, indicatorId: string): string[] {
  const reporters = context.index.reporters.get(indicatorId);
  return reporters === undefined ? [] : [...reporters].filter((id) => context.tree.has(id));
}

/** a = Σ of each node's time-aggregated value; coverage = reporters with a value in the periods. */
export function sumChannel(context: AggregationContext, indicatorId: string, method: SeriesAggregation): Channel {
  return cached(context, JSON.stringify(['sum', indicatorId, method]), () => {
    const own = new Map<string, NodePartial>();
    const byNode = context.index.series.get(indicatorId);
    for (const nodeId of reportersInTree(context, indicatorId)) {
      const series = byNode?.get(nodeId);
      const value = series === undefined ? undefined : aggregateSeries(series, method);
      own.set(nodeId, {
        ...emptyPartial(),
        a: value ?? 0,
        hasA: value !== undefined,
        expected: 1,
        complete: value === undefined ? 0 : 1,
      });
    }
    return own;
  });
}

/**
 * a = Σ value·weight and b = Σ weight over every (node, period) where both exist; with LAST/ANNUAL only each
 * node's latest such period counts.
 */
export function weightedChannel(
  context: AggregationContext,
  valueId: string,
  weightId: string,
  method: SeriesAggregation,
): Channel {
  return cached(context, JSON.stringify(['weighted', valueId, weightId, method]), () => {
    const own = new Map<string, NodePartial>();
    const values = context.index.series.get(valueId);
    const weights = context.index.series.get(weightId);
    const latestOnly = method === 'LAST' || method === 'ANNUAL';
    for (const nodeId of reportersInTree(context, valueId)) {
      const v = values?.get(nodeId);
      const w = weights?.get(nodeId);
      const partial: NodePartial = { ...emptyPartial(), expected: 1 };
      if (v !== undefined && w !== undefined) {
        const slots = v.map((_, i) => i).filter((i) => v[i] !== undefined && w[i] !== undefined);
        for (const i of latestOnly ? slots.slice(-1) : slots) {
          partial.a += v[i]! * w[i]!;
          partial.b += w[i]!;
          partial.hasA = partial.hasB = true;
        }
      }
      partial.complete = partial.hasA ? 1 : 0;
      own.set(nodeId, partial);
    }
    return own;
  });
}

/**
 * Coverage of a ratio: nodes reporting any numerator or denominator indicator are expected; a node is complete
 * when it has data in the periods for each side it reports.
 */
export function ratioCoverageChannel(
  context: AggregationContext,
  numeratorIds: readonly string[],
  denominatorIds: readonly string[],
): Channel {
  return cached(context, JSON.stringify(['coverage', numeratorIds, denominatorIds]), () => {
    const own = new Map<string, NodePartial>();
    const reportsAny = (ids: readonly string[], nodeId: string) =>
      ids.some((id) => context.index.reporters.get(id)?.has(nodeId) === true);
    const hasData = (ids: readonly string[], nodeId: string) =>
      ids.some((id) => context.index.series.get(id)?.get(nodeId)?.some((v) => v !== undefined) === true);
    const candidates = new Set([...numeratorIds, ...denominatorIds].flatMap((id) => reportersInTree(context, id)));
    for (const nodeId of candidates) {
      const numeratorOk = !reportsAny(numeratorIds, nodeId) || hasData(numeratorIds, nodeId);
      const denominatorOk = !reportsAny(denominatorIds, nodeId) || hasData(denominatorIds, nodeId);
      own.set(nodeId, { ...emptyPartial(), expected: 1, complete: numeratorOk && denominatorOk ? 1 : 0 });
    }
    return own;
  });
}

const EMPTY: Readonly<NodePartial> = Object.freeze(emptyPartial());

/** The partial of a node in a channel (empty when nothing below it has data or reports). Read-only. */
export function partialAt(channel: Channel, nodeId: string): Readonly<NodePartial> {
  return channel.get(nodeId) ?? EMPTY;
}
