import { ForbiddenException, NotFoundException } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { Action } from '@resultatkedjan/contracts';
import { assertNodeInScope, grantedRoots } from '../auth/access-scope.js';
import type { AuthContext } from '../auth/auth-context.js';
import { draftVisibilityOf } from './draft-visibility.js';
import type { Goal } from './goal.entity.js';
import { goalQueries } from './goal.queries.js';

/**
 * The goal if the caller may read it (a draft only within their draft scope or on remiss to it, draft-visibility.ts);
 * otherwise 404 naming `what`, the same answer as for a goal that does not exist.
 */
export async function findReadableGoal(m: EntityManager, auth: AuthContext, goalId: string, what = 'Målet'): Promise<Goal> {
  const goal = await goalQueries.findReadable(m, goalId, draftVisibilityOf(auth));
  if (!goal) throw new NotFoundException(`${what} finns inte.`);
  return goal;
}

/**
 * Writing a goal needs goal:write on its owner node. A decided goal (beslutad) is a minuted decision:
 * only someone who may record decisions there (goal:decide) may change or delete it.
 */
export async function assertMayWriteGoal(m: EntityManager, auth: AuthContext, goal: Pick<Goal, 'status'>, ownerNodeId: string): Promise<void> {
  await assertNodeInScope(m, auth, Action.goalWrite, ownerNodeId);
  if (goal.status === 'beslutad') await assertMayDecide(m, auth, ownerNodeId, 'Målet är beslutat och kan bara ändras av den som får registrera beslut.');
}

export async function assertMayDecide(m: EntityManager, auth: AuthContext, ownerNodeId: string, message = 'Du får inte registrera beslut.'): Promise<void> {
  if (grantedRoots(auth, Action.goalDecide).length === 0) throw new ForbiddenException(message);
  await assertNodeInScope(m, auth, Action.goalDecide, ownerNodeId);
}
