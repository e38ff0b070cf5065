import { checkIndicatorRules, referencedIds, type IndicatorDraft, type ReferencedIndicator } from './indicator-rules.js';

const draft = (fields: Partial<IndicatorDraft> = {}): IndicatorDraft => ({
  goalId: 'g1', name: 'Andel behöriga', unit: '%', purpose: 'Nämndens mål.', orgAggregation: 'SUM', timeAggregation: 'SUM',
  weightIndicatorId: null, numeratorIndicatorId: null, denominatorIndicatorId: null, scale: null, source: 'manual', koladaId: null,
  baselinePeriodKey: null, levelScale: null, ...fields,
});
const ref = (id: string, fields: Partial<ReferencedIndicator> = {}): [string, ReferencedIndicator] => [id, { id, goalId: 'g1', key: id.toUpperCase(), orgAggregation: 'SUM', ...fields }];

describe('checkIndicatorRules', () => {
  it('accepts a plain SUM indicator without warnings', () => {
    expect(checkIndicatorRules(draft({ unit: 'st' }), new Map())).toEqual({ fields: {}, warnings: [] });
  });

  it('requires a purpose (R-2), a name and a unit, ignoring blanks', () => {
    const { fields } = checkIndicatorRules(draft({ purpose: ' \n', unit: '  ', name: '' }), new Map());
    expect(Object.keys(fields).sort()).toEqual(['name', 'purpose', 'unit']);
  });

  it('accepts a RATIO of two summable indicators and warns about % without scale 100 and another goal', () => {
    const outcome = checkIndicatorRules(
      draft({ orgAggregation: 'RATIO', numeratorIndicatorId: 'k1', denominatorIndicatorId: 'p1' }),
      new Map([ref('k1'), ref('p1', { goalId: 'g2' })]),
    );
    expect(outcome.fields).toEqual({});
    expect(outcome.warnings).toEqual([
      'Nämnaren P1 hör till ett annat mål än indikatorn.',
      'Enheten är % men skalan är inte 100: kvoten visas som en andel av 1.',
    ]);
  });

  it('refuses missing, unknown, self, equal and non-summable references', () => {
    expect(checkIndicatorRules(draft({ orgAggregation: 'RATIO', scale: 100 }), new Map()).fields).toEqual({
      numeratorIndicatorId: ['Täljaren måste anges för den valda aggregeringen.'],
      denominatorIndicatorId: ['Nämnaren måste anges för den valda aggregeringen.'],
    });
    const fields = checkIndicatorRules(
      draft({ id: 'me', orgAggregation: 'RATIO', scale: 100, numeratorIndicatorId: 'me', denominatorIndicatorId: 'x' }),
      new Map([ref('me')]),
    ).fields;
    expect(fields).toEqual({
      numeratorIndicatorId: ['Indikatorn kan inte referera till sig själv.'],
      denominatorIndicatorId: ['Indikatorn finns inte.'],
    });
    const same = checkIndicatorRules(draft({ orgAggregation: 'RATIO', scale: 100, numeratorIndicatorId: 'a', denominatorIndicatorId: 'a' }), new Map([ref('a')]));
    expect(same.fields.denominatorIndicatorId).toEqual(['Täljare och nämnare måste vara olika indikatorer.']);
    const weighted = checkIndicatorRules(draft({ orgAggregation: 'WEIGHTED_MEAN', weightIndicatorId: 'n' }), new Map([ref('n', { orgAggregation: 'NONE' })]));
    expect(weighted.fields.weightIndicatorId![0]).toMatch(/N har NONE/);
  });

  it('keeps references, scale and Kolada id to where they belong', () => {
    const { fields } = checkIndicatorRules(draft({ numeratorIndicatorId: 'a', weightIndicatorId: 'b', scale: 100, koladaId: 'N1', timeAggregation: 'RATIO' }), new Map());
    expect(Object.keys(fields).sort()).toEqual(['koladaId', 'numeratorIndicatorId', 'scale', 'timeAggregation', 'weightIndicatorId']);
    // A manual indicator may name the KPI it is benchmarked against.
    expect(checkIndicatorRules(draft({ koladaId: 'N15428' }), new Map()).fields).toEqual({});
    expect(checkIndicatorRules(draft({ source: 'kolada' }), new Map()).fields).toEqual({ koladaId: ['Ange Kolada-id när källan är kolada.'] });
    expect(checkIndicatorRules(draft({ source: 'kolada', koladaId: 'N15419' }), new Map()).fields).toEqual({});
  });

  it('validates the baseline period with the domain and the level scale order', () => {
    expect(checkIndicatorRules(draft({ baselinePeriodKey: '2024-T2' }), new Map()).fields).toEqual({});
    expect(Object.keys(checkIndicatorRules(draft({ baselinePeriodKey: '2024-Q0' }), new Map()).fields)).toEqual(['baselinePeriodKey']);
    expect(Object.keys(checkIndicatorRules(draft({ levelScale: { fulfilledFrom: 1, partlyFrom: 1 } }), new Map()).fields)).toEqual(['levelScale.partlyFrom']);
  });

  it('collects the referenced ids', () => {
    expect(referencedIds({ numeratorIndicatorId: 'a', denominatorIndicatorId: null, weightIndicatorId: 'c' })).toEqual(['a', 'c']);
  });
});
