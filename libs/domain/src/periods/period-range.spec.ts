import { fc } from '../test-support/fast-check.js';
import { addDays } from '../dates/iso-date.js';
import { basePeriodsWithin } from './base-periods.js';
import { selectLatestWithin } from './latest-within.js';
import { comparePeriodKeys, isPeriodWithin, periodRange, sortPeriodKeys } from './period-range.js';
import { previousPeriod, samePeriodPreviousYear } from './previous-period.js';

describe('periodRange', () => {
  it.each([
    ['2025', '2025-01-01', '2025-12-31'],
    ['2025-H', '2025-01-01', '2025-12-31'],
    ['2026-Q1', '2026-01-01', '2026-03-31'],
    ['2026-Q4', '2026-10-01', '2026-12-31'],
    ['2026-T1', '2026-01-01', '2026-04-30'],
    ['2026-T2', '2026-01-01', '2026-08-31'],
    ['2026-T3', '2026-01-01', '2026-12-31'],
    ['2028-M02', '2028-02-01', '2028-02-29'],
    ['2026-D', '2026-01-01', '2026-08-31'],
  ])('%s covers %s – %s', (key, from, to) => {
    expect(periodRange(key)).toEqual({ from, to });
  });

  it('the delår end month is configurable within 6–8 only', () => {
    expect(periodRange('2026-D', { delarEndMonth: 6 })).toEqual({ from: '2026-01-01', to: '2026-06-30' });
    expect(() => periodRange('2026-D', { delarEndMonth: 9 as never })).toThrow(/6, 7 eller 8/);
  });
});

describe('basePeriodsWithin', () => {
  it('lists the quarters and months wholly inside a period', () => {
    expect(basePeriodsWithin('2026-D', 'kvartal')).toEqual(['2026-Q1', '2026-Q2']);
    expect(basePeriodsWithin('2026-D', 'manad')).toHaveLength(8);
    expect(basePeriodsWithin('2026-T1', 'kvartal')).toEqual(['2026-Q1']);
    expect(basePeriodsWithin('2026', 'kvartal')).toEqual(['2026-Q1', '2026-Q2', '2026-Q3', '2026-Q4']);
    expect(basePeriodsWithin('2026-Q3', 'manad')).toEqual(['2026-M07', '2026-M08', '2026-M09']);
    expect(basePeriodsWithin('2026-M05', 'kvartal')).toEqual([]);
    expect(basePeriodsWithin('2026-D', 'kvartal', { delarEndMonth: 7 })).toEqual(['2026-Q1', '2026-Q2']);
  });
});

describe('previous periods', () => {
  it.each([
    ['2026-Q1', '2025-Q4', '2025-Q1'],
    ['2026-Q3', '2026-Q2', '2025-Q3'],
    ['2026-M01', '2025-M12', '2025-M01'],
    ['2026-M08', '2026-M07', '2025-M08'],
    ['2026-T2', '2025-T2', '2025-T2'],
    ['2026-D', '2025-D', '2025-D'],
    ['2026-H', '2025-H', '2025-H'],
    ['2026', '2025', '2025'],
  ])('%s → previous %s, same period last year %s', (key, previous, lastYear) => {
    expect(previousPeriod(key)).toBe(previous);
    expect(samePeriodPreviousYear(key)).toBe(lastYear);
  });

  it('property: a quarter or month and its predecessor are adjacent', () => {
    const keyArb = fc.tuple(fc.integer({ min: 1001, max: 9999 }), fc.integer({ min: 1, max: 12 }), fc.boolean())
      .map(([year, n, quarter]) => (quarter ? `${year}-Q${((n - 1) % 4) + 1}` : `${year}-M${String(n).padStart(2, '0')}`));
    fc.assert(
      fc.property(keyArb, (key) => {
        expect(addDays(periodRange(previousPeriod(key)).to, 1)).toBe(periodRange(key).from);
      }),
    );
  });
});

describe('ordering and selection', () => {
  it('sorts chronologically with the most specific period last on the same end date', () => {
    expect(sortPeriodKeys(['2026-Q2', '2026-H', '2026-M06', '2025', '2026-Q1', '2026-Q2'])).toEqual([
      '2025', '2026-Q1', '2026-Q2', '2026-M06', '2026-H',
    ]);
    expect(comparePeriodKeys('2026-D', '2026-Q3')).toBeLessThan(0);
  });

  it('the delår uses the latest reference period inside it (DOMAIN.md 5.2)', () => {
    const quarterly = ['2026-Q1', '2026-Q2', '2026-Q3'].map((periodKey, i) => ({ periodKey, value: i }));
    expect(selectLatestWithin(quarterly, '2026-D')).toEqual({ periodKey: '2026-Q2', value: 1 });
    const monthly = Array.from({ length: 12 }, (_, i) => ({ periodKey: `2026-M${String(i + 1).padStart(2, '0')}` }));
    expect(selectLatestWithin(monthly, '2026-D')?.periodKey).toBe('2026-M08');
    expect(selectLatestWithin(monthly, '2026-D', { delarEndMonth: 6 })?.periodKey).toBe('2026-M06');
    expect(selectLatestWithin([{ periodKey: '2025-Q4' }], '2026-D')).toBeUndefined();
    expect(isPeriodWithin('2026-Q3', '2026-D')).toBe(false);
  });
});
