import { fc } from '../test-support/fast-check.js';
import { addDays, fromEpochDay, toEpochDay } from '../dates/iso-date.js';
import { addWorkingDays, adjustDeadline, isWorkingDay } from './working-days.js';

describe('adjustDeadline', () => {
  it.each([
    ['2026-04-03', '2026-04-07'], // långfredagen → past påskdagen and annandag påsk
    ['2026-06-19', '2026-06-22'], // midsommarafton
    ['2026-12-24', '2026-12-28'], // julafton, juldagen, annandag jul, Sunday
    ['2026-06-06', '2026-06-08'], // nationaldagen on a Saturday
    ['2026-05-14', '2026-05-15'], // Kristi himmelsfärdsdag; the klämdag is a working day
    ['2026-01-06', '2026-01-07'], // trettondedag jul
    ['2026-10-31', '2026-11-02'], // alla helgons dag on a Saturday
  ])('DOMAIN.md 5.2 forward: %s → %s', (date, expected) => {
    expect(adjustDeadline(date, 'forward')).toBe(expected);
  });

  it('moves backward for deadlines feeding a fixed meeting: 2026-10-31 → 2026-10-30', () => {
    expect(adjustDeadline('2026-10-31', 'backward')).toBe('2026-10-30');
    expect(adjustDeadline('2026-04-06', 'backward')).toBe('2026-04-02');
  });

  it('leaves working days unchanged', () => {
    expect(adjustDeadline('2026-04-15', 'forward')).toBe('2026-04-15');
    expect(adjustDeadline('2026-04-15', 'backward')).toBe('2026-04-15');
  });

  it('treats the eves as working days on request', () => {
    expect(isWorkingDay('2026-12-24')).toBe(false);
    expect(isWorkingDay('2026-12-24', { evesAreWorkingDays: true })).toBe(true);
    expect(adjustDeadline('2026-06-19', 'forward', { evesAreWorkingDays: true })).toBe('2026-06-19');
    expect(isWorkingDay('2026-12-25', { evesAreWorkingDays: true })).toBe(false);
  });

  it('respects extra local non-working days', () => {
    expect(adjustDeadline('2026-05-15', 'forward', { extraNonWorkingDays: ['2026-05-15'] })).toBe('2026-05-18');
  });

  it('property: the result is a working day, on the right side, with no working day skipped', () => {
    const dateArb = fc.integer({ min: toEpochDay('2000-01-01'), max: toEpochDay('2099-12-31') }).map(fromEpochDay);
    fc.assert(
      fc.property(dateArb, fc.constantFrom('forward' as const, 'backward' as const), fc.boolean(), (date, direction, eves) => {
        const options = { evesAreWorkingDays: eves };
        const adjusted = adjustDeadline(date, direction, options);
        expect(isWorkingDay(adjusted, options)).toBe(true);
        const step = direction === 'forward' ? 1 : -1;
        for (let d = date; d !== adjusted; d = addDays(d, step)) expect(isWorkingDay(d, options)).toBe(false);
      }),
    );
  });
});

describe('addWorkingDays', () => {
  it('counts working days only, not the start day', () => {
    expect(addWorkingDays('2026-04-01', 2)).toBe('2026-04-07');
    expect(addWorkingDays('2026-04-07', -2)).toBe('2026-04-01');
    expect(addWorkingDays('2026-04-01', 0)).toBe('2026-04-01');
  });

  it('rejects a fractional count', () => {
    expect(() => addWorkingDays('2026-04-01', 1.5)).toThrow(RangeError);
  });
});
