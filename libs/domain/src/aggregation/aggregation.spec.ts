import { aggregateAllNodes } from './aggregate-all-nodes.js';
import { aggregateIndicator } from './aggregate-indicator.js';
import { aggregateNode } from './aggregate-node.js';
import { createAggregationContext, type AggregationInput } from './aggregation-context.js';
import type { IndicatorDefinition } from './indicator-definition.js';
import type { IndicatorValue } from './indicator-value.js';
import { DuplicateValueError } from './value-index.js';

const v = (indicatorId: string, orgNodeId: string, periodKey: string, value: number | null): IndicatorValue => ({
  indicatorId, orgNodeId, periodKey, value,
});

const tree = [
  { id: 'root', parentId: null },
  { id: 'a', parentId: 'root' },
  { id: 'b', parentId: 'root' },
  { id: 'c', parentId: 'root' },
];
const QUARTERS = ['2025-Q1', '2025-Q2', '2025-Q3', '2025-Q4'];

function input(indicators: readonly IndicatorDefinition[], values: readonly IndicatorValue[], periodKeys = QUARTERS): AggregationInput {
  return { values, orgTree: tree, periodKeys, indicators };
}

describe('time aggregation', () => {
  const indicators: IndicatorDefinition[] = [
    { id: 'flow', unit: 'st', timeAggregation: 'SUM', orgAggregation: 'SUM' },
    { id: 'fte', unit: 'åa', timeAggregation: 'AVG', orgAggregation: 'SUM' },
    { id: 'stock', unit: 'st', timeAggregation: 'LAST', orgAggregation: 'SUM' },
    { id: 'yearly', unit: 'st', timeAggregation: 'ANNUAL', orgAggregation: 'SUM' },
  ];
  const values = [
    // Deliberately out of chronological order.
    v('flow', 'a', '2025-Q3', 3), v('flow', 'a', '2025-Q1', 1), v('flow', 'a', '2025-Q2', 2),
    v('fte', 'a', '2025-Q1', 10), v('fte', 'a', '2025-Q2', 12), v('fte', 'b', '2025-Q1', 4),
    v('stock', 'a', '2025-Q4', 40), v('stock', 'a', '2025-Q1', 10), v('stock', 'b', '2025-Q2', 7),
    v('yearly', 'a', '2025-Q2', 50),
  ];
  const result = aggregateNode(input(indicators, values), 'root');

  it('SUM adds the periods, AVG averages the periods with a value, LAST takes the latest, ANNUAL the year’s value', () => {
    expect(result.get('flow')!.value).toBe(6);
    expect(result.get('fte')!.value).toBe(11 + 4);
    expect(result.get('stock')!.value).toBe(40 + 7);
    expect(result.get('yearly')!.value).toBe(50);
  });

  it('values outside the selected periods are ignored', () => {
    const q1 = aggregateNode(input(indicators, values, ['2025-Q1']), 'root');
    expect(q1.get('flow')!.value).toBe(1);
    expect(q1.get('stock')!.value).toBe(10);
    expect(q1.get('yearly')!.value).toBeNull();
  });
});

describe('coverage', () => {
  const indicators: IndicatorDefinition[] = [{ id: 'x', unit: 'st', timeAggregation: 'SUM', orgAggregation: 'SUM' }];

  it('counts nodes that report the indicator anywhere in the input, and which of them have data in the periods', () => {
    const values = [v('x', 'a', '2025-Q1', 1), v('x', 'b', '2025-Q1', 2), v('x', 'c', '2024-Q4', 5)];
    const result = aggregateNode(input(indicators, values, ['2025-Q1']), 'root').get('x')!;
    expect(result.value).toBe(3);
    expect(result.coverage).toEqual({ withData: 2, total: 3 });
  });

  it('a value reported as null counts the node as expected but without data', () => {
    const values = [v('x', 'a', '2025-Q1', 1), v('x', 'b', '2025-Q1', null)];
    expect(aggregateNode(input(indicators, values, ['2025-Q1']), 'root').get('x')!.coverage).toEqual({ withData: 1, total: 2 });
  });

  it('no data at all gives null with saknar_varde, never 0', () => {
    const result = aggregateNode(input(indicators, [], ['2025-Q1']), 'root').get('x')!;
    expect(result).toMatchObject({ value: null, reason: 'saknar_varde', coverage: { withData: 0, total: 0 } });
  });
});

describe('org aggregation', () => {
  const indicators: IndicatorDefinition[] = [
    { id: 'num', unit: 'st', timeAggregation: 'SUM', orgAggregation: 'SUM' },
    { id: 'den', unit: 'st', timeAggregation: 'SUM', orgAggregation: 'SUM' },
    { id: 'share', unit: '%', timeAggregation: 'RATIO', orgAggregation: 'RATIO', numeratorIndicatorId: 'num', denominatorIndicatorId: 'den', scale: 100 },
    { id: 'w', unit: 'brukare', timeAggregation: 'AVG', orgAggregation: 'SUM' },
    { id: 'cont', unit: 'pers.', timeAggregation: 'AVG', orgAggregation: 'WEIGHTED_MEAN', weightIndicatorId: 'w' },
    { id: 'nki', unit: 'index', timeAggregation: 'ANNUAL', orgAggregation: 'NONE' },
  ];

  it('RATIO divides the sums: (1 + 9) / (10 + 10) = 50 %, not the mean of 10 % and 90 %', () => {
    const values = [v('num', 'a', '2025-Q1', 1), v('den', 'a', '2025-Q1', 10), v('num', 'b', '2025-Q1', 9), v('den', 'b', '2025-Q1', 10)];
    const result = aggregateNode(input(indicators, values), 'root').get('share')!;
    expect(result).toMatchObject({ value: 50, numerator: 10, denominator: 20, unit: '%' });
  });

  it('RATIO with a zero denominator is null with division_med_noll', () => {
    const values = [v('num', 'a', '2025-Q1', 0), v('den', 'a', '2025-Q1', 0)];
    expect(aggregateNode(input(indicators, values), 'root').get('share')).toMatchObject({ value: null, reason: 'division_med_noll' });
  });

  it('WEIGHTED_MEAN weights each node and period by the weight indicator', () => {
    const values = [
      v('cont', 'a', '2025-Q1', 10), v('w', 'a', '2025-Q1', 1),
      v('cont', 'b', '2025-Q1', 20), v('w', 'b', '2025-Q1', 3),
      v('cont', 'c', '2025-Q1', 99), // no weight: left out
    ];
    const result = aggregateNode(input(indicators, values), 'root').get('cont')!;
    expect(result).toMatchObject({ value: 17.5, numerator: 70, denominator: 4, coverage: { withData: 2, total: 3 } });
  });

  it('NONE returns a node’s own value and refuses to roll up descendants', () => {
    const values = [v('nki', 'a', '2025-Q4', 70), v('nki', 'root', '2025-Q4', 75)];
    const context = createAggregationContext(input(indicators, values));
    expect(aggregateIndicator(context, 'nki', 'a').value).toBe(70);
    expect(aggregateIndicator(context, 'nki', 'root').value).toBe(75);
    const withoutOwn = createAggregationContext(input(indicators, [v('nki', 'a', '2025-Q4', 70)]));
    expect(aggregateIndicator(withoutOwn, 'nki', 'root')).toMatchObject({ value: null, reason: 'ej_aggregerbar' });
    expect(aggregateIndicator(withoutOwn, 'nki', 'b')).toMatchObject({ value: null, reason: 'saknar_varde' });
  });
});

describe('errors', () => {
  const indicators: IndicatorDefinition[] = [{ id: 'x', unit: 'st', timeAggregation: 'SUM', orgAggregation: 'SUM' }];

  it('two values for the same indicator, node and period are rejected', () => {
    const values = [v('x', 'a', '2025-Q1', 1), v('x', 'a', '2025-Q1', 2)];
    expect(() => aggregateNode(input(indicators, values), 'root')).toThrow(DuplicateValueError);
  });

  it('unknown nodes and indicators are rejected by name', () => {
    const context = createAggregationContext(input(indicators, []));
    expect(() => aggregateIndicator(context, 'x', 'nowhere')).toThrow(/nowhere/);
    expect(() => aggregateIndicator(context, 'y', 'root')).toThrow(/"y"/);
    expect(() => aggregateNode(input(indicators, []), 'nowhere')).toThrow(/nowhere/);
  });

  it('invalid period keys are rejected', () => {
    expect(() => aggregateNode(input(indicators, [], ['2025-Q5']), 'root')).toThrow(/2025-Q5/);
  });
});

describe('batch', () => {
  it('computes every node of the tree, and a node’s result matches the single-node function', () => {
    const indicators: IndicatorDefinition[] = [{ id: 'x', unit: 'st', timeAggregation: 'SUM', orgAggregation: 'SUM' }];
    const values = [v('x', 'a', '2025-Q1', 1.1), v('x', 'b', '2025-Q2', 2.2), v('x', 'root', '2025-Q1', 0.3)];
    const all = aggregateAllNodes(input(indicators, values));
    expect([...all.keys()].sort()).toEqual(['a', 'b', 'c', 'root']);
    expect(all.get('root')!.get('x')).toEqual(aggregateNode(input(indicators, values), 'root').get('x'));
    expect(all.get('c')!.get('x')!.value).toBeNull();
  });
});
