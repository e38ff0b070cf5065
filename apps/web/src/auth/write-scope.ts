import { Action, roleAllows, type GoalStatus, type OrgTreeNode } from '@resultatkedjan/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiGet } from '../api/client';
import type { RoleGrant } from './auth-api';
import { useAuth } from './use-auth';

export const orgTreeQuery = queryOptions({
  queryKey: ['org-nodes', 'tree'],
  queryFn: () => apiGet<OrgTreeNode[]>('/api/v1/org-nodes/tree'),
  staleTime: 5 * 60_000,
});

/** Each org node's parent, from the nested tree. */
export function parentIndex(roots: readonly OrgTreeNode[]): Map<string, string | null> {
  const parents = new Map<string, string | null>();
  const visit = (node: OrgTreeNode, parent: string | null) => {
    parents.set(node.id, parent);
    node.children.forEach((child) => visit(child, node.id));
  };
  roots.forEach((root) => visit(root, null));
  return parents;
}

/** Whether `nodeId` lies in a subtree where one of the grants allows `action` (null grant = whole kommun). */
export function inScope(
  grants: readonly RoleGrant[],
  action: Action,
  nodeId: string,
  parents: ReadonlyMap<string, string | null> | null,
): boolean {
  const roots = grants.filter((g) => roleAllows(g.role, action)).map((g) => g.orgNodeId);
  if (roots.includes(null)) return true;
  if (roots.length === 0 || parents === null) return false;
  const granted = new Set(roots);
  for (let id: string | null | undefined = nodeId; id; id = parents.get(id)) {
    if (granted.has(id)) return true;
  }
  return false;
}

/**
 * The API's rule for writing a goal (apps/api goals/goal-scope.ts), so the UI offers only what will be accepted:
 * goal:write on the owner node, and for a decided goal also goal:decide there.
 */
export function mayWriteGoal(
  grants: readonly RoleGrant[],
  goal: { ownerNodeId: string; status: GoalStatus },
  parents: ReadonlyMap<string, string | null> | null,
): boolean {
  if (!inScope(grants, Action.goalWrite, goal.ownerNodeId, parents)) return false;
  return goal.status !== 'beslutad' || inScope(grants, Action.goalDecide, goal.ownerNodeId, parents);
}

/** Write checks for the logged-in user; the org tree is fetched only when a grant is scoped to part of it. */
export function useGoalWriteScope() {
  const { me } = useAuth();
  const relevant = me.grants.filter((g) => roleAllows(g.role, Action.goalWrite) || roleAllows(g.role, Action.goalDecide));
  const needsTree = relevant.some((g) => g.orgNodeId !== null);
  const tree = useQuery({ ...orgTreeQuery, enabled: needsTree });
  const parents = tree.data ? parentIndex(tree.data) : null;
  return {
    mayWriteGoal: (goal: { ownerNodeId: string; status: GoalStatus }) => mayWriteGoal(me.grants, goal, parents),
    /** A new goal starts as a förslag, so goal:write on the owner is enough. */
    mayCreateAt: (ownerNodeId: string) => inScope(me.grants, Action.goalWrite, ownerNodeId, parents),
    /** Record a decision (goal:decide on the owner: the ordförande or a controller). */
    mayDecide: (ownerNodeId: string) => inScope(me.grants, Action.goalDecide, ownerNodeId, parents),
  };
}

/** Whether the user may build chains (chain:write) on goals owned by `ownerNodeId`, as the API checks it. */
export function useChainWriteScope() {
  const { me } = useAuth();
  const needsTree = me.grants.some((g) => roleAllows(g.role, Action.chainWrite) && g.orgNodeId !== null);
  const tree = useQuery({ ...orgTreeQuery, enabled: needsTree });
  const parents = tree.data ? parentIndex(tree.data) : null;
  return { mayWriteChain: (ownerNodeId: string) => inScope(me.grants, Action.chainWrite, ownerNodeId, parents) };
}
