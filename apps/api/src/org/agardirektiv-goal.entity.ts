import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { Agardirektiv } from './agardirektiv.entity.js';
import { Goal } from '../goals/goal.entity.js';
import { Tenant } from '../tenancy/tenant.entity.js';

/** An ägardirektiv serves a KF goal (R-28: every directive goal links to a KF goal or the vision). */
@Entity('agardirektiv_goal')
export class AgardirektivGoal {
  @PrimaryColumn({ type: 'uuid' })
  agardirektivId!: string;

  @PrimaryColumn({ type: 'uuid' })
  goalId!: string;

  @Column({ type: 'uuid' })
  tenantId!: string;

  @ManyToOne(() => Agardirektiv, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'agardirektiv_id' })
  private readonly agardirektiv?: Relation<Agardirektiv>;

  @ManyToOne(() => Goal, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'goal_id' })
  private readonly goal?: Relation<Goal>;

  @ManyToOne(() => Tenant, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'tenant_id' })
  private readonly tenant?: Relation<Tenant>;
}
