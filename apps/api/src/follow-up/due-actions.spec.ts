import { addDays } from '@resultatkedjan/domain';
import { dueActions, dueReminder, type PeriodState } from './due-actions.js';

const q1: PeriodState = {
  id: 'q1',
  opensOn: '2026-04-01',
  deadline: '2026-04-15',
  locksOn: '2026-04-30',
  status: 'planerad',
  hasSnapshot: false,
  reminderDays: [7, 2],
};

/** Walks the days like the worker: applies each action to the state, as the database would. */
function walk(start: string, end: string, period: PeriodState): Record<string, string[]> {
  const log: Record<string, string[]> = {};
  let state = { ...period };
  const done = new Set<string>();
  for (let day = start; day <= end; day = addDays(day, 1)) {
    for (const action of dueActions(state, day)) {
      const key = action.type === 'remind' ? `remind:${action.days}` : action.type;
      if (done.has(key)) continue;
      done.add(key);
      (log[day] ??= []).push(key);
      if (action.type === 'open') state = { ...state, status: 'oppen' };
      if (action.type === 'lock') state = { ...state, status: 'last' };
      if (action.type === 'snapshot') state = { ...state, hasSnapshot: true };
    }
  }
  return log;
}

describe('dueActions', () => {
  it('walking day by day, each action happens once on its day', () => {
    expect(walk('2026-03-01', '2026-06-01', q1)).toEqual({
      '2026-04-01': ['open'],
      '2026-04-08': ['remind:7'],
      '2026-04-13': ['remind:2'],
      '2026-04-16': ['escalate'],
      '2026-04-30': ['lock', 'snapshot'],
    });
  });

  it('catches up after a pause: a calendar set up after the lock day opens, locks and snapshots at once, without reminders or escalation', () => {
    expect(dueActions(q1, '2026-05-10').map((a) => a.type)).toEqual(['open', 'lock', 'snapshot']);
  });

  it('a period opened late, just before its deadline, gets the latest due reminder only', () => {
    expect(dueActions(q1, '2026-04-14')).toEqual([
      { type: 'open', periodId: 'q1' },
      { type: 'remind', periodId: 'q1', days: 2 },
    ]);
  });

  it('nothing is due before the opening day or after the snapshot', () => {
    expect(dueActions(q1, '2026-03-31')).toEqual([]);
    expect(dueActions({ ...q1, status: 'last', hasSnapshot: true }, '2026-12-31')).toEqual([]);
  });

  it('a period locked by hand still gets its snapshot', () => {
    expect(dueActions({ ...q1, status: 'last' }, '2026-04-20')).toEqual([{ type: 'snapshot', periodId: 'q1' }]);
  });
});

describe('dueReminder', () => {
  it('is the smallest configured offset whose day has come, up to the deadline', () => {
    expect(dueReminder('2026-04-15', [7, 2], '2026-04-07')).toBeNull();
    expect(dueReminder('2026-04-15', [7, 2], '2026-04-08')).toBe(7);
    expect(dueReminder('2026-04-15', [7, 2], '2026-04-12')).toBe(7);
    expect(dueReminder('2026-04-15', [7, 2], '2026-04-13')).toBe(2);
    expect(dueReminder('2026-04-15', [0], '2026-04-15')).toBe(0);
    expect(dueReminder('2026-04-15', [7, 2], '2026-04-16')).toBeNull();
    expect(dueReminder('2026-04-15', [], '2026-04-15')).toBeNull();
  });
});
