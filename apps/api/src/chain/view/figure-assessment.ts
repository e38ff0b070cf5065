import {
  assessIndicatorForPeriod, createTargetScale, DEFAULT_LEVEL_NAMES, parsePeriodKey, TargetScaleError, type LevelNames,
  type Periodicity, type TargetScale,
} from '@resultatkedjan/domain';
import type { AssessmentDto, IndicatorDto, IndicatorLevelScaleDto } from '@resultatkedjan/contracts';
import { isWholeYear } from './period-bases.js';
import type { Reference } from './value-references.js';

export type TargetIndex = ReadonlyMap<string, ReadonlyMap<string, number>>;

export interface FigureTarget {
  periodKey: string;
  value: number;
}

/** A flow summed over part of a year cannot be judged against the year's target (a quarter's cost vs the annual budget). */
function isPartialFlow(indicator: IndicatorDto, periodKey: string): boolean {
  return indicator.orgAggregation !== 'RATIO' && indicator.timeAggregation === 'SUM' && !isWholeYear(periodKey);
}

/** The period's own target, else the year's ('2025' or '2025-H'), except for flows over part of a year. */
export function targetFor(indicator: IndicatorDto, periodKey: string, targets: TargetIndex): FigureTarget | null {
  const own = targets.get(indicator.id);
  if (own === undefined) return null;
  const year = String(parsePeriodKey(periodKey).year);
  const candidates = isPartialFlow(indicator, periodKey) ? [periodKey] : [periodKey, year, `${year}-H`];
  for (const key of candidates) {
    const value = own.get(key);
    if (value !== undefined) return { periodKey: key, value };
  }
  return null;
}

/** The indicator's own thresholds, else the kommun's, else the default (1.00 / 0.95); always the kommun's level names. */
export function scaleFor(
  levelScale: IndicatorLevelScaleDto | null,
  kommunScale: IndicatorLevelScaleDto | null,
  names: LevelNames = DEFAULT_LEVEL_NAMES,
): TargetScale {
  try {
    return createTargetScale(levelScale ?? kommunScale ?? {}, names);
  } catch (error) {
    if (error instanceof TargetScaleError) return createTargetScale({}, names);
    throw error;
  }
}

/** A value measured once a year (ANNUAL) is fresh for the year whatever quarter it was reported in. */
function freshnessPeriodicity(indicator: IndicatorDto): Periodicity {
  return indicator.timeAggregation === 'ANNUAL' ? 'ar' : indicator.periodicity;
}

/** Måluppfyllelse for one figure; not targeted (bevakningsnyckeltal), no target or stale data → Ej bedömt. */
export function assessFigure(
  indicator: IndicatorDto,
  value: number | null,
  target: FigureTarget | null,
  reference: Reference | null,
  periodKey: string,
  scale: TargetScale,
): AssessmentDto {
  const assessment = assessIndicatorForPeriod(
    {
      value,
      target: indicator.targeted && target !== null ? target.value : null,
      direction: indicator.direction,
      valuePeriodKey: reference?.key ?? null,
      judgedPeriodKey: periodKey,
      periodicity: freshnessPeriodicity(indicator),
    },
    scale,
  );
  return { level: assessment.level, label: assessment.label, attainment: assessment.attainment, reason: assessment.reason };
}
