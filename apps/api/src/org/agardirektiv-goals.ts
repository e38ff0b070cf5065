import type { EntityManager } from 'typeorm';
import type { GoalLevel } from '@resultatkedjan/contracts';
import type { DraftVisibility } from '../goals/draft-visibility.js';
import { goalQueries } from '../goals/goal.queries.js';

/** An ägardirektiv serves KF's steering: the vision, an inriktningsmål or a finansiellt mål. */
export const DIRECTIVE_GOAL_LEVELS: readonly GoalLevel[] = ['vision', 'inriktningsmal', 'finansiellt_mal'];

/**
 * Problems with the goals a directive should serve, keyed `servesGoalIds`; empty when all fit. A new link to a draft the
 * writer may not read is "finns inte", as everywhere else; the links it had stay.
 */
export async function servedGoalProblems(
  m: EntityManager,
  goalIds: string[],
  visibility: DraftVisibility,
  linkedBefore: readonly string[] = [],
): Promise<Record<string, string[]>> {
  if (goalIds.length === 0) return {};
  const goals = await goalQueries.linkable(m, goalIds, visibility, linkedBefore);
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

/** a directive that serves no KF goal or the vision is allowed, but warned about. */
export function directiveWarnings(servesGoalIds: string[]): string[] {
  return servesGoalIds.length === 0
    ? ['Ägardirektivet är inte kopplat till något inriktningsmål, finansiellt mål eller visionen (R-28). Koppla det så att bolagets mål syns i styrkedjan.']
    : [];
}
