import type { EntityManager } from 'typeorm';
import type { DraftVisibility } from './draft-visibility.js';
import type { GoalLevel } from '@resultatkedjan/contracts';
import type { OrgNode } from '../org/org-node.entity.js';
import { orgNodeQueries } from '../org/org-node.queries.js';
import { yearRangeProblem } from '../org/year-range.js';
import type { Goal } from './goal.entity.js';
import { goalQueries } from './goal.queries.js';
import { LEVEL_LABELS, mayAlsoServe, ownerKindProblem, parentLevelProblem } from './goal-rules.js';
import { mandatperiodQueries } from './mandatperiod.queries.js';

/** A goal as it would be after the write. */
export interface GoalCandidate {
  id?: string;
  level: GoalLevel;
  ownerNodeId: string;
  parentGoalId: string | null;
  alsoServesGoalIds: string[];
  mandatperiodId: string | null;
  validFromYear: number;
  validToYear: number | null;
}

export interface GoalCheck {
  owner: OrgNode | null;
  fields: Record<string, string[]>;
}

/**
 * Every rule on a goal's place in the cascade, keyed by field: owner kind fits the level, the parent is one
 * level up, further served goals are higher up, the mandatperiod exists, the years are in order. Rows of
 * another kommun are invisible (row-level security), and so are drafts the writer may not read (draft-visibility.ts):
 * both read as "finns inte", so a goal is never newly linked to a draft its writer cannot see (`linkedBefore`: the
 * links it has, which stay). A few small queries.
 */
export async function checkGoal(
  m: EntityManager,
  goal: GoalCandidate,
  visibility: DraftVisibility,
  linkedBefore: readonly string[] = [],
): Promise<GoalCheck> {
  const fields: Record<string, string[]> = {};
  const add = (field: string, message: string) => (fields[field] ??= []).push(message);

  const owner = await orgNodeQueries.find(m, goal.ownerNodeId);
  if (!owner) add('ownerNodeId', 'Organisationsenheten finns inte.');
  else {
    const problem = ownerKindProblem(goal.level, owner.kind);
    if (problem) add('ownerNodeId', problem);
  }

  const relatedIds = [...(goal.parentGoalId ? [goal.parentGoalId] : []), ...goal.alsoServesGoalIds];
  const related = relatedIds.length > 0
    ? new Map((await goalQueries.linkable(m, relatedIds, visibility, linkedBefore)).map((g) => [g.id, g]))
    : new Map<string, Goal>();

  if (goal.parentGoalId) {
    const parent = related.get(goal.parentGoalId);
    if (!parent) add('parentGoalId', 'Det överordnade målet finns inte.');
    else if (parent.id === goal.id) add('parentGoalId', 'Ett mål kan inte vara överordnat sig självt.');
    else {
      const problem = parentLevelProblem(goal.level, parent.level);
      if (problem) add('parentGoalId', problem);
    }
  }

  for (const servedId of goal.alsoServesGoalIds) {
    const served = related.get(servedId);
    if (!served) add('alsoServesGoalIds', `Målet ${servedId} finns inte.`);
    else if (servedId === goal.parentGoalId) add('alsoServesGoalIds', `${served.key} är redan det överordnade målet.`);
    else if (!mayAlsoServe(goal.level, served.level)) {
      add('alsoServesGoalIds', `${served.key} (${LEVEL_LABELS[served.level]}) ligger inte högre upp i kedjan än målet självt.`);
    }
  }

  if (goal.mandatperiodId && !(await mandatperiodQueries.exists(m, goal.mandatperiodId))) {
    add('mandatperiodId', 'Mandatperioden finns inte.');
  }
  Object.assign(fields, yearRangeProblem(goal.validFromYear, goal.validToYear));
  return { owner, fields };
}
