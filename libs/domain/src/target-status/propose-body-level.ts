import { NOT_ASSESSED_LEVEL } from './target-scale.js';

export interface BodyLevelProposal {
  level: number;
  /** Assessed levels only (Ej bedömt left out), in the order given. */
  indicatorLevels: number[];
  unitLevels: number[];
}

/**
 * The level proposed for a förvaltning's, nämnd's or KS's sammanvägd bedömning of a goal (DOMAIN.md 4.4, R-4):
 * the lowest level among the goal's assessed indicators and the units' self-assessments, so the proposal is never
 * greener than the weakest evidence (stale data is never green); Ej bedömt (0) when nothing was assessed. The
 * person recording the tier decides the level and writes the justification.
 */
export function proposeBodyLevel(indicatorLevels: readonly number[], unitSelfLevels: readonly (number | null)[]): BodyLevelProposal {
  const assessed = (levels: readonly (number | null)[]) =>
    levels.filter((level): level is number => level !== null && level !== NOT_ASSESSED_LEVEL);
  const indicators = assessed(indicatorLevels);
  const units = assessed(unitSelfLevels);
  const all = [...indicators, ...units];
  return { level: all.length === 0 ? NOT_ASSESSED_LEVEL : Math.min(...all), indicatorLevels: indicators, unitLevels: units };
}
