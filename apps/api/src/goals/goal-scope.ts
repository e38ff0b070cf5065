import { ForbiddenException } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { Action } from '@resultatkedjan/contracts';
import { assertNodeInScope, grantedRoots } from '../auth/access-scope.js';
import type { AuthContext } from '../auth/auth-context.js';
import type { Goal } from './goal.entity.js';

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
