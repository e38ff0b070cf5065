/** Swedish labels of the default måluppfyllelse levels (DOMAIN.md 4.4). */
export const LABEL_UPPFYLLT = 'Uppfyllt';
export const LABEL_DELVIS_UPPFYLLT = 'Delvis uppfyllt';
export const LABEL_EJ_UPPFYLLT = 'Ej uppfyllt';
export const LABEL_EJ_BEDOMT = 'Ej bedömt';

/** Level number → label for the default scale: 3 Uppfyllt, 2 Delvis uppfyllt, 1 Ej uppfyllt, 0 Ej bedömt. */
export const MALUPPFYLLELSE_LABELS: Readonly<Record<0 | 1 | 2 | 3, string>> = {
  3: LABEL_UPPFYLLT,
  2: LABEL_DELVIS_UPPFYLLT,
  1: LABEL_EJ_UPPFYLLT,
  0: LABEL_EJ_BEDOMT,
};

/** A level number of the four-level scale: 3 best, 0 = not assessed. */
export type MaluppfyllelseLevel = 0 | 1 | 2 | 3;

/** What a kommun calls each level (tenant setting `levelNames`); the default is MALUPPFYLLELSE_LABELS. */
export type LevelNames = Readonly<Record<MaluppfyllelseLevel, string>>;

export const DEFAULT_LEVEL_NAMES: LevelNames = MALUPPFYLLELSE_LABELS;

/** Levels best first, the order a form or a legend lists them in. */
export const MALUPPFYLLELSE_LEVELS: readonly MaluppfyllelseLevel[] = [3, 2, 1, 0];

/** The one number-to-name lookup: a level outside the scale (or none) reads as the kommun's "not assessed". */
export function levelName(names: LevelNames, level: number | null | undefined): string {
  return MALUPPFYLLELSE_LEVELS.includes(level as MaluppfyllelseLevel) ? names[level as MaluppfyllelseLevel] : names[0];
}

/** The names a scale made by createTargetScale carries (levels it lacks keep their default names). */
export function levelNamesOf(scale: TargetScale): LevelNames {
  const of = (level: MaluppfyllelseLevel) => scale.levels.find((l) => l.level === level)?.label ?? DEFAULT_LEVEL_NAMES[level];
  return { 3: of(3), 2: of(2), 1: of(1), 0: scale.notAssessedLabel };
}

/** The level for "not assessed" is always 0. */
export const NOT_ASSESSED_LEVEL = 0;

export interface ScaleLevel {
  readonly level: number;
  readonly label: string;
  /** Lowest attainment (utfall/mål, or mål/utfall) for this level; null for the lowest, catch-all level. */
  readonly minAttainment: number | null;
}

/** A tenant's måluppfyllelse scale: levels best first, each with a lower attainment bound. */
export interface TargetScale {
  readonly levels: readonly ScaleLevel[];
  readonly notAssessedLabel: string;
  /** Classification tolerance on the attainment; default 1e-9 (3.8 / 4.0 counts as exactly 0.95). */
  readonly tolerance?: number;
}

export const DEFAULT_TOLERANCE = 1e-9;

export class TargetScaleError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TargetScaleError';
  }
}

export function validateTargetScale(scale: TargetScale): void {
  const { levels } = scale;
  if (levels.length === 0) throw new TargetScaleError('Skalan måste ha minst en nivå');
  levels.forEach((level, i) => {
    const isLast = i === levels.length - 1;
    if (!Number.isInteger(level.level) || level.level <= NOT_ASSESSED_LEVEL) {
      throw new TargetScaleError(`Nivån "${level.label}" måste ha ett heltal större än 0`);
    }
    if (isLast !== (level.minAttainment === null)) {
      throw new TargetScaleError('Endast den lägsta nivån saknar gränsvärde, och den måste sakna det');
    }
    const previous = levels[i - 1];
    if (i > 0 && previous !== undefined && !(level.level < previous.level)) {
      throw new TargetScaleError('Nivåerna måste anges bäst först med fallande nivånummer');
    }
    if (!isLast && i > 0 && !(level.minAttainment! < previous!.minAttainment!)) {
      throw new TargetScaleError('Gränsvärdena måste vara strikt fallande');
    }
    if (level.minAttainment !== null && !Number.isFinite(level.minAttainment)) {
      throw new TargetScaleError('Gränsvärdena måste vara ändliga tal');
    }
  });
}

/**
 * The default three-level scale with configurable thresholds (default a ≥ 1.00 → 3, a ≥ 0.95 → 2, else 1) and the
 * kommun's names for the levels (default Uppfyllt / Delvis uppfyllt / Ej uppfyllt / Ej bedömt).
 */
export function createTargetScale(
  thresholds: { fulfilledFrom?: number; partlyFrom?: number } = {},
  names: LevelNames = DEFAULT_LEVEL_NAMES,
): TargetScale {
  const scale: TargetScale = {
    levels: [
      { level: 3, label: names[3], minAttainment: thresholds.fulfilledFrom ?? 1 },
      { level: 2, label: names[2], minAttainment: thresholds.partlyFrom ?? 0.95 },
      { level: 1, label: names[1], minAttainment: null },
    ],
    notAssessedLabel: names[0],
  };
  validateTargetScale(scale);
  return scale;
}

export const DEFAULT_TARGET_SCALE: TargetScale = createTargetScale();
