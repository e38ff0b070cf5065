import { ratioFromSums } from '../numbers/ratio-from-sums.js';
import type { RatioResult } from '../numbers/ratio-result.js';
import type { RatioKind } from '../ratios/ratio-definition.js';

/** Which side of a ratio holds the resources: the denominator of produktivitet and effektivitet, the numerator of a cost ratio. */
export function resourceSide(kind: RatioKind): 'numerator' | 'denominator' | null {
  switch (kind) {
    case 'produktivitet':
    case 'effektivitet':
      return 'denominator';
    case 'kostnad_per_prestation':
    case 'kostnad_per_resultat':
      return 'numerator';
    case 'kvot':
      return null;
  }
}

export interface WhatIfInput {
  kind: RatioKind;
  numerator: number | null;
  denominator: number | null;
  numeratorUnit: string;
  denominatorUnit: string;
  unit: string;
  scale?: number;
}

/**
 * The ratio if the resources changed by `resourceChange` (0.1 = +10 %) and the outputs stayed as they are: the
 * controller's what-if beside a ratio (issue #15). The same ratio-of-sums formula as the engine; null for a plain
 * quotient, which has no resource side.
 */
export function whatIfResources(input: WhatIfInput, resourceChange: number): Pick<RatioResult, 'value' | 'numerator' | 'denominator' | 'reason'> | null {
  const side = resourceSide(input.kind);
  if (side === null || !Number.isFinite(resourceChange)) return null;
  const factor = 1 + resourceChange;
  const numerator = side === 'numerator' && input.numerator !== null ? input.numerator * factor : input.numerator;
  const denominator = side === 'denominator' && input.denominator !== null ? input.denominator * factor : input.denominator;
  const result = ratioFromSums({
    numerator, denominator, numeratorUnit: input.numeratorUnit, denominatorUnit: input.denominatorUnit,
    targetNumeratorUnit: input.numeratorUnit, targetDenominatorUnit: input.denominatorUnit, scale: input.scale, unit: input.unit,
    coverage: { withData: 0, total: 0 },
  });
  return { value: result.value, numerator: result.numerator, denominator: result.denominator, reason: result.reason };
}
