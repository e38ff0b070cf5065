import { orgTreeArb } from '../test-support/arbitraries.js';
import { fc } from '../test-support/fast-check.js';
import { ratioEvaluator } from '../ratios/compute-ratio.js';
import type { RatioDefinition } from '../ratios/ratio-definition.js';
import { indicatorEvaluator } from './aggregate-indicator.js';
import { createAggregationContext } from './aggregation-context.js';
import type { IndicatorDefinition } from './indicator-definition.js';
import type { IndicatorValue } from './indicator-value.js';
import { buildOrgTree, subtreeIds, type OrgNode } from './org-tree.js';
import {
  createSummedAggregationContext, indexSubtreeSums, InexactSumsError, stalestSummedPeriod,
  type SubtreePeriodSum, type SubtreeWeightedSum,
} from './subtree-sums.js';

const LOADED = ['2024-Q4', '2025-Q1', '2025-Q2', '2025-Q3', '2025-Q4'];
const BUCKETS = [['2025-Q1', '2025-Q2', '2025-Q3', '2025-Q4'], ['2025-Q2'], ['2024-Q4', '2025-Q1']];

const KINDS: readonly IndicatorDefinition[] = [
  { id: 'sum', unit: 'st', timeAggregation: 'SUM', orgAggregation: 'SUM' },
  { id: 'avg', unit: 'åa', timeAggregation: 'AVG', orgAggregation: 'SUM' },
  { id: 'last', unit: 'st', timeAggregation: 'LAST', orgAggregation: 'SUM' },
  { id: 'annual', unit: 'st', timeAggregation: 'ANNUAL', orgAggregation: 'SUM' },
  { id: 'money', unit: 'tkr', timeAggregation: 'SUM', orgAggregation: 'SUM' },
  { id: 'ratio', unit: '%', timeAggregation: 'RATIO', orgAggregation: 'RATIO', numeratorIndicatorId: 'sum', denominatorIndicatorId: 'avg', scale: 100 },
  { id: 'weighted', unit: 'pers.', timeAggregation: 'AVG', orgAggregation: 'WEIGHTED_MEAN', weightIndicatorId: 'avg' },
  { id: 'weightedLast', unit: 'pers.', timeAggregation: 'LAST', orgAggregation: 'WEIGHTED_MEAN', weightIndicatorId: 'last' },
  { id: 'none', unit: 'index', timeAggregation: 'AVG', orgAggregation: 'NONE' },
];
const STORED = ['sum', 'avg', 'last', 'annual', 'money', 'weighted', 'weightedLast', 'none'];
const RATIOS: RatioDefinition[] = [
  { kind: 'produktivitet', numeratorIndicatorId: 'sum', denominatorIndicatorId: 'avg' },
  { kind: 'kostnad_per_prestation', numeratorIndicatorId: 'money', denominatorIndicatorId: 'last' },
];

/** What the database returns for these values and roots (Σ, count and node set per root, indicator and period). */
function sumsOf(values: readonly IndicatorValue[], nodes: readonly OrgNode[], rootIds: readonly string[]) {
  const tree = buildOrgTree(nodes);
  const sums: SubtreePeriodSum[] = [];
  const weighted: SubtreeWeightedSum[] = [];
  for (const rootId of rootIds) {
    const inSubtree = new Set(subtreeIds(tree, rootId));
    const groups = new Map<string, IndicatorValue[]>();
    for (const v of values) {
      if (!inSubtree.has(v.orgNodeId)) continue;
      const key = `${v.indicatorId}|${v.periodKey}`;
      groups.set(key, [...(groups.get(key) ?? []), v]);
    }
    for (const [key, group] of groups) {
      const [indicatorId, periodKey] = key.split('|') as [string, string];
      sums.push({
        rootId, indicatorId, periodKey,
        sum: group.reduce((s, v) => s + v.value!, 0),
        count: group.length,
        nodeSet: group.map((v) => v.orgNodeId).sort().join(','),
        own: group.find((v) => v.orgNodeId === rootId)?.value ?? null,
        hasReference: false,
      });
    }
    for (const definition of KINDS.filter((d) => d.orgAggregation === 'WEIGHTED_MEAN')) {
      for (const periodKey of LOADED) {
        const both = values.filter((v) => v.indicatorId === definition.id && v.periodKey === periodKey && inSubtree.has(v.orgNodeId))
          .map((v) => ({ v, w: values.find((w) => w.indicatorId === definition.weightIndicatorId && w.orgNodeId === v.orgNodeId && w.periodKey === periodKey) }))
          .filter((x) => x.w !== undefined);
        if (both.length === 0) continue;
        weighted.push({
          rootId, valueId: definition.id, weightId: definition.weightIndicatorId!, periodKey,
          sumProduct: both.reduce((s, x) => s + x.v.value! * x.w!.value!, 0),
          sumWeight: both.reduce((s, x) => s + x.w!.value!, 0),
          count: both.length,
          nodeSet: both.map((x) => x.v.orgNodeId).sort().join(','),
        });
      }
    }
  }
  return indexSubtreeSums(sums, weighted);
}

const close = (a: number | null, b: number | null) => (a === null || b === null ? a === b : Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b)));

/** Every figure of every indicator and ratio at each root, from raw values and from sums; inexact sums must say so. */
function compare(values: IndicatorValue[], nodes: OrgNode[], rootIds: string[]): 'exact' | 'inexact' {
  const sums = sumsOf(values, nodes, rootIds);
  let inexact = false;
  for (const bucket of BUCKETS) {
    const raw = createAggregationContext({ values, orgTree: nodes, periodKeys: bucket, indicators: KINDS });
    const summed = createSummedAggregationContext({ sums, rootIds, periodKeys: bucket, indicators: KINDS });
    type Figure = { value: number | null; numerator: number | null; denominator: number | null; reason: unknown; coverage: unknown };
    type Evaluate = (nodeId: string) => Figure;
    const pairs: [() => Evaluate, () => Evaluate][] = [
      ...KINDS.map((d): [() => Evaluate, () => Evaluate] => [() => indicatorEvaluator(raw, d.id), () => indicatorEvaluator(summed, d.id)]),
      ...RATIOS.map((r): [() => Evaluate, () => Evaluate] => [() => ratioEvaluator(raw, r), () => ratioEvaluator(summed, r)]),
    ];
    for (const [rawOf, summedOf] of pairs) {
      const rawEval = rawOf();
      for (const rootId of rootIds) {
        let fromSums: Figure;
        try {
          fromSums = summedOf()(rootId);
        } catch (error) {
          if (!(error instanceof InexactSumsError)) throw error;
          inexact = true;
          continue;
        }
        const fromRaw = rawEval(rootId);
        for (const field of ['value', 'numerator', 'denominator'] as const) expect(close(fromSums[field], fromRaw[field])).toBe(true);
        expect([fromSums.reason, fromSums.coverage]).toEqual([fromRaw.reason, fromRaw.coverage]);
      }
    }
  }
  return inexact ? 'inexact' : 'exact';
}

/** Every node in `reporting` has a value of every stored indicator in exactly `periods` (the uniform case). */
const uniformArb = orgTreeArb(9).chain((nodes) =>
  fc.record({
    nodes: fc.constant(nodes),
    reporting: fc.subarray(nodes.map((n) => n.id), { minLength: 1 }),
    periods: fc.subarray(LOADED, { minLength: 1 }),
    amounts: fc.array(fc.integer({ min: 0, max: 5000 }), { minLength: 400, maxLength: 400 }),
  }).map(({ nodes, reporting, periods, amounts }) => {
    let i = 0;
    const values = STORED.flatMap((indicatorId) =>
      reporting.flatMap((orgNodeId) => periods.map((periodKey) => ({ indicatorId, orgNodeId, periodKey, value: amounts[i++ % amounts.length]! }))),
    );
    return { nodes, values, rootIds: nodes.filter((_, k) => k % 2 === 0).map((n) => n.id) };
  }),
);

describe('roll-ups from subtree sums', () => {
  it('give the same figures as the raw values whenever every unit reported the same periods', () => {
    fc.assert(fc.property(uniformArb, ({ nodes, values, rootIds }) => expect(compare(values, nodes, rootIds)).toBe('exact')));
  });

  it('are never silently wrong: with units reporting different periods they match or say they cannot', () => {
    const slot = (nodes: OrgNode[]) => fc.record({
      indicatorId: fc.constantFrom(...STORED),
      orgNodeId: fc.constantFrom(...nodes.map((n) => n.id)),
      periodKey: fc.constantFrom(...LOADED),
      value: fc.integer({ min: 0, max: 1000 }),
    });
    const ragged = orgTreeArb(8).chain((nodes) =>
      fc.tuple(fc.constant(nodes), fc.uniqueArray(slot(nodes), { selector: (s) => `${s.indicatorId}|${s.orgNodeId}|${s.periodKey}`, maxLength: 50 })),
    );
    let inexact = 0;
    fc.assert(fc.property(ragged, ([nodes, values]) => {
      if (compare(values, nodes, nodes.map((n) => n.id)) === 'inexact') inexact += 1;
    }));
    expect(inexact).toBeGreaterThan(0);
  });

  it('tells the stalest period with data, and refuses when a value names its own reference period', () => {
    const sums = indexSubtreeSums([
      { rootId: 'r', indicatorId: 'a', periodKey: '2025-Q2', sum: 1, count: 2, nodeSet: 'x,y', own: null, hasReference: false },
      { rootId: 'r', indicatorId: 'a', periodKey: '2025-Q3', sum: 1, count: 2, nodeSet: 'x,y', own: null, hasReference: false },
      { rootId: 'r', indicatorId: 'b', periodKey: '2025-Q2', sum: 1, count: 2, nodeSet: 'x,y', own: 5, hasReference: false },
      { rootId: 'r', indicatorId: 'c', periodKey: '2025-Q1', sum: 1, count: 1, nodeSet: 'x', own: null, hasReference: true },
    ]);
    const quarters = ['2025-Q1', '2025-Q2', '2025-Q3', '2025-Q4'];
    expect(stalestSummedPeriod(sums, 'r', ['a'], quarters, false)).toBe('2025-Q3');
    expect(stalestSummedPeriod(sums, 'r', ['a', 'b'], quarters, false)).toBe('2025-Q2');
    expect(stalestSummedPeriod(sums, 'r', ['b'], quarters, true)).toBe('2025-Q2');
    expect(stalestSummedPeriod(sums, 'r', ['a'], ['2025-Q4'], false)).toBeNull();
    expect(() => stalestSummedPeriod(sums, 'r', ['c'], quarters, false)).toThrow(InexactSumsError);
  });
});
