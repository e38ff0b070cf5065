import { Column, Entity, JoinColumn, ManyToOne, type Relation, Unique, UpdateDateColumn } from 'typeorm';
import { TenantOwned } from '../platform/database/columns/tenant-owned.js';
import { AppUser } from '../auth/app-user.entity.js';
import { Goal } from './goal.entity.js';

/** A draft goal sent to the units below its owner for comments before the decision; one per goal. */
@Entity('goal_circulation')
@Unique('UQ_goal_circulation_goal', ['goalId'])
export class GoalCirculation extends TenantOwned {
  @Column({ type: 'uuid' })
  goalId!: string;

  @Column({ type: 'uuid', nullable: true })
  sentBy!: string | null;

  /** Kept as written so the circulation still reads right after the user is removed. */
  @Column({ type: 'text' })
  sentByName!: string;

  @Column({ type: 'date', nullable: true })
  dueOn!: string | null;

  @Column({ type: 'text', default: '' })
  message!: string;

  @UpdateDateColumn({ type: 'timestamptz' })
  sentAt!: Date;

  @ManyToOne(() => Goal, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'goal_id' })
  private readonly goal?: Relation<Goal>;

  @ManyToOne(() => AppUser, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'sent_by' })
  private readonly sender?: Relation<AppUser>;
}
