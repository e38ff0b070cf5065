import { basePeriodsOf, basePeriodsOfYears, isWholeYear } from './period-bases.js';

describe('period bases', () => {
  it('expands a year into the year key, its quarters and months', () => {
    expect(basePeriodsOf('2025')).toEqual(['2025', '2025-Q1', '2025-Q2', '2025-Q3', '2025-Q4', ...Array.from({ length: 12 }, (_, i) => `2025-M${String(i + 1).padStart(2, '0')}`)]);
    expect(basePeriodsOf('2025-H')[0]).toBe('2025');
  });

  it('expands composite and base periods without the year key', () => {
    expect(basePeriodsOf('2025-Q2')).toEqual(['2025-Q2', '2025-M04', '2025-M05', '2025-M06']);
    expect(basePeriodsOf('2025-D')).toEqual(['2025-Q1', '2025-Q2', '2025-M01', '2025-M02', '2025-M03', '2025-M04', '2025-M05', '2025-M06', '2025-M07', '2025-M08']);
    expect(basePeriodsOf('2025-M03')).toEqual(['2025-M03']);
  });

  it('lists each year once when loading', () => {
    expect(basePeriodsOfYears([2025, 2025, 2026])).toHaveLength(34);
    expect(isWholeYear('2025-H')).toBe(true);
    expect(isWholeYear('2025-T3')).toBe(false);
  });
});
