/**
 * Why a computed value is null. `saknar_varde`: numerator or denominator missing; `division_med_noll`:
 * zero denominator; `ej_aggregerbar`: the indicator cannot be rolled up (org aggregation NONE);
 * `utanfor_talomrade`: the finite inputs overflow the number range (never returned as Infinity).
 */
export type ValueReason = 'saknar_varde' | 'division_med_noll' | 'ej_aggregerbar' | 'utanfor_talomrade';

export type RatioReason = Exclude<ValueReason, 'ej_aggregerbar'>;

/** Swedish UI texts for the reasons (DOMAIN.md 4.3 rule 3). */
export const VALUE_REASON_LABELS: Readonly<Record<ValueReason, string>> = {
  saknar_varde: 'saknar värde',
  division_med_noll: 'division med noll',
  ej_aggregerbar: 'kan inte summeras uppåt',
  utanfor_talomrade: 'utanför talområdet',
};

/** How many reporting org nodes contributed data, of those expected to report. */
export interface Coverage {
  readonly withData: number;
  readonly total: number;
}

/**
 * A ratio that is never NaN or Infinity. `numerator`/`denominator` are the sums actually divided, expressed in
 * `numeratorUnit`/`denominatorUnit` (after unit conversion); `value` = numerator / denominator × scale.
 * Context: `orgNodeId` and `periodKeys` are filled in by the roll-up functions (computeRatio…); plain
 * arithmetic helpers (ratioFromSums, perCapita) leave them undefined.
 */
export interface RatioResult {
  readonly value: number | null;
  readonly numerator: number | null;
  readonly denominator: number | null;
  readonly numeratorUnit: string;
  readonly denominatorUnit: string;
  readonly unit: string;
  readonly reason: RatioReason | null;
  readonly coverage: Coverage;
  readonly orgNodeId?: string;
  readonly periodKeys?: readonly string[];
}
