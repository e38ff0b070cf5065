import type { EntityManager } from 'typeorm';
import { In } from 'typeorm';
import type { GoalLevel } from '@resultatkedjan/contracts';
import { Goal } from '../goals/goal.entity.js';
import { AgardirektivGoal } from './agardirektiv-goal.entity.js';

/** An ägardirektiv serves KF's steering: the vision, an inriktningsmål or a finansiellt mål. */
export const DIRECTIVE_GOAL_LEVELS: readonly GoalLevel[] = ['vision', 'inriktningsmal', 'finansiellt_mal'];

/** Problems with the goals a directive should serve, keyed `servesGoalIds`; empty when all fit. One query. */
export async function servedGoalProblems(m: EntityManager, goalIds: string[]): Promise<Record<string, string[]>> {
  if (goalIds.length === 0) return {};
  const goals = await m.find(Goal, { select: { id: true, key: true, level: true }, where: { id: In(goalIds) } });
  const found = new Map(goals.map((g) => [g.id, g]));
  const messages: string[] = [];
  const missing = goalIds.filter((id) => !found.has(id));
  if (missing.length > 0) messages.push(`Målet finns inte: ${missing.join(', ')}.`);
  const wrongLevel = goals.filter((g) => !DIRECTIVE_GOAL_LEVELS.includes(g.level));
  if (wrongLevel.length > 0) {
    messages.push(`Ett ägardirektiv kan bara kopplas till visionen, inriktningsmål eller finansiella mål, inte till ${wrongLevel.map((g) => g.key).join(', ')}.`);
  }
  return messages.length > 0 ? { servesGoalIds: messages } : {};
}

/** The served goal ids per directive, in one query. */
export async function servedGoalIdsOf(m: EntityManager, directiveIds: string[]): Promise<Map<string, string[]>> {
  const result = new Map<string, string[]>(directiveIds.map((id) => [id, []]));
  if (directiveIds.length === 0) return result;
  const rows = await m.find(AgardirektivGoal, { where: { agardirektivId: In(directiveIds) }, order: { goalId: 'ASC' } });
  for (const row of rows) result.get(row.agardirektivId)?.push(row.goalId);
  return result;
}

export async function replaceServedGoals(m: EntityManager, tenantId: string, directiveId: string, goalIds: string[]): Promise<void> {
  await m.delete(AgardirektivGoal, { agardirektivId: directiveId });
  if (goalIds.length > 0) {
    await m.insert(AgardirektivGoal, goalIds.map((goalId) => ({ tenantId, agardirektivId: directiveId, goalId })));
  }
}

/** a directive that serves no KF goal or the vision is allowed, but warned about. */
export function directiveWarnings(servesGoalIds: string[]): string[] {
  return servesGoalIds.length === 0
    ? ['Ägardirektivet är inte kopplat till något inriktningsmål, finansiellt mål eller visionen (R-28). Koppla det så att bolagets mål syns i styrkedjan.']
    : [];
}
