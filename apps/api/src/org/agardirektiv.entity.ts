import { Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { TenantOwned } from '../platform/database/columns/tenant-owned.js';
import { OrgNode } from './org-node.entity.js';

/** KF's owner instruction to a bolag. The KF goals it serves are linked in agardirektiv_goal. */
@Entity('agardirektiv')
@Index('IDX_agardirektiv_bolag', ['tenantId', 'bolagNodeId'])
export class Agardirektiv extends TenantOwned {
  @Column({ type: 'uuid' })
  bolagNodeId!: string;

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'text' })
  body!: string;

  @Column({ type: 'date', nullable: true })
  adoptedOn!: string | null;

  @Column({ type: 'integer' })
  validFromYear!: number;

  @Column({ type: 'integer', nullable: true })
  validToYear!: number | null;

  @ManyToOne(() => OrgNode, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'bolag_node_id' })
  private readonly bolagNode?: Relation<OrgNode>;
}
