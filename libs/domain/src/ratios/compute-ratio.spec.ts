import { createAggregationContext } from '../aggregation/aggregation-context.js';
import type { IndicatorDefinition } from '../aggregation/indicator-definition.js';
import { computeRatio, computeRatioForAllNodes } from './compute-ratio.js';
import { RatioDefinitionError } from './ratio-definition.js';

const indicators: IndicatorDefinition[] = [
  { id: 'cost', unit: 'tkr', timeAggregation: 'SUM', orgAggregation: 'SUM' },
  { id: 'costM', unit: 'mnkr', timeAggregation: 'SUM', orgAggregation: 'SUM' },
  { id: 'pupils', unit: 'elev', timeAggregation: 'LAST', orgAggregation: 'SUM' },
  { id: 'fte', unit: 'åa', timeAggregation: 'AVG', orgAggregation: 'SUM' },
  { id: 'share', unit: '%', timeAggregation: 'RATIO', orgAggregation: 'RATIO', numeratorIndicatorId: 'pupils', denominatorIndicatorId: 'fte' },
  { id: 'nki', unit: 'index', timeAggregation: 'ANNUAL', orgAggregation: 'NONE' },
];
const context = createAggregationContext({
  orgTree: [
    { id: 'root', parentId: null },
    { id: 'a', parentId: 'root' },
    { id: 'b', parentId: 'root' },
  ],
  periodKeys: ['2025-Q1', '2025-Q2'],
  indicators,
  values: [
    { indicatorId: 'cost', orgNodeId: 'a', periodKey: '2025-Q1', value: 100 },
    { indicatorId: 'cost', orgNodeId: 'a', periodKey: '2025-Q2', value: 200 },
    { indicatorId: 'costM', orgNodeId: 'b', periodKey: '2025-Q1', value: 0.5 },
    { indicatorId: 'pupils', orgNodeId: 'a', periodKey: '2025-Q1', value: 10 },
    { indicatorId: 'pupils', orgNodeId: 'a', periodKey: '2025-Q2', value: 20 },
    { indicatorId: 'fte', orgNodeId: 'a', periodKey: '2025-Q1', value: 2 },
    { indicatorId: 'fte', orgNodeId: 'a', periodKey: '2025-Q2', value: 4 },
    { indicatorId: 'pupils', orgNodeId: 'b', periodKey: '2024-Q4', value: 5 },
  ],
});

describe('computeRatio', () => {
  it('uses each indicator’s time aggregation unless the definition overrides it', () => {
    const own = computeRatio(context, { kind: 'kostnad_per_prestation', numeratorIndicatorId: 'cost', denominatorIndicatorId: 'pupils' }, 'a');
    expect(own).toMatchObject({ numerator: 300_000, denominator: 20, value: 15_000, unit: 'kr/elev', orgNodeId: 'a', periodKeys: ['2025-Q1', '2025-Q2'] });
    const averaged = computeRatio(
      context,
      { kind: 'kostnad_per_prestation', numeratorIndicatorId: 'cost', denominatorIndicatorId: 'pupils', denominatorTimeAggregation: 'AVG' },
      'a',
    );
    expect(averaged.denominator).toBe(15);
  });

  it('sums a side of several indicators, converting mixed money units', () => {
    const result = computeRatio(context, { kind: 'kvot', numeratorIndicatorId: ['cost', 'costM'], denominatorIndicatorId: 'fte' }, 'root');
    expect(result).toMatchObject({ numerator: 800_000, numeratorUnit: 'kr', denominator: 3, unit: 'kr/åa' });
  });

  it('coverage: every node reporting either side is expected; b has no pupils this half-year', () => {
    const result = computeRatio(context, { kind: 'produktivitet', numeratorIndicatorId: 'pupils', denominatorIndicatorId: 'fte' }, 'root');
    expect(result.coverage).toEqual({ withData: 1, total: 2 });
  });

  it('computes all nodes at once with the same results', () => {
    const definition = { kind: 'effektivitet', numeratorIndicatorId: 'pupils', denominatorIndicatorId: 'cost' } as const;
    const all = computeRatioForAllNodes(context, definition);
    expect([...all.keys()].sort()).toEqual(['a', 'b', 'root']);
    expect(all.get('root')).toEqual(computeRatio(context, definition, 'root'));
    expect(all.get('a')!.value).toBeCloseTo(20 / 0.3, 10);
    expect(all.get('b')).toMatchObject({ value: null, reason: 'saknar_varde' });
  });

  it.each([
    [{ kind: 'kostnad_per_prestation', numeratorIndicatorId: 'pupils', denominatorIndicatorId: 'fte' }, /kräver en kostnad/],
    [{ kind: 'kvot', numeratorIndicatorId: 'missing', denominatorIndicatorId: 'fte' }, /"missing" är inte definierad/],
    [{ kind: 'kvot', numeratorIndicatorId: ['cost', 'pupils'], denominatorIndicatorId: 'fte' }, /olika enheter/],
    [{ kind: 'kvot', numeratorIndicatorId: 'share', denominatorIndicatorId: 'fte' }, /organisationsaggregering SUM/],
    [{ kind: 'kvot', numeratorIndicatorId: 'nki', denominatorIndicatorId: 'fte' }, /organisationsaggregering SUM/],
    [{ kind: 'kvot', numeratorIndicatorId: [], denominatorIndicatorId: 'fte' }, /saknar indikatorer/],
    [{ kind: 'kvot', numeratorIndicatorId: 'cost', denominatorIndicatorId: 'fte', scale: Number.NaN }, /Skalan/],
  ] as const)('rejects an invalid definition %#', (definition, message) => {
    expect(() => computeRatio(context, definition, 'root')).toThrow(RatioDefinitionError);
    expect(() => computeRatio(context, definition, 'root')).toThrow(message);
  });

  it('rejects an unknown node', () => {
    expect(() => computeRatio(context, { kind: 'kvot', numeratorIndicatorId: 'cost', denominatorIndicatorId: 'fte' }, 'zz')).toThrow(/"zz"/);
  });
});
