import type { EntityManager } from 'typeorm';
import { parsePeriodKey } from '@resultatkedjan/domain';
import type { FollowUpKind, SnapshotFollowUp } from '@resultatkedjan/contracts';
import { goalAssessmentQueries } from '../assessments/goal-assessment.queries.js';
import { chainsAtOwners } from '../chain/view/owner-chains.js';
import { EVERY_GOAL } from '../goals/draft-visibility.js';
import { goalQueries } from '../goals/goal.queries.js';
import { grunduppdragQueries } from '../org/grunduppdrag.queries.js';
import { orgNodeQueries } from '../org/org-node.queries.js';
import { kommunScale, levelsOf } from '../reports/content/target-scales.js';
import { reportQueries } from '../reports/report.queries.js';
import { tenantQueries } from '../tenancy/tenant.queries.js';

/**
 * The follow-up content of a period at its lock: the org tree and grunduppdrag of the year, the goals valid in it,
 * each goal's chain at its owner for the period, and the assessments and narratives recorded for the period.
 * Drafts are kept with their status (the record of the lock); readers built on it (exports) take the decided goals.
 */
export async function buildSnapshotFollowUp(
  m: EntityManager,
  tenantId: string,
  period: { id: string; periodKey: string; kind: string; coversTo: string },
): Promise<SnapshotFollowUp> {
  const year = parsePeriodKey(period.periodKey).year;
  const tenant = await tenantQueries.find(m, tenantId);
  const scale = await kommunScale(m, tenantId);
  const nodes = await orgNodeQueries.all(m, period.coversTo);
  const goals = (await goalQueries.validInYearWithOwners(m, year, EVERY_GOAL)).sort(
    (a, b) => a.sortOrder - b.sortOrder || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0),
  );
  const goalIds = goals.map((g) => g.id);
  const chains = await chainsAtOwners(
    m,
    goals.map((g) => ({ id: g.id, key: g.key, title: g.title, level: g.level, status: g.status, ownerNodeId: g.ownerNode.id })),
    [period.periodKey],
  );
  const tiers = goalIds.length === 0 ? [] : await goalAssessmentQueries.ofGoals(m, goalIds, period.id);
  const selves = goalIds.length === 0 ? [] : await reportQueries.selfAssessmentsOfGoals(m, goalIds, period.id);
  const missions = await grunduppdragQueries.validInYear(m, year);
  return {
    kommunName: tenant?.name ?? '',
    periodKind: period.kind as FollowUpKind,
    levels: levelsOf(scale),
    orgNodes: nodes
      .map((n) => ({ id: n.id, key: n.key, name: n.name, kind: n.kind, parentId: n.parentId, ownershipShare: n.ownershipShare }))
      .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)),
    grunduppdrag: missions.map((g) => ({ orgNodeId: g.orgNodeId, text: g.text })),
    goals: goals.map((g) => ({
      id: g.id, key: g.key, title: g.title, level: g.level, status: g.status, ownerNodeId: g.ownerNode.id, parentGoalId: g.parentGoalId,
      geh: g.geh, sortOrder: g.sortOrder,
    })),
    chains,
    assessments: tiers.map((t) => ({ goalId: t.goal_id, tier: t.tier, orgNodeId: t.org_node_id, level: t.level, justification: t.justification })),
    selfAssessments: selves.map((s) => ({
      goalId: s.goal_id, orgNodeId: s.org_node_id, level: s.self_level, justification: s.self_justification, whatHappened: s.what_happened,
      why: s.why, nextSteps: s.next_steps,
    })),
  };
}
