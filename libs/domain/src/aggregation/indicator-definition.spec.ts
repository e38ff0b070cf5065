import { IndicatorDefinitionError, indexIndicatorDefinitions, type IndicatorDefinition } from './indicator-definition.js';

const sum = (id: string): IndicatorDefinition => ({ id, unit: 'st', timeAggregation: 'SUM', orgAggregation: 'SUM' });

describe('indexIndicatorDefinitions', () => {
  it('indexes valid definitions by id', () => {
    const byId = indexIndicatorDefinitions([sum('a'), sum('b')]);
    expect([...byId.keys()]).toEqual(['a', 'b']);
  });

  it.each<[string, IndicatorDefinition[], RegExp]>([
    ['duplicate ids', [sum('a'), sum('a')], /flera gånger/],
    ['RATIO time aggregation on a SUM indicator', [{ ...sum('a'), timeAggregation: 'RATIO' }], /kräver organisationsaggregering RATIO/],
    ['RATIO without a denominator', [sum('n'), { id: 'r', unit: '%', timeAggregation: 'RATIO', orgAggregation: 'RATIO', numeratorIndicatorId: 'n' }], /nämnarindikator saknas/],
    ['RATIO on an undefined indicator', [sum('n'), { id: 'r', unit: '%', timeAggregation: 'RATIO', orgAggregation: 'RATIO', numeratorIndicatorId: 'n', denominatorIndicatorId: 'zz' }], /"zz" är inte definierad/],
    ['RATIO of a ratio', [sum('n'), { id: 'r', unit: '%', timeAggregation: 'RATIO', orgAggregation: 'RATIO', numeratorIndicatorId: 'n', denominatorIndicatorId: 'n' }, { id: 'rr', unit: '%', timeAggregation: 'RATIO', orgAggregation: 'RATIO', numeratorIndicatorId: 'r', denominatorIndicatorId: 'n' }], /måste ha organisationsaggregering SUM/],
    ['RATIO with a zero scale', [sum('n'), { id: 'r', unit: '%', timeAggregation: 'RATIO', orgAggregation: 'RATIO', numeratorIndicatorId: 'n', denominatorIndicatorId: 'n', scale: 0 }], /skala/],
    ['WEIGHTED_MEAN without weight', [{ id: 'k', unit: 'pers.', timeAggregation: 'AVG', orgAggregation: 'WEIGHTED_MEAN' }], /viktindikator saknas/],
  ])('rejects %s', (_name, definitions, message) => {
    expect(() => indexIndicatorDefinitions(definitions)).toThrow(IndicatorDefinitionError);
    expect(() => indexIndicatorDefinitions(definitions)).toThrow(message);
  });
});
