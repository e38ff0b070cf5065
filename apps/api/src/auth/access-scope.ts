import { ForbiddenException } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { roleAllows, type Action } from '@resultatkedjan/contracts';
import type { AuthContext } from './auth-context.js';

/** Org nodes under which the caller may do `action`; null in the list means the whole kommun. */
export function grantedRoots(auth: AuthContext, action: Action): (string | null)[] {
  return auth.grants.filter((g) => roleAllows(g.role, action)).map((g) => g.orgNodeId);
}

/** Throws 403 unless `nodeId` lies in a subtree where the caller may do `action`. One query. */
export async function assertNodeInScope(m: EntityManager, auth: AuthContext, action: Action, nodeId: string): Promise<void> {
  const roots = grantedRoots(auth, action);
  if (roots.includes(null)) return;
  if (roots.length > 0) {
    const rows: { id: string }[] = await m.query(
      `WITH RECURSIVE up AS (
         SELECT id, parent_id FROM org_node WHERE id = $1
         UNION ALL SELECT n.id, n.parent_id FROM org_node n JOIN up ON n.id = up.parent_id)
       SELECT id FROM up WHERE id = ANY($2::uuid[])`,
      [nodeId, roots],
    );
    if (rows.length > 0) return;
  }
  throw new ForbiddenException('Du har inte behörighet för den här delen av organisationen.');
}

/** Every node id the caller may do `action` on, or 'all'. One query. */
export async function nodesInScope(m: EntityManager, auth: AuthContext, action: Action): Promise<Set<string> | 'all'> {
  const roots = grantedRoots(auth, action);
  if (roots.includes(null)) return 'all';
  if (roots.length === 0) return new Set();
  const rows: { id: string }[] = await m.query(
    `WITH RECURSIVE down AS (
       SELECT id FROM org_node WHERE id = ANY($1::uuid[])
       UNION SELECT n.id FROM org_node n JOIN down ON n.parent_id = down.id)
     SELECT id FROM down`,
    [roots],
  );
  return new Set(rows.map((r) => r.id));
}
