import { ratioFromSums } from './ratio-from-sums.js';
import type { RatioResult } from './ratio-result.js';

export interface PerCapitaOptions {
  /** 1 (per invånare) or e.g. 1000 (per 1000 invånare). Default 1. */
  readonly per?: number;
  /** Unit of the amount; money is expressed in kr. Default 'kr'. */
  readonly amountUnit?: string;
  /** What is counted: 'invånare' (default), 'brukare', 'barn 0–17' … */
  readonly populationUnit?: string;
}

/** Per-capita normalisation: 3 250 mnkr over 45 000 invånare → 72 222 kr/invånare. */
export function perCapita(
  amount: number | null,
  population: number | null,
  options: PerCapitaOptions = {},
): RatioResult {
  return ratioFromSums({
    numerator: amount,
    denominator: population,
    numeratorUnit: options.amountUnit ?? 'kr',
    denominatorUnit: options.populationUnit ?? 'invånare',
    scale: options.per ?? 1,
  });
}
