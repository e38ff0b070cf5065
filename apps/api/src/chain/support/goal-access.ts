import type { EntityManager } from 'typeorm';
import { Action } from '@resultatkedjan/contracts';
import type { AuthContext } from '../../auth/auth-context.js';
import { assertNodeInScope } from '../../auth/access-scope.js';
import { orNotFound } from '../../common/errors/not-found.js';
import type { Goal } from '../../goals/goal.entity.js';
import { goalQueries } from '../../goals/goal.queries.js';

/** The goal in the caller's kommun (RLS), or 404. */
export async function findGoal(m: EntityManager, goalId: string): Promise<Goal> {
  return orNotFound(await goalQueries.find(m, goalId), 'Målet');
}

/** The goal, provided the caller may define chains under its owner node (403 otherwise). */
export async function goalForChainWrite(m: EntityManager, auth: AuthContext, goalId: string): Promise<Goal> {
  const goal = await findGoal(m, goalId);
  await assertNodeInScope(m, auth, Action.chainWrite, goal.ownerNodeId);
  return goal;
}
