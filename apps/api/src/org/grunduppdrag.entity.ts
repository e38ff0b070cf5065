import { Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { TenantOwned } from '../platform/database/columns/tenant-owned.js';
import { OrgNode } from './org-node.entity.js';

/** The standing, mostly statutory mission of a nämnd, bolag or unit, shown beside development goals. */
@Entity('grunduppdrag')
@Index('IDX_grunduppdrag_node', ['tenantId', 'orgNodeId'])
export class Grunduppdrag extends TenantOwned {
  @Column({ type: 'uuid' })
  orgNodeId!: string;

  @Column({ type: 'text' })
  text!: string;

  @Column({ type: 'integer' })
  validFromYear!: number;

  @Column({ type: 'integer', nullable: true })
  validToYear!: number | null;

  @ManyToOne(() => OrgNode, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'org_node_id' })
  private readonly orgNode?: Relation<OrgNode>;
}
