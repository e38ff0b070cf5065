import { Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { TenantOwned } from '../platform/database/columns/tenant-owned.js';
import { AppUser } from '../auth/app-user.entity.js';
import { OrgNode } from '../org/org-node.entity.js';
import { Goal } from './goal.entity.js';

/** A unit's comment on a circulated draft goal. */
@Entity('goal_comment')
@Index('IDX_goal_comment_goal', ['goalId', 'createdAt'])
export class GoalComment extends TenantOwned {
  @Column({ type: 'uuid' })
  goalId!: string;

  @Column({ type: 'uuid', nullable: true })
  authorUserId!: string | null;

  @Column({ type: 'text' })
  authorName!: string;

  @Column({ type: 'uuid' })
  orgNodeId!: string;

  @Column({ type: 'text' })
  text!: string;

  @ManyToOne(() => Goal, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'goal_id' })
  private readonly goal?: Relation<Goal>;

  @ManyToOne(() => AppUser, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'author_user_id' })
  private readonly author?: Relation<AppUser>;

  @ManyToOne(() => OrgNode, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'org_node_id' })
  private readonly orgNode?: Relation<OrgNode>;
}
