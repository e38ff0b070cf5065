import type { RatioDefinitionDto } from '@resultatkedjan/contracts';
import type { RatioDefinition } from '../ratio-definition.entity.js';

export function toRatioDefinitionDto(ratio: RatioDefinition): RatioDefinitionDto {
  return {
    id: ratio.id,
    goalId: ratio.goalId,
    kind: ratio.kind,
    name: ratio.name,
    numeratorIndicatorId: ratio.numeratorIndicatorId,
    denominatorIndicatorId: ratio.denominatorIndicatorId,
    scale: ratio.scale,
    unit: ratio.unit,
    sortOrder: ratio.sortOrder,
    createdAt: ratio.createdAt.toISOString(),
  };
}
