import type { IndicatorValueDto } from '@resultatkedjan/contracts';
import type { IndicatorValue } from './indicator-value.entity.js';

export function toIndicatorValueDto(value: IndicatorValue): IndicatorValueDto {
  return {
    id: value.id,
    indicatorId: value.indicatorId,
    orgNodeId: value.orgNodeId,
    periodKey: value.periodKey,
    value: value.value,
    referencePeriodKey: value.referencePeriodKey,
    source: value.source,
    comment: value.comment,
    enteredBy: value.enteredBy,
    enteredAt: value.enteredAt.toISOString(),
    version: value.version,
  };
}
