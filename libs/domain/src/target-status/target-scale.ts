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

/** The default three-level scale with configurable thresholds (default a ≥ 1.00 → 3, a ≥ 0.95 → 2, else 1). */
export function createTargetScale(thresholds: { fulfilledFrom?: number; partlyFrom?: number } = {}): TargetScale {
  const scale: TargetScale = {
    levels: [
      { level: 3, label: LABEL_UPPFYLLT, minAttainment: thresholds.fulfilledFrom ?? 1 },
      { level: 2, label: LABEL_DELVIS_UPPFYLLT, minAttainment: thresholds.partlyFrom ?? 0.95 },
      { level: 1, label: LABEL_EJ_UPPFYLLT, minAttainment: null },
    ],
    notAssessedLabel: LABEL_EJ_BEDOMT,
  };
  validateTargetScale(scale);
  return scale;
}

export const DEFAULT_TARGET_SCALE: TargetScale = createTargetScale();
