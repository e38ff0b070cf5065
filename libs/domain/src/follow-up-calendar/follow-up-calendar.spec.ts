import { isWorkingDay } from '../working-days/working-days.js';
import { assertValidDelar, DelarValidationError, validateDelar } from './delar-validation.js';
import type { FollowUpTemplate } from './follow-up-template.js';
import { FollowUpCalendarError, generateFollowUpCalendar } from './generate-follow-up-calendar.js';
import { PRESET_KVARTAL_DELAR_AUGUSTI_HELAR } from './presets.js';
import { resolveDateRule } from './resolve-date-rule.js';

/** DOMAIN.md 5.2, demo calendar for budgetår 2026 (lock = the "lock / next step" date; statutory = "≤" date). */
const DEMO_TABLE = [
  { periodKey: '2025-H', kind: 'helar', from: '2025-01-01', to: '2025-12-31', opensOn: '2026-01-02', deadline: '2026-01-23', reviewDeadline: '2026-02-06', locksOn: '2026-03-24', statutoryDeadline: '2026-04-15' },
  { periodKey: '2026-Q1', kind: 'kvartal', from: '2026-01-01', to: '2026-03-31', opensOn: '2026-04-01', deadline: '2026-04-15', reviewDeadline: '2026-04-24', locksOn: '2026-04-30', statutoryDeadline: null },
  { periodKey: '2026-Q2', kind: 'kvartal', from: '2026-04-01', to: '2026-06-30', opensOn: '2026-07-01', deadline: '2026-08-14', reviewDeadline: '2026-08-21', locksOn: '2026-08-28', statutoryDeadline: null },
  { periodKey: '2026-D', kind: 'delar', from: '2026-01-01', to: '2026-08-31', opensOn: '2026-09-01', deadline: '2026-09-11', reviewDeadline: '2026-09-25', locksOn: '2026-10-13', statutoryDeadline: '2026-10-30' },
  { periodKey: '2026-Q3', kind: 'kvartal', from: '2026-07-01', to: '2026-09-30', opensOn: '2026-10-01', deadline: '2026-10-16', reviewDeadline: '2026-10-23', locksOn: '2026-10-30', statutoryDeadline: null },
  { periodKey: '2026-H', kind: 'helar', from: '2026-01-01', to: '2026-12-31', opensOn: '2027-01-04', deadline: '2027-01-22', reviewDeadline: '2027-02-05', locksOn: '2027-03-23', statutoryDeadline: '2027-04-15' },
];

describe('generateFollowUpCalendar with the preset "kvartal + delår t.o.m. augusti + helår"', () => {
  const generated = generateFollowUpCalendar(2026, PRESET_KVARTAL_DELAR_AUGUSTI_HELAR);

  it('generates the six periods of the demo table in opening order', () => {
    expect(generated.map((p) => p.periodKey)).toEqual(DEMO_TABLE.map((p) => p.periodKey));
  });

  it('reproduces every date of the demo table by rule except Q1’s hand-picked unit deadline', () => {
    const differences = generated.flatMap((period, i) =>
      Object.entries(period).filter(([key, value]) => DEMO_TABLE[i]![key as keyof (typeof DEMO_TABLE)[number]] !== value).map(([key, value]) => `${period.periodKey}.${key}=${value}`),
    );
    expect(differences).toEqual(['2026-Q1.deadline=2026-04-17']);
  });

  it('reproduces the table exactly with a controller’s override for Q1', () => {
    const withOverride = generateFollowUpCalendar(2026, PRESET_KVARTAL_DELAR_AUGUSTI_HELAR, { overrides: { '2026-Q1': { deadline: '2026-04-15' } } });
    expect(withOverride).toEqual(DEMO_TABLE);
  });

  it('puts every date on a working day', () => {
    for (const period of generated) {
      for (const date of [period.opensOn, period.deadline, period.reviewDeadline, period.locksOn]) expect(isWorkingDay(date)).toBe(true);
    }
  });

  it('skips the July holiday weeks: Q2 is due in mid-August, not mid-July', () => {
    const noHoliday = generateFollowUpCalendar(2026, { ...PRESET_KVARTAL_DELAR_AUGUSTI_HELAR, holidayWeeks: [] });
    expect(noHoliday.find((p) => p.periodKey === '2026-Q2')!.deadline).toBe('2026-07-17');
  });
});

describe('overrides', () => {
  it('are moved to a working day by the milestone’s rule or their own', () => {
    const overrides = {
      '2026-Q3': { deadline: '2026-10-17', reviewDeadline: { date: '2026-10-24', adjust: 'forward' as const } },
    };
    const q3 = generateFollowUpCalendar(2026, PRESET_KVARTAL_DELAR_AUGUSTI_HELAR, { overrides }).find((p) => p.periodKey === '2026-Q3')!;
    expect(q3.deadline).toBe('2026-10-16'); // Saturday, backward like the rule
    expect(q3.reviewDeadline).toBe('2026-10-26'); // Saturday, forward as asked
  });

  it('feed later rules that refer to the overridden milestone', () => {
    const template: FollowUpTemplate = {
      name: 'relative',
      schedules: {
        delar: {
          opensOn: { rule: { type: 'daysAfterEnd', days: 1 }, adjust: 'forward' },
          deadline: { rule: { type: 'workingDaysAfter', milestone: 'opensOn', days: 8 }, adjust: 'forward' },
          reviewDeadline: { rule: { type: 'workingDaysAfter', milestone: 'deadline', days: 5 }, adjust: 'forward' },
          locksOn: { rule: { type: 'dayOfMonth', day: 15, monthsAfterEnd: 2 }, adjust: 'forward' },
        },
      },
    };
    const [plain] = generateFollowUpCalendar(2026, template);
    expect(plain).toMatchObject({ opensOn: '2026-09-01', deadline: '2026-09-11', reviewDeadline: '2026-09-18', locksOn: '2026-10-15' });
    const [moved] = generateFollowUpCalendar(2026, template, { overrides: { '2026-D': { deadline: '2026-09-14' } } });
    expect(moved!.reviewDeadline).toBe('2026-09-21');
  });

  it('for unknown periods or out-of-order dates are errors', () => {
    expect(() => generateFollowUpCalendar(2026, PRESET_KVARTAL_DELAR_AUGUSTI_HELAR, { overrides: { '2026-Q4': { deadline: '2027-01-15' } } })).toThrow(/2026-Q4/);
    expect(() => generateFollowUpCalendar(2026, PRESET_KVARTAL_DELAR_AUGUSTI_HELAR, { overrides: { '2026-Q3': { deadline: '2026-11-30' } } })).toThrow(FollowUpCalendarError);
  });
});

describe('template options', () => {
  it('a Jan–Jun delår and the eves as working days change the dates', () => {
    const juni = generateFollowUpCalendar(2026, { ...PRESET_KVARTAL_DELAR_AUGUSTI_HELAR, delarEndMonth: 6 }).find((p) => p.kind === 'delar')!;
    expect(juni).toMatchObject({ to: '2026-06-30', opensOn: '2026-07-01', statutoryDeadline: '2026-08-31' });
    const template: FollowUpTemplate = {
      name: 'eve',
      schedules: {
        helar: {
          opensOn: { rule: { type: 'fixedDate', month: 12, day: 24, yearOffset: 0 }, adjust: 'forward' },
          deadline: { rule: { type: 'daysAfterEnd', days: 10 }, adjust: 'forward' },
          reviewDeadline: { rule: { type: 'daysAfterEnd', days: 20 }, adjust: 'forward' },
          locksOn: { rule: { type: 'daysAfterEnd', days: 30 }, adjust: 'forward' },
        },
      },
    };
    expect(generateFollowUpCalendar(2026, template)[0]!.opensOn).toBe('2026-12-28');
    expect(generateFollowUpCalendar(2026, template, { workingDays: { evesAreWorkingDays: true } })[0]!.opensOn).toBe('2026-12-24');
  });

  it('only the listed quarters and months are generated', () => {
    const template: FollowUpTemplate = {
      name: 'månad',
      schedules: {
        manad: {
          periods: [2, 3, 4, 5, 6, 8, 9, 10, 11, 12],
          opensOn: { rule: { type: 'daysAfterEnd', days: 1 }, adjust: 'forward' },
          deadline: { rule: { type: 'workingDaysAfter', milestone: 'opensOn', days: 5 }, adjust: 'forward' },
          reviewDeadline: { rule: { type: 'workingDaysAfter', milestone: 'deadline', days: 3 }, adjust: 'forward' },
          locksOn: { rule: { type: 'workingDaysAfter', milestone: 'reviewDeadline', days: 1 }, adjust: 'forward' },
        },
      },
    };
    const months = generateFollowUpCalendar(2026, template);
    expect(months.map((p) => p.periodKey)).toEqual(['2026-M02', '2026-M03', '2026-M04', '2026-M05', '2026-M06', '2026-M08', '2026-M09', '2026-M10', '2026-M11', '2026-M12']);
    expect(() => generateFollowUpCalendar(2026, { ...template, schedules: { kvartal: { ...template.schedules.manad!, periods: [5] } } })).toThrow(/periodnummer 5/);
  });

  it('a rule may not refer to a later milestone', () => {
    expect(() =>
      resolveDateRule({ type: 'workingDaysAfter', milestone: 'locksOn', days: 1 }, { periodEnd: '2026-03-31', holidayWeeks: [], earlier: {}, workingDays: {} }),
    ).toThrow(/locksOn/);
  });
});

describe('delår validation (LKBR 13 kap: at least half, at most two-thirds of the year)', () => {
  it.each([
    ['2026-01-01', '2026-06-30', true],
    ['2026-01-01', '2026-07-31', true],
    ['2026-01-01', '2026-08-31', true],
    ['2026-01-01', '2026-05-31', false],
    ['2026-01-01', '2026-09-30', false],
    ['2026-02-01', '2026-08-31', false],
    ['2026-01-01', '2026-08-15', false],
  ])('%s – %s valid: %s', (from, to, valid) => {
    expect(validateDelar(from, to).valid).toBe(valid);
  });

  it('gives a validation error naming the rule', () => {
    expect(() => assertValidDelar('2026-01-01', '2026-09-30')).toThrow(DelarValidationError);
    expect(() => assertValidDelar('2026-01-01', '2026-09-30')).toThrow(/två tredjedelar/);
    expect(() => assertValidDelar('2026-01-01', '2026-05-31')).toThrow(/minst halva/);
    expect(() => generateFollowUpCalendar(2026, { ...PRESET_KVARTAL_DELAR_AUGUSTI_HELAR, delarEndMonth: 9 as never })).toThrow(DelarValidationError);
  });
});
