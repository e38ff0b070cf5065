import type { EntityManager } from 'typeorm';
import { assessIndicatorForPeriod, suggestGoalLevel, type TargetScale } from '@resultatkedjan/domain';
import type { AuthContext } from '../../auth/auth-context.js';
import { userQueries } from '../../users/user.queries.js';
import type { ReportRef } from '../support/report-ref.js';
import { canEdit } from '../support/report-access.js';
import type { ReportDetailDto, ReportGoalDto, ReportIndicatorDto } from '../dto/report-detail.dto.js';
import type { ReportSummaryDto } from '../dto/report-summary.dto.js';
import { loadReportContent, type ContentIndicator } from './report-content.js';
import { draftVisibilityOf } from '../../goals/draft-visibility.js';
import { periodOptions } from './report-period.js';
import { cellKey, loadStoredValues, loadTargets, targetFor, type ValueMap } from './stored-values.js';
import { indicatorScale, kommunScale, levelsOf } from './target-scales.js';
import { loadAssessments } from './assessments.js';
import { dialogueActionQueries } from '../../dialogues/dialogue-action.queries.js';
import { toActionDto } from '../../dialogues/dialogue-action.mapper.js';

/** GET /reports/:id: the report with, per goal, its indicators, narrative, self-assessment and suggested level. */
export async function buildReportDetail(m: EntityManager, auth: AuthContext, ref: ReportRef): Promise<ReportDetailDto> {
  const content = await loadReportContent(m, ref, draftVisibilityOf(auth));
  // One transaction is one connection: the queries run one after the other.
  const values = await loadStoredValues(m, ref.orgNodeId, content);
  const targets = await loadTargets(m, content);
  const assessments = await loadAssessments(m, ref.id);
  const scale = await kommunScale(m, auth.tenantId);
  const users = await userQueries.displayNames(m, [ref.submittedBy, ref.decidedBy].filter((id): id is string => id !== null));
  const editable = await canEdit(m, auth, ref);
  const openActions = (await dialogueActionQueries.openOwnedBy(m, ref.orgNodeId)).map(toActionDto);
  const goals: ReportGoalDto[] = content.goals.map((goal) => {
    const indicators = goal.indicators.map((indicator) => indicatorRow(indicator, ref, values, targets, scale));
    const levels = indicators.flatMap((row) => (row.assessment ? [row.assessment.level] : []));
    const suggested = suggestGoalLevel(levels);
    const stored = assessments.get(goal.id);
    return {
      goalId: goal.id,
      key: goal.key,
      title: goal.title,
      level: goal.level,
      ownerNodeId: goal.ownerNodeId,
      suggested: { level: suggested, label: labelOf(scale, suggested) },
      assessment: {
        whatHappened: stored?.whatHappened ?? '',
        why: stored?.why ?? '',
        nextSteps: stored?.nextSteps ?? '',
        selfLevel: stored?.selfLevel ?? null,
        selfJustification: stored?.selfJustification ?? '',
      },
      indicators,
    };
  });
  const userRef = (id: string | null) => (id && users.has(id) ? { id, displayName: users.get(id)! } : null);
  return {
    ...toSummary(ref),
    submittedBy: userRef(ref.submittedBy),
    decidedBy: userRef(ref.decidedBy),
    reopenReason: ref.reopenReason,
    editable,
    levels: levelsOf(scale),
    goals,
    openActions,
  };
}

export function toSummary(ref: ReportRef): ReportSummaryDto {
  return {
    id: ref.id,
    orgNode: ref.node,
    period: ref.period,
    status: ref.status,
    version: ref.version,
    submittedAt: ref.submittedAt ? new Date(ref.submittedAt).toISOString() : null,
    decidedAt: ref.decidedAt ? new Date(ref.decidedAt).toISOString() : null,
    returnComment: ref.returnComment,
    updatedAt: new Date(ref.updatedAt).toISOString(),
  };
}

/** A computed rate's value is numerator / denominator × scale for the same node and period. */
export function valueOf(indicator: ContentIndicator, periodKey: string, values: ValueMap): number | null {
  if (!indicator.computed) return values.get(cellKey(indicator.id, periodKey))?.value ?? null;
  const numerator = values.get(cellKey(indicator.numeratorIndicatorId!, periodKey))?.value;
  const denominator = values.get(cellKey(indicator.denominatorIndicatorId!, periodKey))?.value;
  if (numerator === undefined || denominator === undefined || denominator === 0) return null;
  return (numerator / denominator) * (indicator.scale ?? 1);
}

function indicatorRow(
  indicator: ContentIndicator,
  ref: ReportRef,
  values: ValueMap,
  targets: Map<string, number>,
  kommun: TargetScale,
): ReportIndicatorDto {
  const stored = values.get(cellKey(indicator.id, indicator.valuePeriodKey));
  const value = valueOf(indicator, indicator.valuePeriodKey, values);
  const target = targetFor(targets, indicator.id, indicator.valuePeriodKey);
  const scale = indicatorScale(indicator.levelScale, kommun);
  const assessment = indicator.targeted
    ? assessIndicatorForPeriod(
        {
          value,
          target,
          direction: indicator.direction,
          valuePeriodKey: stored?.referencePeriodKey ?? indicator.valuePeriodKey,
          judgedPeriodKey: ref.period.periodKey,
          periodicity: indicator.periodicity,
        },
        scale,
        periodOptions(ref.period),
      )
    : null;
  return {
    indicatorId: indicator.id,
    key: indicator.key,
    name: indicator.name,
    unit: indicator.unit,
    link: indicator.link,
    direction: indicator.direction,
    periodicity: indicator.periodicity,
    targeted: indicator.targeted,
    computed: indicator.computed,
    frozenReason: indicator.frozen?.reason ?? null,
    periodKey: indicator.valuePeriodKey,
    value,
    referencePeriodKey: stored?.referencePeriodKey ?? null,
    comment: stored?.comment ?? null,
    previousPeriodKey: indicator.previousPeriodKey,
    previousValue: valueOf(indicator, indicator.previousPeriodKey, values),
    target,
    assessment: assessment
      ? { level: assessment.level, label: assessment.label, attainment: assessment.attainment, reason: assessment.reason }
      : null,
  };
}

function labelOf(scale: TargetScale, level: number): string {
  return levelsOf(scale).find((l) => l.level === level)?.label ?? scale.notAssessedLabel;
}
