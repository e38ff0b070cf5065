import { fc } from '../test-support/fast-check.js';
import { formatPeriodKey, isPeriodKey, parsePeriodKey, PeriodKeyError, type Period } from './period-key.js';
import { formatPeriodLabel } from './period-label.js';

describe('period keys', () => {
  it.each<[string, Period]>([
    ['2025', { kind: 'ar', year: 2025 }],
    ['2025-Q3', { kind: 'kvartal', year: 2025, quarter: 3 }],
    ['2025-T2', { kind: 'tertial', year: 2025, tertial: 2 }],
    ['2025-M08', { kind: 'manad', year: 2025, month: 8 }],
    ['2025-D', { kind: 'delar', year: 2025 }],
    ['2025-H', { kind: 'helar', year: 2025 }],
  ])('parses and formats %s', (key, period) => {
    expect(parsePeriodKey(key)).toEqual(period);
    expect(formatPeriodKey(period)).toBe(key);
  });

  it.each(['2025-Q0', '2025-Q5', '2025-T4', '2025-M00', '2025-M13', '2025-M8', '25', '2025-q1', '2025-X', '0999', ' 2025', '2025-D8'])(
    'rejects %s with a clear error',
    (key) => {
      expect(() => parsePeriodKey(key)).toThrow(PeriodKeyError);
      expect(() => parsePeriodKey(key)).toThrow(`"${key}"`);
      expect(isPeriodKey(key)).toBe(false);
    },
  );

  it('rejects formatting an impossible period', () => {
    expect(() => formatPeriodKey({ kind: 'manad', year: 2025, month: 13 })).toThrow(PeriodKeyError);
    expect(() => formatPeriodKey({ kind: 'ar', year: 99 })).toThrow(RangeError);
  });

  it('gives Swedish labels', () => {
    expect(['2025', '2026-Q1', '2026-T2', '2026-M04', '2026-D', '2025-H'].map(formatPeriodLabel)).toEqual([
      '2025', 'Q1 2026', 'T2 2026', 'april 2026', 'Delår 2026', 'Helår 2025',
    ]);
  });

  it('property: format(parse(key)) is the identity on valid keys', () => {
    const keyArb = fc.tuple(fc.integer({ min: 1000, max: 9999 }), fc.constantFrom('', '-Q1', '-Q4', '-T1', '-T3', '-M01', '-M12', '-D', '-H'))
      .map(([year, suffix]) => `${year}${suffix}`);
    fc.assert(fc.property(keyArb, (key) => expect(formatPeriodKey(parsePeriodKey(key))).toBe(key)));
  });
});
