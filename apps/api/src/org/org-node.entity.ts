import { Column, Entity, Index, JoinColumn, ManyToOne, type Relation, Unique } from 'typeorm';
import type { OrgNodeKind } from '@resultatkedjan/contracts';
import { TenantOwned } from '../platform/database/columns/tenant-owned.js';
import { numericTransformer } from '../platform/database/columns/numeric.transformer.js';

/**
 * One body or unit of the kommunkoncern (responsibility tree). Units move or close by changing
 * parent or valid_to; rows are never deleted once values refer to them, so history survives.
 */
@Entity('org_node')
@Unique('UQ_org_node_tenant_key', ['tenantId', 'key'])
@Index('IDX_org_node_parent', ['tenantId', 'parentId'])
export class OrgNode extends TenantOwned {
  /** Stable, human-readable key (e.g. `uf.gr.norr`) for imports, seeds and tests. */
  @Column({ type: 'text' })
  key!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text' })
  kind!: OrgNodeKind;

  @Column({ type: 'uuid', nullable: true })
  parentId!: string | null;

  @Column({ type: 'date', default: () => "'1900-01-01'" })
  validFrom!: string;

  @Column({ type: 'date', nullable: true })
  validTo!: string | null;

  /** For a bolag: the kommun's ownership share in percent. */
  @Column({ type: 'numeric', nullable: true, transformer: numericTransformer })
  ownershipShare!: number | null;

  /** For a bolag: the municipal purpose from its bolagsordning. */
  @Column({ type: 'text', nullable: true })
  purpose!: string | null;

  @Column({ type: 'integer', default: 0 })
  sortOrder!: number;

  @ManyToOne(() => OrgNode, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'parent_id' })
  private readonly parent?: Relation<OrgNode>;
}
