import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { proposeBodyLevel, type TargetScale } from '@resultatkedjan/domain';
import type { GoalAssessmentDto, GoalAssessmentsView, GoalChainView, UnitSelfAssessmentDto } from '@resultatkedjan/contracts';
import type { AuthContext } from '../auth/auth-context.js';
import { AuditService } from '../audit/audit.service.js';
import { addFieldError, assertNoRuleViolations, ruleViolation, type FieldErrors } from '../common/errors/field-errors.js';
import { TenantDb } from '../platform/database/tenant/tenant-db.service.js';
import { GoalChainService } from '../chain/view/goal-chain.service.js';
import { findReadableGoal } from '../goals/goal-scope.js';
import { orgNodeQueries } from '../org/org-node.queries.js';
import { periodQueries } from '../periods/period.queries.js';
import type { PeriodRow } from '../periods/period-row.js';
import { reportQueries, type UnitSelfAssessmentRow } from '../reports/report.queries.js';
import { kommunScale, levelsOf } from '../reports/content/target-scales.js';
import type { RecordGoalAssessmentDto } from './dto/goal-assessment.dto.js';
import { goalAssessmentQueries as queries, type GoalAssessmentRow } from './goal-assessment.queries.js';
import { assertMayRecordTier, tierFieldErrors } from './tier-rules.js';

/**
 * Goal assessments up the chain (R-4, R-44): the units' self-assessments (from their reports) first, then the
 * förvaltning's, the nämnd's (or bolag board's) and, for KF's goals, KS's — each a person's sammanvägd bedömning
 * with a justification, beside a level the API proposes from the indicators and the units.
 */
@Injectable()
export class GoalAssessmentsService {
  constructor(
    private readonly db: TenantDb,
    private readonly audit: AuditService,
    private readonly chains: GoalChainService,
  ) {}

  /** Without a period: the one that opened last. */
  async view(auth: AuthContext, goalId: string, periodId: string | undefined): Promise<GoalAssessmentsView> {
    const base = await this.db.run(auth.tenantId, async (m) => {
      const goal = await findReadableGoal(m, auth, goalId);
      const period = periodId ? await periodOrFieldError(m, periodId) : await latestOrFieldError(m);
      const [scale, units, tiers] = await Promise.all([
        kommunScale(m, auth.tenantId),
        reportQueries.selfAssessmentsOfGoal(m, goalId, period.id),
        queries.ofGoal(m, goalId, period.id),
      ]);
      return { goal, period, scale, units, tiers };
    });
    // The chain view reads in its own transaction (and cache); never inside another one (one session on PGlite).
    const indicatorLevels = await this.indicatorLevels(auth, goalId, base.goal.ownerNodeId, base.period.period_key);
    const proposal = proposeBodyLevel(indicatorLevels, base.units.map((u) => u.self_level));
    const label = (level: number | null) => labelOf(base.scale, level);
    return {
      goalId,
      periodId: base.period.id,
      periodKey: base.period.period_key,
      levels: levelsOf(base.scale),
      units: base.units.map((u) => toUnitDto(u, base.scale)),
      tiers: base.tiers.map((row) => toDto(row, base.scale)),
      proposal: { ...proposal, label: label(proposal.level) },
    };
  }

  /** Records (or replaces) the body's assessment; the proposal in force is stored beside the chosen level. */
  async record(auth: AuthContext, goalId: string, body: RecordGoalAssessmentDto): Promise<GoalAssessmentDto> {
    const { proposal } = await this.view(auth, goalId, body.periodId);
    return this.db.run(auth.tenantId, async (m) => {
      const goal = await findReadableGoal(m, auth, goalId);
      const [bodyNode, owner] = await Promise.all([orgNodeQueries.find(m, body.orgNodeId), orgNodeQueries.find(m, goal.ownerNodeId)]);
      if (!bodyNode) throw ruleViolation({ orgNodeId: ['Organisationsenheten finns inte.'] });
      await assertMayRecordTier(m, auth, body.tier, bodyNode.id);
      const scale = await kommunScale(m, auth.tenantId);
      const fields: FieldErrors = await tierFieldErrors(m, body.tier, bodyNode, { ownerNodeId: goal.ownerNodeId, ownerKind: owner!.kind });
      if (!levelsOf(scale).some((l) => l.level === body.level)) addFieldError(fields, 'level', 'Nivån finns inte på kommunens skala.');
      const justification = body.justification.trim();
      if (justification === '') addFieldError(fields, 'justification', 'Skriv en motivering till bedömningen.');
      assertNoRuleViolations(fields);

      const key = { goalId, periodId: body.periodId, tier: body.tier, orgNodeId: bodyNode.id };
      const before = await queries.lockOne(m, key);
      const id = await queries.upsert(m, auth.tenantId, {
        ...key, level: body.level, justification, proposedLevel: proposal.level, assessedByUserId: auth.userId,
      });
      const after = toDto((await queries.find(m, id))!, scale);
      await this.audit.record(m, auth, {
        action: before ? 'update' : 'create',
        entityType: 'goal_assessment',
        entityId: id,
        before: before ? toDto(before, scale) : null,
        after,
      });
      return after;
    });
  }

  /** Levels of the goal's indicators at its owner in the period, as the chain view assesses them. */
  private async indicatorLevels(auth: AuthContext, goalId: string, ownerNodeId: string, periodKey: string): Promise<number[]> {
    const chain = JSON.parse((await this.chains.view(auth, goalId, { periods: [periodKey] })).body) as GoalChainView;
    return chain.elements.flatMap((e) =>
      e.indicators.flatMap((i) => i.figures.filter((f) => f.orgNodeId === ownerNodeId && f.periodKey === periodKey).map((f) => f.assessment.level)),
    );
  }
}

export async function periodOrFieldError(m: EntityManager, periodId: string): Promise<PeriodRow> {
  const period = await periodQueries.findPeriod(m, periodId);
  if (!period) throw ruleViolation({ periodId: ['Perioden finns inte.'] });
  return period;
}

async function latestOrFieldError(m: EntityManager): Promise<PeriodRow> {
  const period = await periodQueries.latestOpened(m);
  if (!period) throw ruleViolation({ periodId: ['Ingen uppföljningsperiod har öppnats ännu.'] });
  return period;
}

export function labelOf(scale: TargetScale, level: number | null): string {
  return levelsOf(scale).find((l) => l.level === level)?.label ?? scale.notAssessedLabel;
}

export function toUnitDto(u: UnitSelfAssessmentRow, scale: TargetScale): UnitSelfAssessmentDto {
  return {
    reportId: u.report_id,
    orgNodeId: u.org_node_id,
    orgNodeName: u.org_node_name,
    level: u.self_level,
    label: labelOf(scale, u.self_level),
    justification: u.self_justification,
    whatHappened: u.what_happened,
    why: u.why,
    nextSteps: u.next_steps,
  };
}

export function toDto(row: GoalAssessmentRow, scale: TargetScale): GoalAssessmentDto {
  return {
    id: row.id,
    goalId: row.goal_id,
    periodId: row.period_id,
    tier: row.tier,
    orgNodeId: row.org_node_id,
    orgNodeName: row.org_node_name,
    level: row.level,
    label: labelOf(scale, row.level),
    justification: row.justification,
    proposedLevel: row.proposed_level,
    assessedByUserId: row.assessed_by_user_id ?? '',
    assessedByName: row.assessed_by_name ?? '',
    assessedAt: new Date(row.assessed_at).toISOString(),
  };
}
