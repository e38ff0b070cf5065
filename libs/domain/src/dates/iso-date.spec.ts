import { fc } from '../test-support/fast-check.js';
import {
  addDays, addMonths, daysBetween, fromEpochDay, isIsoDate, isoWeekday, isoWeekNumber, parseIsoDate, startOfIsoWeek,
  toEpochDay, toIsoDate,
} from './iso-date.js';

describe('iso dates', () => {
  it('parses and validates', () => {
    expect(parseIsoDate('2026-04-30')).toEqual({ year: 2026, month: 4, day: 30 });
    expect(isIsoDate('2028-02-29')).toBe(true);
    expect(isIsoDate('2026-02-29')).toBe(false);
    expect(isIsoDate('2026-4-30')).toBe(false);
    expect(() => parseIsoDate('2026-13-01')).toThrow(/2026-13-01/);
    expect(() => toIsoDate(2026, 2, 30)).toThrow(RangeError);
  });

  it('does day arithmetic across months, leap years and years', () => {
    expect(toEpochDay('1970-01-01')).toBe(0);
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2028-03-01', -1)).toBe('2028-02-29');
    expect(daysBetween('2025-12-31', '2026-01-23')).toBe(23);
  });

  it('adds months keeping month ends', () => {
    expect(addMonths('2026-08-31', 2)).toBe('2026-10-31');
    expect(addMonths('2026-06-30', 2)).toBe('2026-08-31');
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2026-01-15', -2)).toBe('2025-11-15');
  });

  it('knows ISO weekdays and week numbers', () => {
    expect(isoWeekday('2026-04-30')).toBe(4);
    expect(isoWeekday('2026-10-31')).toBe(6);
    expect(startOfIsoWeek('2025-12-31')).toBe('2025-12-29');
    expect(isoWeekNumber('2025-12-31')).toBe(1);
    expect(isoWeekNumber('2027-01-01')).toBe(53);
    expect(isoWeekNumber('2026-07-06')).toBe(28);
  });

  it('property: epoch days round-trip and agree with the UTC calendar', () => {
    fc.assert(
      fc.property(fc.integer({ min: toEpochDay('0001-01-01'), max: toEpochDay('9999-12-31') }), (day) => {
        const iso = fromEpochDay(day);
        expect(toEpochDay(iso)).toBe(day);
        const utc = new Date(day * 86_400_000);
        if (utc.getUTCFullYear() >= 1000) expect(utc.toISOString().slice(0, 10)).toBe(iso);
        expect(isoWeekday(iso)).toBe(((utc.getUTCDay() + 6) % 7) + 1);
      }),
    );
  });
});
