import { assessTarget } from './assess-target.js';
import { LEVEL_NAME_MESSAGES, levelNameProblems, trimLevelNames } from './level-names.js';
import { createTargetScale, DEFAULT_LEVEL_NAMES, levelName, type LevelNames } from './target-scale.js';

const SKOLVERKET: LevelNames = { 3: 'Hög grad', 2: 'Viss grad', 1: 'Låg grad', 0: 'Ingen bedömning' };

describe('level names', () => {
  it('labels the scale with the kommun names, thresholds unchanged', () => {
    const scale = createTargetScale({ partlyFrom: 0.9 }, SKOLVERKET);
    expect(scale.levels.map((l) => [l.level, l.label, l.minAttainment])).toEqual([[3, 'Hög grad', 1], [2, 'Viss grad', 0.9], [1, 'Låg grad', null]]);
    expect(assessTarget({ value: 92, target: 100, direction: 'higher' }, scale)).toMatchObject({ level: 2, label: 'Viss grad' });
    expect(assessTarget({ value: null, target: 100, direction: 'higher' }, scale)).toMatchObject({ level: 0, label: 'Ingen bedömning' });
  });

  it('keeps the default names when none are given', () => {
    expect(createTargetScale().levels.map((l) => l.label)).toEqual(['Uppfyllt', 'Delvis uppfyllt', 'Ej uppfyllt']);
    expect(createTargetScale().notAssessedLabel).toBe('Ej bedömt');
  });

  it('looks a level up, reading anything off the scale as not assessed', () => {
    expect(levelName(SKOLVERKET, 3)).toBe('Hög grad');
    expect(levelName(SKOLVERKET, 0)).toBe('Ingen bedömning');
    expect(levelName(SKOLVERKET, null)).toBe('Ingen bedömning');
    expect(levelName(SKOLVERKET, 7)).toBe('Ingen bedömning');
    expect(levelName(DEFAULT_LEVEL_NAMES, 2)).toBe('Delvis uppfyllt');
  });

  it('accepts the defaults and trimmed names of up to 40 characters', () => {
    expect(levelNameProblems(DEFAULT_LEVEL_NAMES)).toEqual([]);
    expect(levelNameProblems({ ...SKOLVERKET, 3: `  ${'å'.repeat(40)}  ` })).toEqual([]);
    expect(trimLevelNames({ ...SKOLVERKET, 1: '  Låg grad\t' })[1]).toBe('Låg grad');
  });

  it('refuses blank, too long and repeated names, keyed by level', () => {
    expect(levelNameProblems({ 3: '   ', 2: 'x'.repeat(41), 1: 'Låg', 0: 'låg ' })).toEqual([
      { level: 3, message: LEVEL_NAME_MESSAGES.empty },
      { level: 2, message: LEVEL_NAME_MESSAGES.tooLong },
      { level: 0, message: LEVEL_NAME_MESSAGES.duplicate },
    ]);
  });
});
