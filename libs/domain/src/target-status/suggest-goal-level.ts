import { NOT_ASSESSED_LEVEL } from './target-scale.js';

/**
 * The goal-level suggestion: the lowest assessed indicator level, ignoring Ej bedömt (0) unless nothing was
 * assessed. The reporter still makes the sammanvägd bedömning and writes a justification.
 */
export function suggestGoalLevel(indicatorLevels: readonly number[]): number {
  const assessed = indicatorLevels.filter((level) => level !== NOT_ASSESSED_LEVEL);
  return assessed.length === 0 ? NOT_ASSESSED_LEVEL : Math.min(...assessed);
}
