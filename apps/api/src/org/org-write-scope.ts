import { ForbiddenException } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Action } from '@resultatkedjan/contracts';
import { assertNodeInScope, grantedRoots } from '../auth/access-scope.js';
import type { AuthContext } from '../auth/auth-context.js';

/**
 * 403 unless the caller may do `action` at `nodeId`; null means at the top of the kommun (e.g. a new
 * KF node), which needs a grant for the whole kommun.
 */
export async function assertMayWriteAt(m: EntityManager, auth: AuthContext, action: Action, nodeId: string | null): Promise<void> {
  if (nodeId !== null) return assertNodeInScope(m, auth, action, nodeId);
  if (!grantedRoots(auth, action).includes(null)) {
    throw new ForbiddenException('Du har inte behörighet för den här delen av organisationen.');
  }
}
