import { isWorkingDay } from '@resultatkedjan/domain';
import { demoFollowUp } from './follow-up-calendar.js';

const summary = (today: string) =>
  demoFollowUp(today).periods.map((p) => `${p.periodKey} ${p.status} ${p.opensOn} ${p.deadline} ${p.reviewDeadline} ${p.locksOn}`);

describe('the demo kommun\'s follow-up calendar on the day it is seeded', () => {
  it('reproduces DOMAIN.md 5.2 on a day when Q3 2026 is open anyway, with no extension', () => {
    const followUp = demoFollowUp('2026-10-05');
    expect(followUp.currentPeriodKey).toBe('2026-Q3');
    expect(followUp.calendars).toEqual([{ year: 2026, overrides: { '2026-Q1': { deadline: '2026-04-15' } } }]);
    expect(summary('2026-10-05')).toEqual([
      '2025-H last 2026-01-02 2026-01-23 2026-02-06 2026-03-24',
      '2026-Q1 last 2026-04-01 2026-04-15 2026-04-24 2026-04-30',
      '2026-Q2 last 2026-07-01 2026-08-14 2026-08-21 2026-08-28',
      '2026-D oppen 2026-09-01 2026-09-11 2026-09-25 2026-10-13',
      '2026-Q3 oppen 2026-10-01 2026-10-16 2026-10-23 2026-10-30',
      '2026-H planerad 2027-01-04 2027-01-22 2027-02-05 2027-03-23',
    ]);
  });

  it('keeps the units\' latest period open after its lock day: unit deadline about a week ahead, then a week each to review and lock', () => {
    const followUp = demoFollowUp('2026-12-01');
    expect(followUp.currentPeriodKey).toBe('2026-Q3');
    expect(followUp.calendars[0]!.overrides['2026-Q3']).toEqual({ deadline: '2026-12-08', reviewDeadline: '2026-12-15', locksOn: '2026-12-22' });
    expect(summary('2026-12-01')).toContain('2026-Q3 oppen 2026-10-01 2026-12-08 2026-12-15 2026-12-22');
    expect(summary('2026-12-01').filter((line) => line.includes(' oppen '))).toHaveLength(1);
  });

  it('moves the extended deadline back to a working day, so the 7-day reminder is already due (julafton 2026 → 23 December)', () => {
    const q3 = demoFollowUp('2026-12-17').periods.find((p) => p.periodKey === '2026-Q3')!;
    expect(q3.deadline).toBe('2026-12-23');
    expect([q3.deadline, q3.reviewDeadline, q3.locksOn].every((day) => isWorkingDay(day))).toBe(true);
  });

  it('adds the calendar of a later year and takes its helår from the year that made it first', () => {
    const followUp = demoFollowUp('2027-02-01');
    expect(followUp.calendars.map((c) => c.year)).toEqual([2026, 2027]);
    expect(followUp.currentPeriodKey).toBe('2026-H');
    const keys = followUp.periods.map((p) => `${p.year} ${p.periodKey} ${p.status}`);
    expect(keys.filter((k) => k.includes('2026-H'))).toEqual(['2026 2026-H oppen']);
    expect(keys).toContain('2027 2027-Q1 planerad');
    // Helår 2026 is open by the template itself (until 2027-03-23): no override.
    expect(followUp.calendars[1]!.overrides).toEqual({});
    expect(Object.keys(followUp.calendars[0]!.overrides)).toEqual(['2026-Q1']);
  });

  it('leaves everything planned before the first period opens', () => {
    const followUp = demoFollowUp('2025-12-01');
    expect(followUp.currentPeriodKey).toBeNull();
    expect(followUp.periods.every((p) => p.status === 'planerad')).toBe(true);
  });
});
