import { addDays, addMonths, type IsoDate } from '@resultatkedjan/domain';
import { RETIREMENT_MONTHS, REVIEW_REMINDER_DAYS, type IndicatorCareReport, type RetirementProposal, type ReviewDueItem } from '@resultatkedjan/contracts';
import type { EntityManager } from 'typeorm';
import type { DraftVisibility } from '../goals/draft-visibility.js';
import { goalQueries } from '../goals/goal.queries.js';
import { indicatorQueries } from '../chain/indicators/indicator.queries.js';
import { orgTreeQueries } from '../org/org-tree.queries.js';
import { valueQueries } from '../values/value.queries.js';

/**
 * Reviews due in the reminder window (and overdue ones from the last year, for the list), indicators then goals, of
 * the goals `visibility` reads (a caller's list leaves out the drafts they may not read).
 */
export async function reviewsDue(m: EntityManager, from: IsoDate, to: IsoDate, visibility: DraftVisibility): Promise<ReviewDueItem[]> {
  const indicators = await indicatorQueries.reviewDueBetween(m, from, to, visibility);
  const goals = await goalQueries.reviewDueBetween(m, from, to, visibility);
  const names = await nodeNames(m, [...indicators.map((i) => i.owner_node_id), ...goals.map((g) => g.owner_node_id)]);
  const items: ReviewDueItem[] = [
    ...indicators.map((i) => ({
      kind: 'indicator' as const, id: i.id, key: i.key, name: i.name, reviewDate: i.review_date, goalId: i.goal_id,
      ownerNodeId: i.owner_node_id, ownerName: names.get(i.owner_node_id) ?? '',
    })),
    ...goals.map((g) => ({
      kind: 'goal' as const, id: g.id, key: g.key, name: g.title, reviewDate: g.review_date, goalId: g.id,
      ownerNodeId: g.owner_node_id, ownerName: names.get(g.owner_node_id) ?? '',
    })),
  ];
  return items.sort((a, b) => a.reviewDate.localeCompare(b.reviewDate) || a.key.localeCompare(b.key, 'sv'));
}

/** Indicators older than RETIREMENT_MONTHS with no value recorded in that time (R-2: unused indicators). */
export async function retirementProposals(m: EntityManager, today: IsoDate, visibility: DraftVisibility): Promise<RetirementProposal[]> {
  const cutoff = addMonths(today, -RETIREMENT_MONTHS);
  const candidates = await indicatorQueries.createdBefore(m, cutoff, visibility);
  const last = await valueQueries.lastEnteredByIndicator(m, candidates.map((c) => c.id));
  const cutoffTime = Date.parse(`${cutoff}T00:00:00Z`);
  const unused = candidates.filter((c) => (last.get(c.id)?.getTime() ?? -Infinity) < cutoffTime);
  const names = await nodeNames(m, unused.map((c) => c.owner_node_id));
  return unused.map((c) => ({
    id: c.id, key: c.key, name: c.name, goalId: c.goal_id, goalKey: c.goal_key, ownerName: names.get(c.owner_node_id) ?? '',
    lastValueAt: last.get(c.id)?.toISOString() ?? null, createdAt: c.created_at.toISOString(),
  }));
}

export async function careReport(m: EntityManager, today: IsoDate, visibility: DraftVisibility): Promise<IndicatorCareReport> {
  return {
    today,
    reviewWithinDays: REVIEW_REMINDER_DAYS,
    reviewsDue: await reviewsDue(m, addDays(today, -365), addDays(today, REVIEW_REMINDER_DAYS), visibility),
    retirementProposals: await retirementProposals(m, today, visibility),
  };
}

async function nodeNames(m: EntityManager, ids: string[]): Promise<Map<string, string>> {
  return new Map((await orgTreeQueries.nodes(m, [...new Set(ids)])).map((n) => [n.id, n.name]));
}
