import { Column, Entity, Index, JoinColumn, ManyToOne, type Relation, Unique, UpdateDateColumn, VersionColumn } from 'typeorm';
import type { GoalLevel, GoalStatus } from '@resultatkedjan/contracts';
import { TenantOwned } from '../platform/database/columns/tenant-owned.js';
import { Mandatperiod } from './mandatperiod.entity.js';
import { OrgNode } from '../org/org-node.entity.js';

export interface GoalDecision {
  organ: string;
  datum: string;
  paragraf?: string;
  diarienummer?: string;
}

/** A goal at any level; the breakdown runs upward through parent_goal_id to KF (and the vision). */
@Entity('goal')
@Unique('UQ_goal_tenant_key', ['tenantId', 'key'])
@Index('IDX_goal_owner', ['tenantId', 'ownerNodeId'])
@Index('IDX_goal_parent', ['tenantId', 'parentGoalId'])
export class Goal extends TenantOwned {
  @Column({ type: 'text' })
  key!: string;

  @Column({ type: 'text' })
  level!: GoalLevel;

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'text', default: '' })
  description!: string;

  @Column({ type: 'uuid' })
  ownerNodeId!: string;

  @Column({ type: 'uuid', nullable: true })
  parentGoalId!: string | null;

  /** Counts towards god ekonomisk hushållning. */
  @Column({ type: 'boolean', default: false })
  geh!: boolean;

  @Column({ type: 'uuid', nullable: true })
  mandatperiodId!: string | null;

  @Column({ type: 'integer' })
  validFromYear!: number;

  @Column({ type: 'integer', nullable: true })
  validToYear!: number | null;

  @Column({ type: 'date', nullable: true })
  reviewDate!: string | null;

  @Column({ type: 'text', default: 'forslag' })
  status!: GoalStatus;

  @Column({ type: 'jsonb', nullable: true })
  decision!: GoalDecision | null;

  @Column({ type: 'integer', default: 0 })
  sortOrder!: number;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;

  @VersionColumn({ default: 1 })
  version!: number;

  @ManyToOne(() => OrgNode, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'owner_node_id' })
  private readonly ownerNode?: Relation<OrgNode>;

  @ManyToOne(() => Goal, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'parent_goal_id' })
  private readonly parentGoal?: Relation<Goal>;

  @ManyToOne(() => Mandatperiod, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'mandatperiod_id' })
  private readonly mandatperiod?: Relation<Mandatperiod>;
}
