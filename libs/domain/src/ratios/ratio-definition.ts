import type { SeriesAggregation } from '../aggregation/indicator-definition.js';

/**
 * The chain ratios of DOMAIN.md 4.3 plus a generic quotient (rates, percentages, financial key figures).
 * produktivitet = Σ prestation / Σ resurs; kostnad_per_prestation = Σ kostnad / Σ prestation;
 * effektivitet = Σ kvalitetsutfall (a count) / Σ resurs; kostnad_per_resultat = Σ kostnad / Σ kvalitetsutfall.
 */
export type RatioKind = 'produktivitet' | 'kostnad_per_prestation' | 'effektivitet' | 'kostnad_per_resultat' | 'kvot';

export const RATIO_KIND_LABELS: Readonly<Record<RatioKind, string>> = {
  produktivitet: 'Produktivitet',
  kostnad_per_prestation: 'Kostnad per prestation',
  effektivitet: 'Effektivitet',
  kostnad_per_resultat: 'Kostnad per resultat',
  kvot: 'Kvot',
};

/**
 * A ratio declared as data by a controller on a chain. A side given as a list sums those indicators
 * (e.g. egna socialsekreterare + konsulter; resultat + avskrivningar).
 */
export interface RatioDefinition {
  readonly kind: RatioKind;
  readonly numeratorIndicatorId: string | readonly string[];
  readonly denominatorIndicatorId: string | readonly string[];
  /** Multiplier after dividing: 100 for %, 1000 for "per 1000". Default 1. */
  readonly scale?: number;
  /** Unit to divide in, e.g. 'kr' for cost per pupil from tkr, 'mnkr' for "behöriga per mnkr" (defaults: see defaultRatioUnits). */
  readonly numeratorUnit?: string;
  readonly denominatorUnit?: string;
  /**
   * Overrides the indicators' own time aggregation for this ratio, e.g. AVG of quarter-end flats as the
   * denominator of cost per flat although the flats indicator itself is LAST.
   */
  readonly numeratorTimeAggregation?: SeriesAggregation;
  readonly denominatorTimeAggregation?: SeriesAggregation;
  /** Display unit; default derived from the units ('kr/elev', 'st per mnkr', '%'). */
  readonly unit?: string;
}

export class RatioDefinitionError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RatioDefinitionError';
  }
}

/** The kinds whose numerator is a cost and must be a money unit. */
export const COST_NUMERATOR_KINDS: readonly RatioKind[] = ['kostnad_per_prestation', 'kostnad_per_resultat'];

export function sideIds(side: string | readonly string[]): readonly string[] {
  return typeof side === 'string' ? [side] : side;
}
