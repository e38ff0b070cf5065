import { comparePeriodKeys } from '@resultatkedjan/domain';
import type { ChainLink, IndicatorDetailDto, IndicatorDto, IndicatorTargetDto } from '@resultatkedjan/contracts';
import type { Indicator } from '../indicator.entity.js';
import type { IndicatorTarget } from '../indicator-target.entity.js';

export function toIndicatorDto(indicator: Indicator, link: ChainLink): IndicatorDto {
  return {
    id: indicator.id,
    goalId: indicator.goalId,
    chainElementId: indicator.chainElementId,
    link,
    key: indicator.key,
    name: indicator.name,
    unit: indicator.unit,
    direction: indicator.direction,
    orgAggregation: indicator.orgAggregation,
    timeAggregation: indicator.timeAggregation,
    weightIndicatorId: indicator.weightIndicatorId,
    numeratorIndicatorId: indicator.numeratorIndicatorId,
    denominatorIndicatorId: indicator.denominatorIndicatorId,
    scale: indicator.scale,
    periodicity: indicator.periodicity,
    targeted: indicator.targeted,
    purpose: indicator.purpose,
    source: indicator.source,
    koladaId: indicator.koladaId,
    baselineValue: indicator.baselineValue,
    baselinePeriodKey: indicator.baselinePeriodKey,
    reviewDate: indicator.reviewDate,
    levelScale: indicator.levelScale,
    sortOrder: indicator.sortOrder,
    createdAt: indicator.createdAt.toISOString(),
  };
}

export function toTargetDto(target: IndicatorTarget): IndicatorTargetDto {
  return { periodKey: target.periodKey, targetValue: target.targetValue };
}

export function toIndicatorDetailDto(
  indicator: Indicator,
  link: ChainLink,
  targets: readonly IndicatorTarget[],
  warnings: string[],
): IndicatorDetailDto {
  return { ...toIndicatorDto(indicator, link), targets: sortTargets(targets.map(toTargetDto)), warnings };
}

export function sortTargets(targets: IndicatorTargetDto[]): IndicatorTargetDto[] {
  return targets.sort((a, b) => comparePeriodKeys(a.periodKey, b.periodKey));
}
