import { fc } from '../test-support/fast-check.js';
import { formatDate } from './sv-se-date.js';
import { formatMoney, formatNumber, formatPercent, SV_GROUP_SEPARATOR, SV_MINUS_SIGN } from './sv-se-number.js';

const nbsp = (text: string) => text.replaceAll(' ', '\u00A0');

describe('sv-SE number formatting', () => {
  it('groups with U+00A0 and uses a decimal comma', () => {
    expect(SV_GROUP_SEPARATOR).toBe('\u00A0');
    expect(formatNumber(1234.5, { decimals: 1 })).toBe(nbsp('1 234,5'));
    expect(formatNumber(1234.5)).toBe(nbsp('1 234,5'));
    expect(formatNumber(1_285_714.2857, { decimals: 0 })).toBe(nbsp('1 285 714'));
    expect(formatNumber(0.6985, { decimals: 4 })).toBe('0,6985');
    expect(formatNumber(12, { decimals: 2 })).toBe('12,00');
    expect(formatNumber(1.005, { decimals: 2 })).toBe('1,01'); // rounds the value as typed, like Intl
    expect(formatNumber(999.996, { decimals: 2 })).toBe(nbsp('1 000,00'));
    expect(formatNumber(1e-7, { decimals: 7 })).toBe('0,0000001');
  });

  it('uses the minus sign U+2212 and never shows −0', () => {
    expect(formatNumber(-4217)).toBe(`${SV_MINUS_SIGN}${nbsp('4 217')}`);
    expect(formatNumber(-0.001, { decimals: 2 })).toBe('0,00');
  });

  it('shows missing values as an en dash (or the given text)', () => {
    expect(formatNumber(null)).toBe('–');
    expect(formatNumber(Number.NaN)).toBe('–');
    expect(formatMoney(null, 'kr', { missing: 'saknar värde' })).toBe('saknar värde');
    expect(formatPercent(undefined)).toBe('–');
  });

  it('formats money and percent with a no-break space before the unit', () => {
    expect(formatMoney(1_234_567, 'kr')).toBe(nbsp('1 234 567 kr'));
    expect(formatMoney(526.81, 'mnkr', { decimals: 2 })).toBe(nbsp('526,81 mnkr'));
    expect(formatPercent(12.5)).toBe(nbsp('12,5 %'));
    expect(formatPercent(84.018, { decimals: 2 })).toBe(nbsp('84,02 %'));
  });

  it('rejects an invalid number of decimals', () => {
    expect(() => formatNumber(1, { decimals: -1 })).toThrow(RangeError);
  });

  it('property: matches Intl.NumberFormat("sv-SE") for any value and number of decimals', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.double({ min: -1e15, max: 1e15, noNaN: true }), fc.double({ min: -1e-3, max: 1e-3, noNaN: true }), fc.integer().map((n) => n / 1000)),
        fc.integer({ min: 0, max: 4 }),
        (value, decimals) => {
        const intl = new Intl.NumberFormat('sv-SE', { minimumFractionDigits: decimals, maximumFractionDigits: decimals }).format(value);
        expect(formatNumber(value, { decimals })).toBe(intl.replace(/^-/, SV_MINUS_SIGN).replace(/^−0(,0*)?$/, (m) => m.slice(1)));
        },
      ),
    );
  });
});

describe('formatDate', () => {
  it('returns ISO dates as they are and shows instants in Swedish time', () => {
    expect(formatDate('2026-04-30')).toBe('2026-04-30');
    expect(formatDate(new Date(Date.UTC(2026, 3, 29, 22, 30)))).toBe('2026-04-30');
    expect(formatDate('2026-04-29T21:30:00Z')).toBe('2026-04-29');
    expect(formatDate(new Date(Date.UTC(2026, 3, 29, 22, 30)), { timeZone: 'UTC' })).toBe('2026-04-29');
  });

  it('rejects invalid dates', () => {
    expect(() => formatDate('2026-02-30T00:00:00Z')).toThrow(RangeError);
    expect(() => formatDate('inte ett datum')).toThrow(/inte ett datum/);
  });
});

describe('parseSvNumber', () => {
  it('reads numbers as typed in Sweden or copied from Excel, null for empty, undefined for text', async () => {
    const { parseSvNumber, numberToInput } = await import('./parse-sv-number.js');
    expect(['38,5', '1 234,5', '13\u00a0770', '13\u202f770', '\u22123', '12.25', '1.234,5', '1,234.5'].map(parseSvNumber)).toEqual([38.5, 1234.5, 13770, 13770, -3, 12.25, 1234.5, 1234.5]);
    expect(parseSvNumber('  ')).toBeNull();
    expect(['abc', '1,2,3', '12 kr', '1e400'].map(parseSvNumber)).toEqual([undefined, undefined, undefined, undefined]);
    expect([numberToInput(38.5), numberToInput(null), numberToInput(undefined)]).toEqual(['38,5', '', '']);
  });
});
