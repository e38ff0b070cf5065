import type { EntityManager } from 'typeorm';
import type { AuditEntry } from '../../audit/audit.service.js';
import type { ReportGoalAssessment } from '../report-goal-assessment.entity.js';
import { reportQueries } from '../report.queries.js';
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
  const idOf = await reportQueries.upsertAssessments(m, auth.tenantId, ref.id, changes.map((c) => ({ goalId: c.goalId, ...c.after })));
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
