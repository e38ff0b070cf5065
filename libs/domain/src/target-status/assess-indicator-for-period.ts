import type { PeriodOptions } from '../periods/period-options.js';
import { assessTarget, type TargetAssessment, type TargetInput } from './assess-target.js';
import { isValueFresh, type Periodicity } from './freshness.js';
import { DEFAULT_TARGET_SCALE, NOT_ASSESSED_LEVEL, type TargetScale } from './target-scale.js';

export interface PeriodTargetInput extends TargetInput {
  /** Reference period of the value; null/undefined when unknown (treated as not fresh). */
  readonly valuePeriodKey: string | null | undefined;
  readonly judgedPeriodKey: string;
  readonly periodicity: Periodicity;
}

/** {@link assessTarget} for a follow-up period: a value that is not fresh gives Ej bedömt ('inaktuellt_varde'). */
export function assessIndicatorForPeriod(
  input: PeriodTargetInput,
  scale: TargetScale = DEFAULT_TARGET_SCALE,
  options: PeriodOptions = {},
): TargetAssessment {
  const assessment = assessTarget(input, scale);
  if (assessment.level === NOT_ASSESSED_LEVEL) return assessment;
  const fresh =
    input.valuePeriodKey !== null &&
    input.valuePeriodKey !== undefined &&
    isValueFresh(
      { valuePeriodKey: input.valuePeriodKey, judgedPeriodKey: input.judgedPeriodKey, periodicity: input.periodicity },
      options,
    );
  if (fresh) return assessment;
  return { level: NOT_ASSESSED_LEVEL, label: scale.notAssessedLabel, attainment: null, reason: 'inaktuellt_varde' };
}
