import type { Coverage, ValueReason } from '../numbers/ratio-result.js';

/** An indicator aggregated over a node's subtree and the selected periods. Never NaN or Infinity. */
export interface AggregateResult {
  readonly indicatorId: string;
  readonly orgNodeId: string;
  readonly periodKeys: readonly string[];
  readonly value: number | null;
  readonly unit: string;
  readonly reason: ValueReason | null;
  /** RATIO: the divided sums (after unit conversion); WEIGHTED_MEAN: Σ value·weight; otherwise null. */
  readonly numerator: number | null;
  /** RATIO: Σ denominator; WEIGHTED_MEAN: Σ weight; otherwise null. */
  readonly denominator: number | null;
  readonly coverage: Coverage;
}
