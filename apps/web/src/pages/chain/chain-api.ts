import type { GoalChainView, OrgTreeNode } from '@resultatkedjan/contracts';
import { queryOptions } from '@tanstack/react-query';
import { apiGet, queryString } from '../../api/client';

const BASE = '/api/v1';

/** The four quarters of a year: the chain view asks for these and adds the year itself (`year`). */
export function quartersOf(year: number): string[] {
  return [1, 2, 3, 4].map((q) => `${year}-Q${q}`);
}

/** GET /goals/:id/chain?periods=2025-Q1,…&year=2025&orgNodeIds=… */
export function chainViewQuery(goalId: string, year: number, orgNodeIds: string[]) {
  const nodes = [...orgNodeIds].sort().join(',');
  return queryOptions({
    queryKey: ['chain', goalId, year, nodes] as const,
    queryFn: () =>
      apiGet<GoalChainView>(
        `${BASE}/goals/${encodeURIComponent(goalId)}/chain${queryString({
          periods: quartersOf(year).join(','),
          year,
          orgNodeIds: nodes || undefined,
        })}`,
      ),
  });
}

export const orgTreeQuery = queryOptions({
  queryKey: ['org-nodes', 'tree'],
  queryFn: () => apiGet<OrgTreeNode[]>(`${BASE}/org-nodes/tree`),
  staleTime: 5 * 60_000,
});

export interface FlatOrgNode {
  id: string;
  name: string;
  depth: number;
}

/** The tree in depth-first order with each node's depth (for an indented select). */
export function flattenTree(roots: readonly OrgTreeNode[], depth = 0): FlatOrgNode[] {
  return roots.flatMap((n) => [{ id: n.id, name: n.name, depth }, ...flattenTree(n.children ?? [], depth + 1)]);
}
