import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { Tenant } from '../tenancy/tenant.entity.js';
import { OrgNode } from './org-node.entity.js';

/**
 * Every (ancestor, descendant) pair of the org tree, the node itself included at depth 0. Kept by triggers on
 * org_node (migration OrgNodeClosure), so every write path keeps it right; read only through org-tree.queries.ts.
 * Sums over a subtree become one join instead of a recursive query.
 */
@Entity('org_node_closure')
@Index('IDX_org_node_closure_descendant', ['tenantId', 'descendantId'])
export class OrgNodeClosure {
  @PrimaryColumn({ type: 'uuid' })
  tenantId!: string;

  @PrimaryColumn({ type: 'uuid' })
  ancestorId!: string;

  @PrimaryColumn({ type: 'uuid' })
  descendantId!: string;

  @Column({ type: 'integer' })
  depth!: number;

  @ManyToOne(() => Tenant, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'tenant_id' })
  private readonly tenant?: Relation<Tenant>;

  @ManyToOne(() => OrgNode, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'ancestor_id' })
  private readonly ancestor?: Relation<OrgNode>;

  @ManyToOne(() => OrgNode, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'descendant_id' })
  private readonly descendant?: Relation<OrgNode>;
}
