import type { EntityManager } from 'typeorm';
import { Action, Role, roleAllows } from '@resultatkedjan/contracts';
import type { AuthContext } from '../auth/auth-context.js';
import { orgTreeQueries } from '../org/org-tree.queries.js';

type NodeSet = ReadonlySet<string> | 'all';

/**
 * Where the caller may enter values. `full`: any indicator (controller, enhetschef …); `economic`: only
 * indicators on the resurs link (the ekonom role, DOMAIN.md 3.3 "economic values").
 */
export interface ValueWriteScope {
  full: NodeSet;
  economic: NodeSet;
}

const has = (set: NodeSet, id: string) => set === 'all' || set.has(id);

/** Whether the caller may write `link` values for `nodeId`; null if allowed, else which rule refuses. */
export function refusal(scope: ValueWriteScope, nodeId: string, link: string): 'node' | 'economic' | null {
  if (has(scope.full, nodeId)) return null;
  if (has(scope.economic, nodeId)) return link === 'resurs' ? null : 'economic';
  return 'node';
}

/** Resolves both scopes with at most one query (none when the grants cover the whole kommun). */
export async function valueWriteScope(m: EntityManager, auth: AuthContext): Promise<ValueWriteScope> {
  const grants = auth.grants.filter((g) => roleAllows(g.role, Action.valueWrite));
  const fullRoots = grants.filter((g) => g.role !== Role.ekonom).map((g) => g.orgNodeId);
  const economicRoots = grants.filter((g) => g.role === Role.ekonom).map((g) => g.orgNodeId);
  const fullAll = fullRoots.includes(null);
  const economicAll = fullAll || economicRoots.includes(null);
  const roots = [
    ...(fullAll ? [] : fullRoots.filter((id): id is string => id !== null).map((id) => ({ id, economic: false }))),
    ...(economicAll ? [] : economicRoots.filter((id): id is string => id !== null).map((id) => ({ id, economic: true }))),
  ];
  const full = new Set<string>();
  const economic = new Set<string>();
  if (roots.length > 0) {
    const economicRootIds = new Set(roots.filter((r) => r.economic).map((r) => r.id));
    const fullRootIds = new Set(roots.filter((r) => !r.economic).map((r) => r.id));
    for (const { rootId, nodeId } of await orgTreeQueries.subtreePairs(m, [...new Set(roots.map((r) => r.id))])) {
      if (fullRootIds.has(rootId)) full.add(nodeId);
      if (economicRootIds.has(rootId)) economic.add(nodeId);
    }
  }
  return { full: fullAll ? 'all' : full, economic: economicAll ? 'all' : economic };
}
