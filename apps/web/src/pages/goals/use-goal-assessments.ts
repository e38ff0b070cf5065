import { Action } from '@resultatkedjan/contracts';
import { useQueries } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { goalChainQuery, type CascadeNode, type GoalAssessmentSummary } from '../../api/goals';
import { useAuth } from '../../auth/use-auth';
import { MEASURED_LEVELS, summarizeChain } from './goal-assessment';

/**
 * Måluppfyllelse per goal of the tree, derived from each goal's result indicators (GET /goals/:id/chain) until the
 * cascade carries it itself (node.latestAssessment). The chains are fetched one after the other: they are a
 * decoration of the tree, and a burst of a dozen parallel requests is both wasteful and, on the embedded
 * database, able to upset the server.
 */
export function useGoalAssessments(nodes: readonly CascadeNode[], year: number): ReadonlyMap<string, GoalAssessmentSummary> {
  const { can } = useAuth();
  const measured = nodes.filter((n) => MEASURED_LEVELS.includes(n.level) && !n.latestAssessment);
  const [progress, setProgress] = useState({ year, limit: 1 });
  const limit = progress.year === year ? progress.limit : 1;
  const chains = useQueries({
    queries: measured.map((n, i) => ({
      ...goalChainQuery(n.id, [String(year - 1), String(year)]),
      enabled: can(Action.valueRead) && i < limit,
      retry: false,
    })),
  });

  const settled = chains.slice(0, limit).every((c) => c.isSuccess || c.isError);
  useEffect(() => {
    if (settled && limit < measured.length) setProgress({ year, limit: limit + 1 });
  }, [settled, limit, measured.length, year]);

  const assessments = new Map<string, GoalAssessmentSummary>();
  measured.forEach((n, i) => {
    const data = chains[i]?.data;
    const summary = data ? summarizeChain(data, n.ownerNode.id, year) : null;
    if (summary) assessments.set(n.id, summary);
  });
  return assessments;
}
