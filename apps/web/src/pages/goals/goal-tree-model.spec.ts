import { describe, expect, it } from 'vitest';
import { demoCascade } from '../../test/goal-fixtures';
import { nextKey } from './goal-form-schema';
import { bolagsmalByKfGoal, groupRoots, indexCascade, parseYear, yearOptions } from './goal-tree-model';

describe('goal tree model', () => {
  const { roots } = demoCascade();

  it('indexes every goal and groups the roots', () => {
    expect(indexCascade(roots).size).toBe(12);
    const groups = groupRoots(roots);
    expect(groups.vision.map((g) => g.key)).toEqual(['VISION']);
    expect(groups.financial.map((g) => g.key)).toEqual(['FM1']);
    expect(groups.other.map((g) => g.key)).toEqual(['HEM-F']);
  });

  it('groups bolagsmål by the KF goal they serve, as parent or also-serves, and lists the unlinked apart', () => {
    const { groups, unlinked } = bolagsmalByKfGoal(roots);
    const byKey = Object.fromEntries(groups.map((g) => [g.kfGoal.key, g.bolagsmal.map((b) => `${b.goal.key}:${b.relation}`)]));
    expect(byKey).toEqual({
      IM1: [],
      IM2: ['HEM2:also'],
      IM3: ['HEM1:parent', 'HEM2:parent', 'EV1:parent'],
      IM4: [],
      FM1: [],
    });
    expect(unlinked.map((g) => g.key)).toEqual(['HEM-F']);
  });
});

describe('year helpers', () => {
  it('offers years around now and always the chosen one', () => {
    expect(yearOptions(2026, 2026)).toEqual([2023, 2024, 2025, 2026, 2027]);
    expect(yearOptions(2026, 2019)).toEqual([2019, 2023, 2024, 2025, 2026, 2027]);
  });

  it('reads a year parameter and falls back on nonsense', () => {
    expect(parseYear('2025', 2026)).toBe(2025);
    expect(parseYear('abc', 2026)).toBe(2026);
    expect(parseYear('20255', 2026)).toBe(2026);
    expect(parseYear(null, 2026)).toBe(2026);
  });
});

describe('nextKey', () => {
  it('suggests the next free IM number', () => {
    expect(nextKey(['IM1', 'IM2', 'IM3'])).toBe('IM4');
    expect(nextKey([])).toBe('IM1');
    expect(nextKey(['IM1', 'IM10', 'im11x'])).toBe('IM11');
  });
});
