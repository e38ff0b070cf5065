import { resolvePeriods } from './chain-request.js';

describe('resolvePeriods', () => {
  it('adds the year, removes duplicates and sorts chronologically', () => {
    expect(resolvePeriods(['2025-Q2', '2025-Q1', '2025-Q2'], 2025)).toEqual({ periods: ['2025-Q1', '2025-Q2', '2025'], fields: {} });
  });

  it('refuses invalid keys, nothing at all, and more than 12 periods', () => {
    expect(resolvePeriods(['2025-Q2', 'hösten'], undefined).fields.periods![0]).toMatch(/Ogiltig period "hösten"/);
    expect(resolvePeriods(undefined, undefined).fields).toEqual({ periods: ['Ange minst en period (periods) eller ett år (year).'] });
    const twelve = Array.from({ length: 12 }, (_, i) => `2025-M${String(i + 1).padStart(2, '0')}`);
    expect(resolvePeriods(twelve, undefined).fields).toEqual({});
    expect(resolvePeriods(twelve, 2025).fields.periods).toEqual(['Högst 12 perioder, året inräknat.']);
  });
});
