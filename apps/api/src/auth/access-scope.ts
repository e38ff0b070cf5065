import { ForbiddenException } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { roleAllows, type Action } from '@resultatkedjan/contracts';
import type { AuthContext } from './auth-context.js';
import { orgTreeQueries } from '../org/org-tree.queries.js';

/** Org nodes under which the caller may do `action`; null in the list means the whole kommun. */
export function grantedRoots(auth: AuthContext, action: Action): (string | null)[] {
  return auth.grants.filter((g) => roleAllows(g.role, action)).map((g) => g.orgNodeId);
}

/** Throws 403 unless `nodeId` lies in a subtree where the caller may do `action`. One query. */
export async function assertNodeInScope(m: EntityManager, auth: AuthContext, action: Action, nodeId: string): Promise<void> {
  const roots = grantedRoots(auth, action);
  if (roots.includes(null)) return;
  const nodeRoots = roots.filter((id): id is string => id !== null);
  if (nodeRoots.length > 0 && (await orgTreeQueries.isWithin(m, nodeId, nodeRoots))) return;
  throw new ForbiddenException('Du har inte behörighet för den här delen av organisationen.');
}

/** Every node id the caller may do `action` on, or 'all'. One query. */
export async function nodesInScope(m: EntityManager, auth: AuthContext, action: Action): Promise<Set<string> | 'all'> {
  const roots = grantedRoots(auth, action);
  if (roots.includes(null)) return 'all';
  if (roots.length === 0) return new Set();
  return new Set(await orgTreeQueries.subtreeIds(m, roots.filter((id): id is string => id !== null)));
}
