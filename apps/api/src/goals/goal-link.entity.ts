import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { Goal } from './goal.entity.js';
import { Tenant } from '../tenancy/tenant.entity.js';

/** A further goal this goal also serves, beside its parent (e.g. HEM2 serves IM3 and also IM2). */
@Entity('goal_link')
export class GoalLink {
  @PrimaryColumn({ type: 'uuid' })
  goalId!: string;

  @PrimaryColumn({ type: 'uuid' })
  servesGoalId!: string;

  @Column({ type: 'uuid' })
  tenantId!: string;

  @ManyToOne(() => Goal, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'goal_id' })
  private readonly goal?: Relation<Goal>;

  @ManyToOne(() => Goal, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'serves_goal_id' })
  private readonly servesGoal?: Relation<Goal>;

  @ManyToOne(() => Tenant, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'tenant_id' })
  private readonly tenant?: Relation<Tenant>;
}
