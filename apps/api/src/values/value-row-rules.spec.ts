import type { ValueRow } from '@resultatkedjan/contracts';
import { checkValueRows, type ValueIndicator } from './value-row-rules.js';

const indicators = new Map<string, ValueIndicator>([
  ['kostnad', { id: 'kostnad', unit: 'tkr', periodicity: 'kvartal', orgAggregation: 'SUM', link: 'resurs' }],
  ['andel', { id: 'andel', unit: '%', periodicity: 'ar', orgAggregation: 'NONE', link: 'resultat' }],
  ['antal', { id: 'antal', unit: 'st', periodicity: 'manad', orgAggregation: 'SUM', link: 'prestation' }],
  ['vatten', { id: 'vatten', unit: 'tusen m³', periodicity: 'kvartal', orgAggregation: 'SUM', link: 'prestation' }],
  ['kvot', { id: 'kvot', unit: '%', periodicity: 'kvartal', orgAggregation: 'RATIO', link: 'resultat' }],
]);
const nodes = new Set(['n1', 'n2']);
const row = (fields: Partial<ValueRow>): ValueRow => ({ indicatorId: 'kostnad', orgNodeId: 'n1', periodKey: '2025-Q1', value: 1, ...fields });

describe('checkValueRows', () => {
  it('accepts valid rows, including a negative net cost and boundary percentages', () => {
    expect(checkValueRows([
      row({ value: -250 }), row({ indicatorId: 'andel', periodKey: '2025', value: 0 }), row({ indicatorId: 'andel', orgNodeId: 'n2', periodKey: '2025', value: 100 }),
      row({ indicatorId: 'antal', periodKey: '2025-M12', value: 0, referencePeriodKey: '2025-Q4' }),
    ], indicators, nodes)).toEqual({});
  });

  it('checks value ranges by unit', () => {
    expect(checkValueRows([
      row({ indicatorId: 'andel', periodKey: '2025', value: 100.5 }), row({ indicatorId: 'antal', periodKey: '2025-M01', value: -1 }),
      row({ indicatorId: 'vatten', value: -0.1 }),
    ], indicators, nodes)).toEqual({
      'rows.0.value': ['En andel i procent måste ligga mellan 0 och 100.'],
      'rows.1.value': ['Värdet får inte vara negativt för enheten st.'],
      'rows.2.value': ['Värdet får inte vara negativt för enheten tusen m³.'],
    });
  });

  it('allows only the base period of the periodicity', () => {
    const fields = checkValueRows([
      row({ periodKey: '2025' }), row({ indicatorId: 'andel', periodKey: '2025-Q4' }), row({ indicatorId: 'antal', periodKey: '2025-D' }), row({ periodKey: '2025-Q0' }),
    ], indicators, nodes);
    expect(fields['rows.0.periodKey']).toEqual(['Indikatorn rapporteras kvartalsvis: ange perioden som t.ex. 2025-Q3.']);
    expect(fields['rows.1.periodKey']).toEqual(['Indikatorn rapporteras årsvis: ange perioden som ett år, t.ex. 2025.']);
    expect(fields['rows.2.periodKey']).toEqual(['Indikatorn rapporteras månadsvis: ange perioden som t.ex. 2025-M08.']);
    expect(fields['rows.3.periodKey']![0]).toMatch(/^Ogiltig period/);
  });

  it('reports unknown indicators and nodes, computed indicators, bad reference periods and duplicates', () => {
    expect(checkValueRows([
      row({ indicatorId: 'okand', orgNodeId: 'n9' }), row({ indicatorId: 'kvot' }), row({ referencePeriodKey: 'vt25' }), row({}), row({ orgNodeId: 'n2' }),
    ], indicators, nodes)).toEqual({
      'rows.0.indicatorId': ['Indikatorn finns inte.'],
      'rows.0.orgNodeId': ['Organisationsenheten finns inte.'],
      'rows.1.indicatorId': ['Indikatorn beräknas som kvot av andra indikatorer; rapportera täljaren och nämnaren i stället.'],
      'rows.2.referencePeriodKey': [expect.stringMatching(/^Ogiltig period/)],
      'rows.3.periodKey': ['Samma indikator, enhet och period finns redan på rad 2.'],
    });
  });
});
