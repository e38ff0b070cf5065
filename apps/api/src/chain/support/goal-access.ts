import type { EntityManager } from 'typeorm';
import { Action } from '@resultatkedjan/contracts';
import type { AuthContext } from '../../auth/auth-context.js';
import { assertNodeInScope } from '../../auth/access-scope.js';
import type { Goal } from '../../goals/goal.entity.js';
import { findReadableGoal } from '../../goals/goal-scope.js';

/** The goal in the caller's kommun (RLS) if the caller may read it (a draft only in their draft scope), or 404. */
export async function findGoal(m: EntityManager, auth: AuthContext, goalId: string): Promise<Goal> {
  return findReadableGoal(m, auth, goalId);
}

/** The goal, provided the caller may define chains under its owner node (403 otherwise; 404 for a draft they may not read). */
export async function goalForChainWrite(m: EntityManager, auth: AuthContext, goalId: string): Promise<Goal> {
  const goal = await findGoal(m, auth, goalId);
  await assertNodeInScope(m, auth, Action.chainWrite, goal.ownerNodeId);
  return goal;
}
