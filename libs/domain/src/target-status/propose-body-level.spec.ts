import { proposeBodyLevel } from './propose-body-level.js';

describe('proposeBodyLevel (sammanvägd bedömning above the unit)', () => {
  it('proposes the lowest of the assessed indicator levels and unit self-assessments', () => {
    expect(proposeBodyLevel([3, 2], [3, 3]).level).toBe(2);
    expect(proposeBodyLevel([3, 3], [3, 1]).level).toBe(1);
  });

  it('leaves out Ej bedömt and missing self-assessments, and says what it weighed', () => {
    expect(proposeBodyLevel([0, 3], [null, 0, 2])).toEqual({ level: 2, indicatorLevels: [3], unitLevels: [2] });
  });

  it('proposes Ej bedömt when nothing was assessed', () => {
    expect(proposeBodyLevel([], [])).toEqual({ level: 0, indicatorLevels: [], unitLevels: [] });
    expect(proposeBodyLevel([0, 0], [null])).toMatchObject({ level: 0 });
  });

  it('works on any scale (levels are compared, not named)', () => {
    expect(proposeBodyLevel([5, 4], [7]).level).toBe(4);
  });
});
