import { describe, expect, it } from 'vitest';
import {
  emptyIndicatorValues, formErrorsFromApi, INDICATOR_API_FIELDS, indicatorRequestOf, parseSwedishNumber, targetErrorsFromApi, targetsOf,
} from './builder-form-model';

describe('chain builder form model', () => {
  it('reads Swedish numbers and refuses anything else', () => {
    expect(parseSwedishNumber('1 234,5')).toBe(1234.5);
    expect(parseSwedishNumber('\u22123')).toBe(-3);
    expect(parseSwedishNumber('')).toBeNull();
    expect(parseSwedishNumber('12 %')).toBeUndefined();
  });

  it('sends only what the aggregation uses and clears the rest with null', () => {
    const values = {
      ...emptyIndicatorValues('BUN1', 'resultat'), key: 'BUN1.K2', name: 'Andel behöriga', purpose: 'Målet', unit: '%',
      numeratorIndicatorId: 'k1', denominatorIndicatorId: 'p1', weightIndicatorId: 'b1', scale: '100', koladaId: ' N15428 ',
    };
    const sum = indicatorRequestOf(values);
    expect(sum).toEqual({ body: expect.objectContaining({ numeratorIndicatorId: null, denominatorIndicatorId: null, weightIndicatorId: null, scale: null, koladaId: 'N15428', targeted: true, levelScale: null }) });
    const ratio = indicatorRequestOf({ ...values, orgAggregation: 'RATIO', timeAggregation: 'ANNUAL', fulfilledFrom: '1', partlyFrom: '0,9' });
    expect(ratio).toEqual({ body: expect.objectContaining({ numeratorIndicatorId: 'k1', denominatorIndicatorId: 'p1', weightIndicatorId: null, scale: 100, levelScale: { fulfilledFrom: 1, partlyFrom: 0.9 } }) });
  });

  it('names the fields to fix before sending', () => {
    const result = indicatorRequestOf({ ...emptyIndicatorValues('BUN1', 'resurs'), orgAggregation: 'RATIO', baselineValue: 'abc', partlyFrom: '0,95' });
    expect(Object.keys('errors' in result ? result.errors : {}).sort()).toEqual(
      ['baselineValue', 'denominatorIndicatorId', 'fulfilledFrom', 'name', 'numeratorIndicatorId', 'purpose', 'unit'],
    );
  });

  it('puts the API field paths on the form fields', () => {
    expect(formErrorsFromApi({ 'levelScale.partlyFrom': ['Lägre'], levelScale: ['Fel'], purpose: ['Ange syftet', 'Mer'] }, INDICATOR_API_FIELDS))
      .toEqual({ partlyFrom: 'Lägre', fulfilledFrom: 'Fel', purpose: 'Ange syftet' });
  });

  it('maps the targets grid to the PUT body and the API row errors back to the grid rows, blank rows skipped', () => {
    const rows = [{ periodKey: '2025', value: '86' }, { periodKey: '', value: '' }, { periodKey: '2026-Q2', value: '88,5' }];
    expect(targetsOf(rows)).toEqual({ targets: [{ periodKey: '2025', targetValue: 86 }, { periodKey: '2026-Q2', targetValue: 88.5 }] });
    expect(targetErrorsFromApi({ 'targets.1.periodKey': ['Årsvis'] }, rows)).toEqual({ '2.periodKey': 'Årsvis' });
    expect(targetsOf([{ periodKey: '', value: '5' }, { periodKey: '2026', value: 'x' }])).toEqual({
      errors: { '0.periodKey': expect.any(String), '1.value': 'Ange ett tal, t.ex. 1 234,5.' },
    });
  });
});
