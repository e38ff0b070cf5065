import { comparePeriodKeys, sortPeriodKeys } from '../periods/period-range.js';
import { aggregateSeries } from './aggregate-series.js';
import type { AggregationContext } from './aggregation-context.js';
import type { Channel, ChannelSource, OwnValue } from './channel-source.js';
import { indexIndicatorDefinitions, type IndicatorDefinition } from './indicator-definition.js';
import { emptyPartial, type NodePartial } from './node-partial.js';
import { buildOrgTree } from './org-tree.js';

/** Σ over a root's subtree of one indicator's values in one stored (base) period, as the database returns it. */
export interface SubtreePeriodSum {
  readonly rootId: string;
  readonly indicatorId: string;
  readonly periodKey: string;
  /** Σ of the values of the nodes that have one. */
  readonly sum: number;
  /** How many nodes of the subtree have a value. */
  readonly count: number;
  /** Which nodes have a value, as a fingerprint: the same set of nodes gives the same fingerprint. */
  readonly nodeSet: string;
  /** The root's own value, when it has one. */
  readonly own: number | null;
  /** Whether a value names a reference period of its own (then only the raw values tell how fresh the data is). */
  readonly hasReference: boolean;
}

/** Σ value·weight and Σ weight over a root's subtree in one base period, over the nodes that have both. */
export interface SubtreeWeightedSum {
  readonly rootId: string;
  readonly valueId: string;
  readonly weightId: string;
  readonly periodKey: string;
  readonly sumProduct: number;
  readonly sumWeight: number;
  readonly count: number;
  readonly nodeSet: string;
}

/**
 * Thrown when sums cannot give the same answer as the raw values would: the nodes of a subtree did not report the
 * same periods (then a mean over time or the latest value differs per node), or values carry their own reference
 * periods. The caller computes that chain from the raw values instead.
 */
export class InexactSumsError extends Error {
  constructor(rootId: string, indicatorId: string, why: string) {
    super(`Summorna räcker inte för indikator "${indicatorId}" under nod "${rootId}": ${why}`);
    this.name = 'InexactSumsError';
  }
}

interface SumSeries {
  /** Every loaded base period with a value, chronological. */
  readonly entries: readonly SubtreePeriodSum[];
  /** Every reporting node has a value in exactly the same periods, and no value names its own reference period. */
  readonly uniform: boolean;
  /** Nodes reporting the indicator in the loaded periods (meaningful when uniform). */
  readonly reporters: number;
  readonly nodeSet: string;
}

/** Sums of one request (every root, indicator and loaded period), indexed once for any number of period contexts. */
export interface SubtreeSumsIndex {
  series(rootId: string, indicatorId: string): SumSeries | undefined;
  weighted(rootId: string, valueId: string, weightId: string): readonly SubtreeWeightedSum[];
}

const byPeriod = <T extends { periodKey: string }>(a: T, b: T) => comparePeriodKeys(a.periodKey, b.periodKey);

export function indexSubtreeSums(sums: readonly SubtreePeriodSum[], weighted: readonly SubtreeWeightedSum[] = []): SubtreeSumsIndex {
  const grouped = new Map<string, SubtreePeriodSum[]>();
  for (const sum of sums) {
    const key = `${sum.rootId}|${sum.indicatorId}`;
    const list = grouped.get(key);
    if (list) list.push(sum);
    else grouped.set(key, [sum]);
  }
  const series = new Map<string, SumSeries>();
  for (const [key, entries] of grouped) {
    entries.sort(byPeriod);
    const first = entries[0]!;
    const uniform = entries.every((e) => e.count === first.count && e.nodeSet === first.nodeSet && !e.hasReference);
    series.set(key, { entries, uniform, reporters: first.count, nodeSet: first.nodeSet });
  }
  const pairs = new Map<string, SubtreeWeightedSum[]>();
  for (const pair of weighted) {
    const key = `${pair.rootId}|${pair.valueId}|${pair.weightId}`;
    const list = pairs.get(key);
    if (list) list.push(pair);
    else pairs.set(key, [pair]);
  }
  for (const list of pairs.values()) list.sort(byPeriod);
  return {
    series: (rootId, indicatorId) => series.get(`${rootId}|${indicatorId}`),
    weighted: (rootId, valueId, weightId) => pairs.get(`${rootId}|${valueId}|${weightId}`) ?? [],
  };
}

export interface SummedContextInput {
  readonly sums: SubtreeSumsIndex;
  /** The roots results are asked for (each rolled up over its own subtree). */
  readonly rootIds: readonly string[];
  /** The base periods of this context (e.g. the quarters of 2025). */
  readonly periodKeys: readonly string[];
  readonly indicators: readonly IndicatorDefinition[];
}

/**
 * An aggregation context whose roll-ups come from subtree sums instead of raw values. Exact, not an approximation:
 * when every node of a subtree reported the same periods, Σ over nodes of a node's SUM, AVG, LAST or ANNUAL over
 * those periods equals the same aggregation of the per-period subtree sums (aggregateSeries, the one formula for both).
 * Anything else throws InexactSumsError when asked for, so the caller can fall back to the raw values.
 */
export function createSummedAggregationContext(input: SummedContextInput): AggregationContext {
  const roots = [...new Set(input.rootIds)];
  const inPeriod = new Set(input.periodKeys);
  const { sums } = input;
  const bucket = <T extends { periodKey: string }>(entries: readonly T[]) => entries.filter((e) => inPeriod.has(e.periodKey));

  const uniformSeries = (rootId: string, indicatorId: string): SumSeries | undefined => {
    const series = sums.series(rootId, indicatorId);
    if (series !== undefined && !series.uniform) throw new InexactSumsError(rootId, indicatorId, 'enheterna har rapporterat olika perioder');
    return series;
  };
  const perRoot = (partialOf: (rootId: string) => NodePartial | undefined): Channel => {
    const channel = new Map<string, NodePartial>();
    for (const rootId of roots) {
      const partial = partialOf(rootId);
      if (partial !== undefined) channel.set(rootId, partial);
    }
    return channel;
  };
  const memo = new Map<string, Channel>();
  const cached = (key: string, compute: () => Channel): Channel => {
    let channel = memo.get(key);
    if (channel === undefined) {
      channel = compute();
      memo.set(key, channel);
    }
    return channel;
  };

  const channels: ChannelSource = {
    sum: (indicatorId, method) =>
      cached(`sum|${indicatorId}|${method}`, () =>
        perRoot((rootId) => {
          const series = uniformSeries(rootId, indicatorId);
          if (series === undefined) return undefined;
          const value = aggregateSeries(bucket(series.entries).map((e) => e.sum), method);
          return { ...emptyPartial(), a: value ?? 0, hasA: value !== undefined, expected: series.reporters, complete: value === undefined ? 0 : series.reporters };
        }),
      ),

    weighted: (valueId, weightId, method) =>
      cached(`weighted|${valueId}|${weightId}|${method}`, () =>
        perRoot((rootId) => {
          const series = uniformSeries(rootId, valueId);
          if (series === undefined) return undefined;
          const pairs = bucket(sums.weighted(rootId, valueId, weightId));
          const valuePeriods = bucket(series.entries).map((e) => e.periodKey);
          const complete = pairs.length === valuePeriods.length
            && pairs.every((p, i) => p.periodKey === valuePeriods[i] && p.count === series.reporters && p.nodeSet === series.nodeSet);
          if (!complete) throw new InexactSumsError(rootId, valueId, `vikten ${weightId} saknas för några enheter`);
          const slots = method === 'LAST' || method === 'ANNUAL' ? pairs.slice(-1) : pairs;
          const partial: NodePartial = { ...emptyPartial(), expected: series.reporters };
          for (const slot of slots) {
            partial.a += slot.sumProduct;
            partial.b += slot.sumWeight;
            partial.hasA = partial.hasB = true;
          }
          partial.complete = partial.hasA ? series.reporters : 0;
          return partial;
        }),
      ),

    ratioCoverage: (numeratorIds, denominatorIds) =>
      cached(`coverage|${numeratorIds.join(',')}|${denominatorIds.join(',')}`, () =>
        perRoot((rootId) => {
          const side = (ids: readonly string[]) =>
            ids.map((id) => uniformSeries(rootId, id)).filter((s): s is SumSeries => s !== undefined);
          const numerator = side(numeratorIds);
          const denominator = side(denominatorIds);
          const involved = [...numerator, ...denominator];
          if (involved.length === 0) return undefined;
          const { nodeSet, reporters } = involved[0]!;
          if (involved.some((s) => s.nodeSet !== nodeSet)) {
            throw new InexactSumsError(rootId, [...numeratorIds, ...denominatorIds].join('+'), 'täljare och nämnare rapporteras av olika enheter');
          }
          const ok = (series: readonly SumSeries[]) => series.length === 0 || series.some((s) => bucket(s.entries).length > 0);
          return { ...emptyPartial(), expected: reporters, complete: ok(numerator) && ok(denominator) ? reporters : 0 };
        }),
      ),

    own: (indicatorId, method, rootId): OwnValue => {
      const entries = sums.series(rootId, indicatorId)?.entries ?? [];
      const own = bucket(entries).filter((e) => e.own !== null).map((e) => e.own!);
      return { value: aggregateSeries(own, method), reports: entries.some((e) => e.own !== null) };
    },
  };

  return {
    tree: buildOrgTree(roots.map((id) => ({ id, parentId: null }))),
    indicators: indexIndicatorDefinitions(input.indicators),
    periodKeys: sortPeriodKeys(input.periodKeys),
    channels,
  };
}

/**
 * The period the figure of `indicatorIds` at `rootId` rests on: the latest period with data of the stalest
 * contributing unit (stale data is never green). With uniform sums every unit's latest period is the same, so it is
 * the latest period with data of the stalest indicator; `ownOnly` looks at the root's own values. null = no data.
 */
export function stalestSummedPeriod(
  sums: SubtreeSumsIndex,
  rootId: string,
  indicatorIds: readonly string[],
  periodKeys: readonly string[],
  ownOnly: boolean,
): string | null {
  const inPeriod = new Set(periodKeys);
  let stalest: string | null = null;
  for (const indicatorId of indicatorIds) {
    const series = sums.series(rootId, indicatorId);
    if (series === undefined) continue;
    const entries = series.entries.filter((e) => inPeriod.has(e.periodKey) && (!ownOnly || e.own !== null));
    if (entries.some((e) => e.hasReference) || (!ownOnly && !series.uniform)) {
      throw new InexactSumsError(rootId, indicatorId, 'värdena har egna referensperioder');
    }
    const latest = entries.at(-1)?.periodKey;
    if (latest !== undefined && (stalest === null || comparePeriodKeys(latest, stalest) < 0)) stalest = latest;
  }
  return stalest;
}
