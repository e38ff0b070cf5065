import { Column, Entity, Index, JoinColumn, ManyToOne, type Relation, UpdateDateColumn, VersionColumn } from 'typeorm';
import type { UppdragStatus } from '@resultatkedjan/contracts';
import { TenantOwned } from '../platform/database/columns/tenant-owned.js';
import { Goal } from '../goals/goal.entity.js';
import { OrgNode } from '../org/org-node.entity.js';

/** An assignment from KF, KS or a nämnd to an org node, beside the goals. */
@Entity('uppdrag')
@Index('IDX_uppdrag_year_owner', ['tenantId', 'year', 'ownerNodeId'])
export class Uppdrag extends TenantOwned {
  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'text', default: '' })
  description!: string;

  @Column({ type: 'uuid' })
  issuerNodeId!: string;

  @Column({ type: 'uuid' })
  ownerNodeId!: string;

  @Column({ type: 'uuid', nullable: true })
  goalId!: string | null;

  @Column({ type: 'integer' })
  year!: number;

  @Column({ type: 'date', nullable: true })
  deadline!: string | null;

  @Column({ type: 'text', default: 'ej_paborjat' })
  status!: UppdragStatus;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;

  @VersionColumn({ default: 1 })
  version!: number;

  @ManyToOne(() => OrgNode, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'issuer_node_id' })
  private readonly issuerNode?: Relation<OrgNode>;

  @ManyToOne(() => OrgNode, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'owner_node_id' })
  private readonly ownerNode?: Relation<OrgNode>;

  @ManyToOne(() => Goal, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'goal_id' })
  private readonly goal?: Relation<Goal>;
}
