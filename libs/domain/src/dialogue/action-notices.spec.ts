import { actionNoticeDue } from './action-notices.js';

describe('actionNoticeDue', () => {
  const open = { dueOn: '2027-01-31', open: true };

  it('reminds the owner from seven days before the due date up to it', () => {
    expect(actionNoticeDue(open, '2027-01-23')).toBeNull();
    expect(actionNoticeDue(open, '2027-01-24')).toBe('paminnelse');
    expect(actionNoticeDue(open, '2027-01-31')).toBe('paminnelse');
  });

  it('tells the convener once the action is overdue', () => {
    expect(actionNoticeDue(open, '2027-02-01')).toBe('forsenad');
  });

  it('owes nothing for a closed action, and honours another number of days', () => {
    expect(actionNoticeDue({ ...open, open: false }, '2027-02-01')).toBeNull();
    expect(actionNoticeDue(open, '2027-01-21', 10)).toBe('paminnelse');
  });
});
