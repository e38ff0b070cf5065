import { Column, Entity, Index, JoinColumn, ManyToOne, UpdateDateColumn, VersionColumn, type Relation } from 'typeorm';
import type { DialogueKind, DialogueParticipant, DialogueStatus } from '@resultatkedjan/contracts';
import { TenantOwned } from '../platform/database/columns/tenant-owned.js';
import { FollowUpPeriod } from '../periods/follow-up-period.entity.js';
import { OrgNode } from '../org/org-node.entity.js';
import { AppUser } from '../auth/app-user.entity.js';

/** An analysis dialogue (or ägardialog) of one org node about one follow-up period. */
@Entity('dialogue')
@Index('IDX_dialogue_period', ['tenantId', 'periodId'])
export class Dialogue extends TenantOwned {
  @Column({ type: 'uuid' })
  orgNodeId!: string;

  @Column({ type: 'uuid' })
  periodId!: string;

  @Column({ type: 'text' })
  kind!: DialogueKind;

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'date' })
  heldOn!: string;

  @Column({ type: 'text', default: 'planerad' })
  status!: DialogueStatus;

  /** Users (with their names as they were) and free-text participants, each with the role they attend in. */
  @Column({ type: 'jsonb', default: () => "'[]'" })
  participants!: DialogueParticipant[];

  /** Who called the meeting (told when an action of it is overdue). */
  @Column({ type: 'uuid', nullable: true })
  convenerUserId!: string | null;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;

  @VersionColumn()
  version!: number;

  @ManyToOne(() => OrgNode, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'org_node_id' })
  private readonly orgNode?: Relation<OrgNode>;

  @ManyToOne(() => FollowUpPeriod, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'period_id' })
  private readonly period?: Relation<FollowUpPeriod>;

  @ManyToOne(() => AppUser, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'convener_user_id' })
  private readonly convener?: Relation<AppUser>;
}
