import { chooseYearKey } from './yearly-value-keys.js';

describe('chooseYearKey: where a yearly figure of a report is stored', () => {
  it('prefers the year itself', () => {
    expect(chooseYearKey(['2026-Q2', '2026'], '2026', '2026-09-30')).toBe('2026');
  });

  it('else takes the latest quarter or month of the year that has ended by the report\'s end', () => {
    expect(chooseYearKey(['2026-Q2', '2026-M05'], '2026', '2026-09-30')).toBe('2026-Q2');
    expect(chooseYearKey(['2026-M07', '2026-Q2'], '2026', '2026-09-30')).toBe('2026-M07');
    // Next quarter's figure (pupils counted 15 October, reported in Q4) is not this quarter's.
    expect(chooseYearKey(['2026-Q4'], '2026', '2026-09-30')).toBe('2026');
    expect(chooseYearKey(['2026-Q4'], '2026', '2026-12-31')).toBe('2026-Q4');
  });

  it('ignores other years and falls back to the year for a new value', () => {
    expect(chooseYearKey(['2025-Q2', '2027-Q1'], '2026', '2026-12-31')).toBe('2026');
    expect(chooseYearKey([], '2025', '2025-12-31')).toBe('2025');
  });
});
