import type { Indicator } from '../indicator.entity.js';
import type { CreateIndicatorBody, UpdateIndicatorBody } from './indicator-body.dto.js';
import type { IndicatorDraft } from './indicator-rules.js';

/** The draft a create body describes, with defaults filled in. */
export function draftFromCreate(body: CreateIndicatorBody, goalId: string): IndicatorDraft {
  return {
    goalId,
    name: body.name,
    unit: body.unit,
    purpose: body.purpose,
    orgAggregation: body.orgAggregation,
    timeAggregation: body.timeAggregation,
    weightIndicatorId: body.weightIndicatorId ?? null,
    numeratorIndicatorId: body.numeratorIndicatorId ?? null,
    denominatorIndicatorId: body.denominatorIndicatorId ?? null,
    scale: body.scale ?? null,
    source: body.source ?? 'manual',
    koladaId: body.koladaId ?? null,
    baselinePeriodKey: body.baselinePeriodKey ?? null,
    levelScale: body.levelScale ?? null,
  };
}

/** The stored indicator with a PATCH applied (undefined = unchanged, null = cleared). */
export function draftFromUpdate(indicator: Indicator, body: UpdateIndicatorBody): IndicatorDraft {
  const pick = <K extends keyof IndicatorDraft & keyof UpdateIndicatorBody>(key: K, current: IndicatorDraft[K]) =>
    (body[key] === undefined ? current : body[key]) as IndicatorDraft[K];
  return {
    id: indicator.id,
    goalId: indicator.goalId,
    name: pick('name', indicator.name),
    unit: pick('unit', indicator.unit),
    purpose: pick('purpose', indicator.purpose),
    orgAggregation: pick('orgAggregation', indicator.orgAggregation),
    timeAggregation: pick('timeAggregation', indicator.timeAggregation),
    weightIndicatorId: pick('weightIndicatorId', indicator.weightIndicatorId),
    numeratorIndicatorId: pick('numeratorIndicatorId', indicator.numeratorIndicatorId),
    denominatorIndicatorId: pick('denominatorIndicatorId', indicator.denominatorIndicatorId),
    scale: pick('scale', indicator.scale),
    source: pick('source', indicator.source),
    koladaId: pick('koladaId', indicator.koladaId),
    baselinePeriodKey: pick('baselinePeriodKey', indicator.baselinePeriodKey),
    levelScale: pick('levelScale', indicator.levelScale),
  };
}
