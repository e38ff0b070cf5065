import { safeDivide } from '../numbers/safe-divide.js';
import { anyNumberOrMissingArb, countArb, groupedTree, orgTreeArb } from '../test-support/arbitraries.js';
import { fc } from '../test-support/fast-check.js';
import { aggregateAllNodes } from './aggregate-all-nodes.js';
import { aggregateNode } from './aggregate-node.js';
import type { AggregationInput } from './aggregation-context.js';
import type { IndicatorDefinition } from './indicator-definition.js';
import type { IndicatorValue } from './indicator-value.js';
import type { OrgNode } from './org-tree.js';

const PERIODS = ['2025-Q1', '2025-Q2'];

const ALL_KINDS: readonly IndicatorDefinition[] = [
  { id: 'sum', unit: 'st', timeAggregation: 'SUM', orgAggregation: 'SUM' },
  { id: 'avg', unit: 'åa', timeAggregation: 'AVG', orgAggregation: 'SUM' },
  { id: 'last', unit: 'st', timeAggregation: 'LAST', orgAggregation: 'SUM' },
  { id: 'annual', unit: 'st', timeAggregation: 'ANNUAL', orgAggregation: 'SUM' },
  { id: 'money', unit: 'tkr', timeAggregation: 'SUM', orgAggregation: 'SUM' },
  { id: 'ratio', unit: '%', timeAggregation: 'RATIO', orgAggregation: 'RATIO', numeratorIndicatorId: 'sum', denominatorIndicatorId: 'avg', scale: 100 },
  { id: 'costPer', unit: 'kr/st', timeAggregation: 'RATIO', orgAggregation: 'RATIO', numeratorIndicatorId: 'money', denominatorIndicatorId: 'last' },
  { id: 'weighted', unit: 'pers.', timeAggregation: 'AVG', orgAggregation: 'WEIGHTED_MEAN', weightIndicatorId: 'avg' },
  { id: 'weightedLast', unit: 'pers.', timeAggregation: 'LAST', orgAggregation: 'WEIGHTED_MEAN', weightIndicatorId: 'last' },
  { id: 'none', unit: 'index', timeAggregation: 'AVG', orgAggregation: 'NONE' },
];

/** Random values for random nodes, indicators and periods, at most one per slot. */
function valuesArb(nodes: readonly OrgNode[], value: fc.Arbitrary<number | null>): fc.Arbitrary<IndicatorValue[]> {
  const slot = fc.record({
    indicatorId: fc.constantFrom(...ALL_KINDS.map((d) => d.id)),
    orgNodeId: fc.constantFrom(...nodes.map((n) => n.id)),
    periodKey: fc.constantFrom(...PERIODS, '2024-Q4'),
  });
  return fc
    .uniqueArray(slot, { selector: (s) => `${s.indicatorId}|${s.orgNodeId}|${s.periodKey}`, maxLength: 60 })
    .chain((slots) => fc.tuple(...slots.map(() => value)).map((vs) => slots.map((s, i) => ({ ...s, value: vs[i]! }))));
}

const scenarioArb = (value: fc.Arbitrary<number | null>) =>
  orgTreeArb(10).chain((nodes) =>
    valuesArb(nodes, value).map((values): AggregationInput => ({ values, orgTree: nodes, periodKeys: PERIODS, indicators: ALL_KINDS })),
  );

function leafValues(indicatorId: string, leafIds: readonly string[], amounts: readonly number[]): IndicatorValue[] {
  return leafIds.map((orgNodeId, i) => ({ indicatorId, orgNodeId, periodKey: '2025-Q1', value: amounts[i]! }));
}

/** Leaves with values, plus two arbitrary groupings of them into intermediate nodes. */
const partitionedArb = fc.integer({ min: 1, max: 12 }).chain((n) =>
  fc.record({
    leafIds: fc.constant(Array.from({ length: n }, (_, i) => `u${i}`)),
    a: fc.array(countArb, { minLength: n, maxLength: n }),
    b: fc.array(countArb, { minLength: n, maxLength: n }),
    groupingX: fc.array(fc.nat({ max: 3 }), { minLength: n, maxLength: n }),
    groupingY: fc.array(fc.nat({ max: 3 }), { minLength: n, maxLength: n }),
  }),
);

describe('roll-up properties', () => {
  it('SUM over a subtree = own value + Σ of the children’s subtree sums, for any tree', () => {
    const indicators: IndicatorDefinition[] = [{ id: 'x', unit: 'st', timeAggregation: 'SUM', orgAggregation: 'SUM' }];
    fc.assert(
      fc.property(
        orgTreeArb(15).chain((nodes) => fc.tuple(fc.constant(nodes), fc.array(countArb, { minLength: nodes.length, maxLength: nodes.length }))),
        ([nodes, amounts]) => {
          const values = leafValues('x', nodes.map((n) => n.id), amounts);
          const all = aggregateAllNodes({ values, orgTree: nodes, periodKeys: ['2025-Q1'], indicators });
          for (const node of nodes) {
            const children = nodes.filter((c) => c.parentId === node.id);
            const expected = amounts[nodes.indexOf(node)]! + children.reduce((s, c) => s + all.get(c.id)!.get('x')!.value!, 0);
            expect(all.get(node.id)!.get('x')!.value).toBe(expected);
          }
          expect(all.get('n0')!.get('x')!.value).toBe(amounts.reduce((s, a) => s + a, 0));
        },
      ),
    );
  });

  it('SUM at the root is the same for any grouping of the units', () => {
    const indicators: IndicatorDefinition[] = [{ id: 'x', unit: 'st', timeAggregation: 'SUM', orgAggregation: 'SUM' }];
    fc.assert(
      fc.property(partitionedArb, ({ leafIds, a, groupingX, groupingY }) => {
        const values = leafValues('x', leafIds, a);
        const rootSum = (grouping: number[]) =>
          aggregateNode({ values, orgTree: groupedTree(leafIds, grouping), periodKeys: ['2025-Q1'], indicators }, 'root').get('x')!.value;
        expect(rootSum(groupingX)).toBe(a.reduce((s, x) => s + x, 0));
        expect(rootSum(groupingY)).toBe(rootSum(groupingX));
      }),
    );
  });

  it('a ratio of a union is Σ numerators / Σ denominators, whatever the grouping', () => {
    const indicators: IndicatorDefinition[] = [
      { id: 'n', unit: 'st', timeAggregation: 'SUM', orgAggregation: 'SUM' },
      { id: 'd', unit: 'st', timeAggregation: 'SUM', orgAggregation: 'SUM' },
      { id: 'r', unit: '%', timeAggregation: 'RATIO', orgAggregation: 'RATIO', numeratorIndicatorId: 'n', denominatorIndicatorId: 'd', scale: 100 },
    ];
    fc.assert(
      fc.property(partitionedArb, ({ leafIds, a, b, groupingX, groupingY }) => {
        const values = [...leafValues('n', leafIds, a), ...leafValues('d', leafIds, b)];
        const rootRatio = (grouping: number[]) =>
          aggregateNode({ values, orgTree: groupedTree(leafIds, grouping), periodKeys: ['2025-Q1'], indicators }, 'root').get('r')!;
        const expected = safeDivide(a.reduce((s, x) => s + x, 0), b.reduce((s, x) => s + x, 0), 100);
        expect(rootRatio(groupingX).value).toBe(expected.value);
        expect(rootRatio(groupingX).reason).toBe(expected.reason);
        expect(rootRatio(groupingY)).toEqual(rootRatio(groupingX));
      }),
    );
  });

  it('the weighted mean of a union equals the one computed from the parts’ Σ v·w and Σ w', () => {
    const indicators: IndicatorDefinition[] = [
      { id: 'w', unit: 'brukare', timeAggregation: 'SUM', orgAggregation: 'SUM' },
      { id: 'v', unit: 'pers.', timeAggregation: 'SUM', orgAggregation: 'WEIGHTED_MEAN', weightIndicatorId: 'w' },
    ];
    fc.assert(
      fc.property(partitionedArb, ({ leafIds, a, b, groupingX }) => {
        const weights = b.map((x) => Math.abs(x) % 1000);
        const values = [...leafValues('v', leafIds, a.map((x) => x % 100)), ...leafValues('w', leafIds, weights)];
        const all = aggregateAllNodes({ values, orgTree: groupedTree(leafIds, groupingX), periodKeys: ['2025-Q1'], indicators });
        const groups = [...new Set(groupingX)].map((g) => all.get(`g${g}`)!.get('v')!);
        const root = all.get('root')!.get('v')!;
        const sumVW = groups.reduce((s, g) => s + (g.numerator ?? 0), 0);
        const sumW = groups.reduce((s, g) => s + (g.denominator ?? 0), 0);
        expect(root.numerator).toBe(sumVW);
        expect(root.denominator).toBe(sumW);
        expect(root.value).toBe(safeDivide(sumVW, sumW).value);
      }),
    );
  });

  it('never returns NaN or Infinity, whatever the inputs (zeros, missing, non-finite, huge)', () => {
    fc.assert(
      fc.property(scenarioArb(anyNumberOrMissingArb), (input) => {
        for (const byIndicator of aggregateAllNodes(input).values()) {
          for (const result of byIndicator.values()) {
            for (const n of [result.value, result.numerator, result.denominator]) {
              expect(n === null || Number.isFinite(n)).toBe(true);
            }
            expect(result.value === null).toBe(result.reason !== null);
            expect(result.coverage.withData).toBeLessThanOrEqual(result.coverage.total);
          }
        }
      }),
    );
  });

  it('results do not depend on the order of the values or of the org nodes', () => {
    fc.assert(
      fc.property(
        scenarioArb(fc.oneof(fc.double({ min: -1e9, max: 1e9, noNaN: true }), fc.constant(null))),
        fc.nat(),
        (input, seed) => {
          const shuffle = <T>(items: readonly T[]) =>
            items.map((item, i) => ({ item, key: (i * 2654435761 + seed) % 4294967296 })).sort((x, y) => x.key - y.key).map((x) => x.item);
          const reordered = { ...input, values: shuffle(input.values), orgTree: shuffle(input.orgTree as OrgNode[]) };
          expect(aggregateAllNodes(reordered)).toEqual(aggregateAllNodes(input));
        },
      ),
    );
  });

  it('the batch over all nodes gives exactly the single-node results', () => {
    fc.assert(
      fc.property(scenarioArb(fc.oneof(fc.double({ min: -1e6, max: 1e6, noNaN: true }), fc.constant(null))), (input) => {
        const all = aggregateAllNodes(input);
        for (const node of input.orgTree as OrgNode[]) expect(aggregateNode(input, node.id)).toEqual(all.get(node.id));
      }),
      { numRuns: 50 },
    );
  });
});
