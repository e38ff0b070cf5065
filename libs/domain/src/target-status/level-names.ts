import { MALUPPFYLLELSE_LEVELS, type LevelNames, type MaluppfyllelseLevel } from './target-scale.js';

/** Bounds on a level name: short enough for a badge, long enough for "Delvis uppfyllt enligt plan". */
export const LEVEL_NAME_MAX_LENGTH = 40;

export const LEVEL_NAME_MESSAGES = {
  empty: 'Ange ett namn för nivån.',
  tooLong: `Namnet får vara högst ${LEVEL_NAME_MAX_LENGTH} tecken.`,
  duplicate: 'Två nivåer kan inte heta likadant.',
} as const;

export interface LevelNameProblem {
  level: MaluppfyllelseLevel;
  message: string;
}

/** The names with surrounding whitespace removed, as they are stored. */
export function trimLevelNames(names: LevelNames): LevelNames {
  return { 3: names[3].trim(), 2: names[2].trim(), 1: names[1].trim(), 0: names[0].trim() };
}

/**
 * What is wrong with a set of level names (trimmed first): each must be 1–40 characters, and no two may be the same
 * ignoring case ("Uppfyllt" and "uppfyllt" would read as one level). Each duplicate after the first is reported.
 */
export function levelNameProblems(names: LevelNames): LevelNameProblem[] {
  const trimmed = trimLevelNames(names);
  const problems: LevelNameProblem[] = [];
  const seen = new Set<string>();
  for (const level of MALUPPFYLLELSE_LEVELS) {
    const name = trimmed[level];
    // Counted in characters as a reader sees them (NFC code points), not UTF-16 units.
    const length = [...name.normalize('NFC')].length;
    if (length === 0) problems.push({ level, message: LEVEL_NAME_MESSAGES.empty });
    else if (length > LEVEL_NAME_MAX_LENGTH) problems.push({ level, message: LEVEL_NAME_MESSAGES.tooLong });
    else {
      const key = name.normalize('NFC').toLocaleLowerCase('sv');
      if (seen.has(key)) problems.push({ level, message: LEVEL_NAME_MESSAGES.duplicate });
      seen.add(key);
    }
  }
  return problems;
}
