import { Column, Entity, Index, JoinColumn, ManyToOne, UpdateDateColumn, VersionColumn, type Relation } from 'typeorm';
import type { ActionStatus } from '@resultatkedjan/contracts';
import { TenantOwned } from '../platform/database/columns/tenant-owned.js';
import { AppUser } from '../auth/app-user.entity.js';
import { Goal } from '../goals/goal.entity.js';
import { Indicator } from '../chain/indicator.entity.js';
import { OrgNode } from '../org/org-node.entity.js';
import { Dialogue } from './dialogue.entity.js';

/** An action decided in a dialogue: who owns it, by when, and which goal or indicator it aims at. */
@Entity('dialogue_action')
@Index('IDX_dialogue_action_owner', ['tenantId', 'ownerNodeId', 'status'])
@Index('IDX_dialogue_action_dialogue', ['dialogueId'])
export class DialogueAction extends TenantOwned {
  @Column({ type: 'uuid' })
  dialogueId!: string;

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'uuid' })
  ownerNodeId!: string;

  @Column({ type: 'uuid', nullable: true })
  ownerUserId!: string | null;

  @Column({ type: 'date' })
  dueOn!: string;

  @Column({ type: 'uuid', nullable: true })
  goalId!: string | null;

  @Column({ type: 'uuid', nullable: true })
  indicatorId!: string | null;

  @Column({ type: 'text', default: 'oppen' })
  status!: ActionStatus;

  @Column({ type: 'timestamptz', nullable: true })
  closedAt!: Date | null;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;

  @VersionColumn()
  version!: number;

  @ManyToOne(() => Dialogue, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'dialogue_id' })
  private readonly dialogue?: Relation<Dialogue>;

  @ManyToOne(() => OrgNode, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'owner_node_id' })
  private readonly ownerNode?: Relation<OrgNode>;

  @ManyToOne(() => AppUser, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'owner_user_id' })
  private readonly ownerUser?: Relation<AppUser>;

  @ManyToOne(() => Goal, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'goal_id' })
  private readonly goal?: Relation<Goal>;

  @ManyToOne(() => Indicator, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'indicator_id' })
  private readonly indicator?: Relation<Indicator>;
}
