import { aggregateSeries } from './aggregate-series.js';
import type { Channel, ChannelSource } from './channel-source.js';
import { emptyPartial, rollUpPartials, type NodePartial } from './node-partial.js';
import type { OrgTree } from './org-tree.js';
import type { ValueIndex } from './value-index.js';

/**
 * Roll-ups summed here from raw values, for the whole tree, one "channel" per quantity. Each channel is computed once
 * per source, so a batch over many nodes, or several ratios sharing an indicator, rolls each quantity up once.
 */
export function valueChannels(tree: OrgTree, index: ValueIndex): ChannelSource {
  const channels = new Map<string, Channel>();
  const cached = (key: string, compute: () => Map<string, NodePartial>): Channel => {
    let channel = channels.get(key);
    if (channel === undefined) {
      channel = rollUpPartials(tree, compute());
      channels.set(key, channel);
    }
    return channel;
  };
  const reportersInTree = (indicatorId: string): string[] => {
    const reporters = index.reporters.get(indicatorId);
    return reporters === undefined ? [] : [...reporters].filter((id) => tree.has(id));
  };

  return {
    sum: (indicatorId, method) =>
      cached(`sum|${indicatorId}|${method}`, () => {
        const own = new Map<string, NodePartial>();
        const byNode = index.series.get(indicatorId);
        for (const nodeId of reportersInTree(indicatorId)) {
          const series = byNode?.get(nodeId);
          const value = series === undefined ? undefined : aggregateSeries(series, method);
          own.set(nodeId, { ...emptyPartial(), a: value ?? 0, hasA: value !== undefined, expected: 1, complete: value === undefined ? 0 : 1 });
        }
        return own;
      }),

    weighted: (valueId, weightId, method) =>
      cached(`weighted|${valueId}|${weightId}|${method}`, () => {
        const own = new Map<string, NodePartial>();
        const values = index.series.get(valueId);
        const weights = index.series.get(weightId);
        const latestOnly = method === 'LAST' || method === 'ANNUAL';
        for (const nodeId of reportersInTree(valueId)) {
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
      }),

    ratioCoverage: (numeratorIds, denominatorIds) =>
      cached(`coverage|${numeratorIds.join(',')}|${denominatorIds.join(',')}`, () => {
        const own = new Map<string, NodePartial>();
        const reportsAny = (ids: readonly string[], nodeId: string) => ids.some((id) => index.reporters.get(id)?.has(nodeId) === true);
        const hasData = (ids: readonly string[], nodeId: string) =>
          ids.some((id) => index.series.get(id)?.get(nodeId)?.some((v) => v !== undefined) === true);
        const candidates = new Set([...numeratorIds, ...denominatorIds].flatMap((id) => reportersInTree(id)));
        for (const nodeId of candidates) {
          const numeratorOk = !reportsAny(numeratorIds, nodeId) || hasData(numeratorIds, nodeId);
          const denominatorOk = !reportsAny(denominatorIds, nodeId) || hasData(denominatorIds, nodeId);
          own.set(nodeId, { ...emptyPartial(), expected: 1, complete: numeratorOk && denominatorOk ? 1 : 0 });
        }
        return own;
      }),

    own: (indicatorId, method, nodeId) => {
      const series = index.series.get(indicatorId)?.get(nodeId);
      return {
        value: series === undefined ? undefined : aggregateSeries(series, method),
        reports: index.reporters.get(indicatorId)?.has(nodeId) === true,
      };
    },
  };
}

const EMPTY: Readonly<NodePartial> = Object.freeze(emptyPartial());

/** The partial of a node in a channel (empty when nothing below it has data or reports). Read-only. */
export function partialAt(channel: Channel, nodeId: string): Readonly<NodePartial> {
  return channel.get(nodeId) ?? EMPTY;
}
