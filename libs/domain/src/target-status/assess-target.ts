import { DEFAULT_TARGET_SCALE, DEFAULT_TOLERANCE, NOT_ASSESSED_LEVEL, validateTargetScale, type TargetScale } from './target-scale.js';

/** högre är bättre / lägre är bättre / neutralt (behov and monitored figures: never assessed). */
export type TargetDirection = 'higher' | 'lower' | 'neutral';

export type NotAssessedReason = 'saknar_mal' | 'saknar_varde' | 'inaktuellt_varde' | 'neutral_riktning' | 'negativt_mal';

export interface TargetAssessment {
  readonly level: number;
  readonly label: string;
  /** utfall/mål (higher) or mål/utfall (lower); null when not assessed or when the target or utfall is 0. */
  readonly attainment: number | null;
  readonly reason: NotAssessedReason | null;
}

export interface TargetInput {
  readonly value: number | null;
  readonly target: number | null;
  readonly direction: TargetDirection;
}

function notAssessed(scale: TargetScale, reason: NotAssessedReason): TargetAssessment {
  return { level: NOT_ASSESSED_LEVEL, label: scale.notAssessedLabel, attainment: null, reason };
}

/**
 * Måluppfyllelse for one indicator value against its target (DOMAIN.md 4.4), on unrounded values with a
 * tolerance. Zero cases: a lower-is-better target of 0 is met iff utfall ≤ 0; a higher-is-better target of 0 is
 * met iff utfall ≥ 0; utfall ≤ 0 against a positive lower-is-better target is met. Negative targets are not
 * assessed (a ratio of a negative target has no meaning).
 */
export function assessTarget(input: TargetInput, scale: TargetScale = DEFAULT_TARGET_SCALE): TargetAssessment {
  validateTargetScale(scale);
  const { value, target, direction } = input;
  if (direction === 'neutral') return notAssessed(scale, 'neutral_riktning');
  if (target === null || !Number.isFinite(target)) return notAssessed(scale, 'saknar_mal');
  if (value === null || !Number.isFinite(value)) return notAssessed(scale, 'saknar_varde');
  if (target < 0) return notAssessed(scale, 'negativt_mal');

  const tolerance = scale.tolerance ?? DEFAULT_TOLERANCE;
  const best = scale.levels[0]!;
  const worst = scale.levels[scale.levels.length - 1]!;
  const pick = (met: boolean) => {
    const level = met ? best : worst;
    return { level: level.level, label: level.label, attainment: null, reason: null };
  };
  if (target === 0) return pick(direction === 'lower' ? value <= tolerance : value >= -tolerance);
  if (direction === 'lower' && value <= 0) return pick(true);

  const attainment = direction === 'higher' ? value / target : target / value;
  if (!Number.isFinite(attainment)) return pick(direction === 'higher' ? attainment > 0 : true);
  const level =
    scale.levels.find((candidate) => candidate.minAttainment === null || attainment >= candidate.minAttainment - tolerance) ??
    worst;
  return { level: level.level, label: level.label, attainment, reason: null };
}
