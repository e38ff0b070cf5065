import { Column, Entity, Index, JoinColumn, ManyToOne, Unique, type Relation } from 'typeorm';
import type { AssessmentTier } from '@resultatkedjan/contracts';
import { TenantOwned } from '../platform/database/columns/tenant-owned.js';
import { Goal } from '../goals/goal.entity.js';
import { FollowUpPeriod } from '../periods/follow-up-period.entity.js';
import { OrgNode } from '../org/org-node.entity.js';
import { AppUser } from '../auth/app-user.entity.js';

/**
 * A förvaltning's, nämnd's (or bolag board's) or KS's judgement of a goal in a period, stored apart from the units'
 * self-assessments (report_goal_assessment), which come first and stay unchanged (R-4, R-44).
 */
@Entity('goal_assessment')
@Unique('UQ_goal_assessment', ['goalId', 'periodId', 'tier', 'orgNodeId'])
@Index('IDX_goal_assessment_period', ['tenantId', 'periodId'])
export class GoalAssessment extends TenantOwned {
  @Column({ type: 'uuid' })
  goalId!: string;

  @Column({ type: 'uuid' })
  periodId!: string;

  @Column({ type: 'text' })
  tier!: AssessmentTier;

  /** The body whose judgement it is. */
  @Column({ type: 'uuid' })
  orgNodeId!: string;

  /** On the kommun's scale; 0 = Ej bedömt. */
  @Column({ type: 'integer' })
  level!: number;

  @Column({ type: 'text' })
  justification!: string;

  /** What the API proposed when the level was recorded (proposeBodyLevel). */
  @Column({ type: 'integer' })
  proposedLevel!: number;

  @Column({ type: 'uuid', nullable: true })
  assessedByUserId!: string | null;

  @Column({ type: 'timestamptz' })
  assessedAt!: Date;

  @ManyToOne(() => Goal, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'goal_id' })
  private readonly goal?: Relation<Goal>;

  @ManyToOne(() => FollowUpPeriod, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'period_id' })
  private readonly period?: Relation<FollowUpPeriod>;

  @ManyToOne(() => OrgNode, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'org_node_id' })
  private readonly orgNode?: Relation<OrgNode>;

  @ManyToOne(() => AppUser, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'assessed_by_user_id' })
  private readonly assessedBy?: Relation<AppUser>;
}
