import type { EntityManager } from 'typeorm';
import type { AuditEntry } from '../../audit/audit.service.js';
import type { ReportGoalAssessment } from '../report-goal-assessment.entity.js';
import type { ReportRef } from '../support/report-ref.js';

/** Narrative and self-assessment for one goal; undefined fields keep what is stored. */
export interface AssessmentEdit {
  goalId: string;
  whatHappened?: string;
  why?: string;
  nextSteps?: string;
  selfLevel?: number | null;
  selfJustification?: string;
}

type Fields = Pick<ReportGoalAssessment, 'whatHappened' | 'why' | 'nextSteps' | 'selfLevel' | 'selfJustification'>;
const EMPTY: Fields = { whatHappened: '', why: '', nextSteps: '', selfLevel: null, selfJustification: '' };

/** Upserts the changed assessments in one statement and returns their audit entries. */
export async function writeAssessments(
  m: EntityManager,
  auth: { tenantId: string },
  ref: ReportRef,
  edits: AssessmentEdit[],
  stored: Map<string, ReportGoalAssessment>,
): Promise<AuditEntry[]> {
  const changes: { goalId: string; before: Fields | null; after: Fields }[] = [];
  for (const edit of edits) {
    const existing = stored.get(edit.goalId);
    const base: Fields = existing ? pick(existing) : EMPTY;
    const after: Fields = {
      whatHappened: edit.whatHappened ?? base.whatHappened,
      why: edit.why ?? base.why,
      nextSteps: edit.nextSteps ?? base.nextSteps,
      selfLevel: edit.selfLevel === undefined ? base.selfLevel : edit.selfLevel,
      selfJustification: edit.selfJustification ?? base.selfJustification,
    };
    if (JSON.stringify(after) !== JSON.stringify(base) || !existing) changes.push({ goalId: edit.goalId, before: existing ? base : null, after });
  }
  if (changes.length === 0) return [];
  const rows: { id: string; goal_id: string }[] = await m.query(
    `INSERT INTO report_goal_assessment (tenant_id, report_id, goal_id, what_happened, why, next_steps, self_level, self_justification)
     SELECT $1, $2, t.goal_id, t.what_happened, t.why, t.next_steps, t.self_level, t.self_justification
       FROM unnest($3::uuid[], $4::text[], $5::text[], $6::text[], $7::int[], $8::text[])
         AS t(goal_id, what_happened, why, next_steps, self_level, self_justification)
     ON CONFLICT ON CONSTRAINT "UQ_report_goal_assessment" DO UPDATE SET
       what_happened = EXCLUDED.what_happened, why = EXCLUDED.why, next_steps = EXCLUDED.next_steps,
       self_level = EXCLUDED.self_level, self_justification = EXCLUDED.self_justification
     RETURNING id, goal_id`,
    [
      auth.tenantId,
      ref.id,
      changes.map((c) => c.goalId),
      changes.map((c) => c.after.whatHappened),
      changes.map((c) => c.after.why),
      changes.map((c) => c.after.nextSteps),
      changes.map((c) => c.after.selfLevel),
      changes.map((c) => c.after.selfJustification),
    ],
  );
  const idOf = new Map(rows.map((r) => [r.goal_id, r.id]));
  const context = { reportId: ref.id, orgNodeId: ref.orgNodeId };
  return changes.map((c) => ({
    action: c.before ? 'update' : 'create',
    entityType: 'report_goal_assessment',
    entityId: idOf.get(c.goalId)!,
    before: c.before ? { ...context, goalId: c.goalId, ...c.before } : null,
    after: { ...context, goalId: c.goalId, ...c.after },
  }));
}

function pick(a: ReportGoalAssessment): Fields {
  return { whatHappened: a.whatHappened, why: a.why, nextSteps: a.nextSteps, selfLevel: a.selfLevel, selfJustification: a.selfJustification };
}
