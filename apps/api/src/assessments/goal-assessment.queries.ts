import type { EntityManager } from 'typeorm';
import type { AssessmentTier } from '@resultatkedjan/contracts';

/** A tier's assessment with the body's and the assessor's names. */
export interface GoalAssessmentRow {
  id: string;
  goal_id: string;
  period_id: string;
  tier: AssessmentTier;
  org_node_id: string;
  org_node_name: string;
  level: number;
  justification: string;
  proposed_level: number;
  assessed_by_user_id: string | null;
  assessed_by_name: string | null;
  assessed_at: Date;
}

export interface GoalAssessmentFields {
  goalId: string;
  periodId: string;
  tier: AssessmentTier;
  orgNodeId: string;
  level: number;
  justification: string;
  proposedLevel: number;
  assessedByUserId: string;
}

const SELECT = `SELECT a.id, a.goal_id, a.period_id, a.tier, a.org_node_id, n.name AS org_node_name, a.level, a.justification,
       a.proposed_level, a.assessed_by_user_id, u.display_name AS assessed_by_name, a.assessed_at
  FROM goal_assessment a JOIN org_node n ON n.id = a.org_node_id LEFT JOIN app_user u ON u.id = a.assessed_by_user_id`;

const TIER_ORDER = `CASE a.tier WHEN 'forvaltning' THEN 1 WHEN 'namnd' THEN 2 ELSE 3 END`;

/** Every query on goal_assessment (the tiers above the units' self-assessments). */
export const goalAssessmentQueries = {
  /** A goal's assessments in a period, förvaltning → nämnd → KS, then by body name. */
  ofGoal(m: EntityManager, goalId: string, periodId: string): Promise<GoalAssessmentRow[]> {
    return m.query(`${SELECT} WHERE a.goal_id = $1 AND a.period_id = $2 ORDER BY ${TIER_ORDER}, n.name, a.id`, [goalId, periodId]);
  },

  /** Every assessment of the given goals in a period (the dialogue's protocol and agenda). */
  ofGoals(m: EntityManager, goalIds: readonly string[], periodId: string): Promise<GoalAssessmentRow[]> {
    return m.query(`${SELECT} WHERE a.goal_id = ANY($1::uuid[]) AND a.period_id = $2 ORDER BY a.goal_id, ${TIER_ORDER}, n.name, a.id`, [
      goalIds,
      periodId,
    ]);
  },

  /** The body's assessment of the goal in the period, locked until the transaction ends. */
  async lockOne(m: EntityManager, key: Pick<GoalAssessmentFields, 'goalId' | 'periodId' | 'tier' | 'orgNodeId'>): Promise<GoalAssessmentRow | undefined> {
    const [row]: GoalAssessmentRow[] = await m.query(
      `${SELECT} WHERE a.goal_id = $1 AND a.period_id = $2 AND a.tier = $3 AND a.org_node_id = $4 FOR UPDATE OF a`,
      [key.goalId, key.periodId, key.tier, key.orgNodeId],
    );
    return row;
  },

  /** Records the body's assessment (or replaces it); returns its id. */
  async upsert(m: EntityManager, tenantId: string, f: GoalAssessmentFields): Promise<string> {
    const [row]: { id: string }[] = await m.query(
      `INSERT INTO goal_assessment (tenant_id, goal_id, period_id, tier, org_node_id, level, justification, proposed_level, assessed_by_user_id, assessed_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, now())
       ON CONFLICT ON CONSTRAINT "UQ_goal_assessment" DO UPDATE SET
         level = EXCLUDED.level, justification = EXCLUDED.justification, proposed_level = EXCLUDED.proposed_level,
         assessed_by_user_id = EXCLUDED.assessed_by_user_id, assessed_at = EXCLUDED.assessed_at
       RETURNING id`,
      [tenantId, f.goalId, f.periodId, f.tier, f.orgNodeId, f.level, f.justification, f.proposedLevel, f.assessedByUserId],
    );
    return row!.id;
  },

  async find(m: EntityManager, id: string): Promise<GoalAssessmentRow | undefined> {
    const [row]: GoalAssessmentRow[] = await m.query(`${SELECT} WHERE a.id = $1`, [id]);
    return row;
  },
};
