import type { GoalDto } from '@resultatkedjan/contracts';
import type { Goal } from './goal.entity.js';

export function toGoalDto(goal: Goal, alsoServesGoalIds: string[]): GoalDto {
  return {
    id: goal.id,
    key: goal.key,
    level: goal.level,
    title: goal.title,
    description: goal.description,
    ownerNodeId: goal.ownerNodeId,
    parentGoalId: goal.parentGoalId,
    alsoServesGoalIds: [...alsoServesGoalIds].sort(),
    geh: goal.geh,
    mandatperiodId: goal.mandatperiodId,
    validFromYear: goal.validFromYear,
    validToYear: goal.validToYear,
    reviewDate: goal.reviewDate,
    status: goal.status,
    decision: goal.decision,
    sortOrder: goal.sortOrder,
    version: goal.version,
    updatedAt: goal.updatedAt instanceof Date ? goal.updatedAt.toISOString() : String(goal.updatedAt),
  };
}
