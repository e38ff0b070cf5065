import type { EntityManager } from 'typeorm';
import { In } from 'typeorm';
import { GoalLink } from './goal-link.entity.js';

/** The further goals each goal also serves, in one query. */
export async function alsoServesOf(m: EntityManager, goalIds: string[]): Promise<Map<string, string[]>> {
  const result = new Map<string, string[]>(goalIds.map((id) => [id, []]));
  if (goalIds.length === 0) return result;
  for (const link of await m.find(GoalLink, { where: { goalId: In(goalIds) } })) result.get(link.goalId)?.push(link.servesGoalId);
  return result;
}

export async function replaceAlsoServes(m: EntityManager, tenantId: string, goalId: string, servesGoalIds: string[]): Promise<void> {
  await m.delete(GoalLink, { goalId });
  if (servesGoalIds.length > 0) await m.insert(GoalLink, servesGoalIds.map((servesGoalId) => ({ tenantId, goalId, servesGoalId })));
}
