import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, formatNumber, formatValue } from './format';

const NBSP = '\u00a0';

describe('formatNumber (from @resultatkedjan/domain)', () => {
  it('groups thousands with a non-breaking space and uses a decimal comma', () => {
    expect(formatNumber(1234.5)).toBe(`1${NBSP}234,5`);
    expect(formatNumber(1234567.891)).toBe(`1${NBSP}234${NBSP}567,89`);
  });

  it('respects the number of decimals asked for', () => {
    expect(formatNumber(2.345, { decimals: 0 })).toBe('2');
    expect(formatNumber(0.5, { decimals: 1 })).toBe('0,5');
  });
});

describe('formatValue', () => {
  it('formats percent, money and other units the sv-SE way', () => {
    expect(formatValue(86.47, '%')).toBe(`86,5${NBSP}%`);
    expect(formatValue(1234567, 'kr')).toBe(`1${NBSP}234${NBSP}567${NBSP}kr`);
    expect(formatValue(1430.5, 'mnkr')).toBe(`1${NBSP}430,5${NBSP}mnkr`);
    expect(formatValue(8.91, 'st')).toBe(`8,91${NBSP}st`);
    expect(formatValue(null, 'st')).toBe('–');
  });
});

describe('formatDate / formatDateTime', () => {
  it('gives ISO date and 24-hour time in Swedish time (summer, UTC+2)', () => {
    expect(formatDateTime('2026-04-30T12:05:00Z')).toBe('2026-04-30 14:05');
    expect(formatDate('2026-04-30T22:30:00Z')).toBe('2026-05-01');
    expect(formatDate('2026-04-30')).toBe('2026-04-30');
  });

  it('handles winter time and midnight as 00, not 24', () => {
    expect(formatDateTime('2026-01-14T23:00:00Z')).toBe('2026-01-15 00:00');
  });

  it('returns an empty string for an invalid date-time', () => {
    expect(formatDateTime('inte ett datum')).toBe('');
  });
});
