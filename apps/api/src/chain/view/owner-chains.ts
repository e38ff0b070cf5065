import type { EntityManager } from 'typeorm';
import { InexactSumsError } from '@resultatkedjan/domain';
import type { GoalChainView } from '@resultatkedjan/contracts';
import type { Goal } from '../../goals/goal.entity.js';
import { computeGoalChain, computeGoalChainFromSums } from './compute-goal-chain.js';
import { loadChainDefinitions, loadChainRawData, loadChainSums, loadRequestedNodes } from './goal-chain.loader.js';

/**
 * Each goal's chain at its owner node for the given periods, inside the caller's transaction: the same loads and
 * computation as GET /goals/:id/chain (subtree sums, the raw values for the few inexact ones), so a period snapshot
 * holds exactly what the chain view showed at the lock.
 */
export async function chainsAtOwners(
  m: EntityManager,
  goals: readonly Pick<Goal, 'id' | 'key' | 'title' | 'level' | 'status' | 'ownerNodeId'>[],
  periods: readonly string[],
): Promise<GoalChainView[]> {
  if (goals.length === 0) return [];
  const definitions = await loadChainDefinitions(m, goals);
  const loads = definitions.map((definition) => ({ definition, request: { periods: [...periods], orgNodeIds: [definition.goal.ownerNodeId] } }));
  const nodes = await loadRequestedNodes(m, [...new Set(loads.map((l) => l.definition.goal.ownerNodeId))]);
  const sums = await loadChainSums(m, loads);
  const views: (GoalChainView | null)[] = loads.map(({ definition, request }) => {
    try {
      return computeGoalChainFromSums({ ...definition, nodes: [...nodes], sums }, request);
    } catch (error) {
      if (error instanceof InexactSumsError) return null;
      throw error;
    }
  });
  const inexact = loads.filter((_, i) => views[i] === null);
  if (inexact.length > 0) {
    const raw = await loadChainRawData(m, inexact);
    let next = 0;
    views.forEach((view, i) => {
      if (view === null) views[i] = computeGoalChain(raw[next++]!, loads[i]!.request);
    });
  }
  return views as GoalChainView[];
}
