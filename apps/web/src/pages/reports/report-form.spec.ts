import { describe, expect, it } from 'vitest';
import { mapApiFields, parseSwedishNumber, reportFormSchema, saveBodyOf } from './report-form-schema';

describe('report value validation', () => {
  it('accepts Swedish decimal comma, spaces and the minus sign', () => {
    expect(parseSwedishNumber('38,5')).toBe(38.5);
    expect(parseSwedishNumber('1 234,5')).toBe(1234.5);
    expect(parseSwedishNumber('13\u00a0770')).toBe(13770);
    expect(parseSwedishNumber('\u22123')).toBe(-3);
    expect(parseSwedishNumber('12.25')).toBe(12.25);
    expect(parseSwedishNumber('')).toBeNull();
  });

  it('rejects text that is not a number with a Swedish message', () => {
    expect(parseSwedishNumber('abc')).toBeUndefined();
    expect(parseSwedishNumber('1,2,3')).toBeUndefined();
    const parsed = reportFormSchema.safeParse({ values: { a: 'tolv' }, assessments: {} });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.message).toBe('Ange ett tal, t.ex. 12,5');
    expect(reportFormSchema.safeParse({ values: { a: '12,5', b: '' }, assessments: {} }).success).toBe(true);
  });

  it('sends numbers (empty as null) and maps the API 422 fields back to the form fields', () => {
    const body = saveBodyOf(
      { values: { ind1: '3 528', ind2: '' }, assessments: { g1: { whatHappened: 'x', why: '', nextSteps: '', selfLevel: '2', selfJustification: 'y' } } },
      4,
    );
    expect(body.values).toEqual([{ indicatorId: 'ind1', value: 3528 }, { indicatorId: 'ind2', value: null }]);
    expect(body.assessments?.[0]).toMatchObject({ goalId: 'g1', selfLevel: 2 });
    expect(mapApiFields({ 'values.1.value': ['Värdet måste vara ≥ 0.'], 'assessments.g1.why': ['Skriv varför.'], version: ['x'] }, body)).toEqual([
      { field: 'values.ind2', message: 'Värdet måste vara ≥ 0.' },
      { field: 'assessments.g1.why', message: 'Skriv varför.' },
      { field: '', message: 'version: x' },
    ]);
  });
});
