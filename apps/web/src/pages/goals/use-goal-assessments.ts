import { Action } from '@resultatkedjan/contracts';
import { useQuery } from '@tanstack/react-query';
import { yearChainsQuery, type CascadeNode, type GoalAssessmentSummary } from '../../api/goals';
import { useAuth } from '../../auth/use-auth';
import { useLevelNames } from '../../lib/use-level-names';
import { MEASURED_LEVELS, summarizeChain } from './goal-assessment';

/**
 * Måluppfyllelse and trend per goal of the tree, derived from each goal's result indicators at its owner. All the
 * year's chains come in one request (GET /chains?year=); goals whose cascade node carries an assessment keep it.
 */
export function useGoalAssessments(nodes: readonly CascadeNode[], year: number): ReadonlyMap<string, GoalAssessmentSummary> {
  const { can } = useAuth();
  const names = useLevelNames();
  const measured = nodes.filter((n) => MEASURED_LEVELS.includes(n.level) && !n.latestAssessment);
  const chains = useQuery({ ...yearChainsQuery(year), enabled: can(Action.valueRead) && measured.length > 0, retry: false });
  const byGoal = new Map((chains.data?.chains ?? []).map((c) => [c.goal.id, c]));
  const assessments = new Map<string, GoalAssessmentSummary>();
  for (const node of measured) {
    const chain = byGoal.get(node.id);
    const summary = chain ? summarizeChain(chain, node.ownerNode.id, year, names) : null;
    if (summary) assessments.set(node.id, summary);
  }
  return assessments;
}
