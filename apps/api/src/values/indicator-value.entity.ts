import { Column, Entity, Index, JoinColumn, ManyToOne, type Relation, Unique, UpdateDateColumn, VersionColumn } from 'typeorm';
import type { IndicatorSource } from '@resultatkedjan/contracts';
import { TenantOwned } from '../platform/database/columns/tenant-owned.js';
import { numericTransformer } from '../platform/database/columns/numeric.transformer.js';
import { Indicator } from '../chain/indicator.entity.js';
import { OrgNode } from '../org/org-node.entity.js';

/** Utfall: one value per indicator, org node and (base) period, with who, when, source and comment. */
@Entity('indicator_value')
@Unique('UQ_indicator_value_cell', ['tenantId', 'indicatorId', 'orgNodeId', 'periodKey'])
@Index('IDX_indicator_value_node_period', ['tenantId', 'orgNodeId', 'periodKey'])
export class IndicatorValue extends TenantOwned {
  @Column({ type: 'uuid' })
  indicatorId!: string;

  @Column({ type: 'uuid' })
  orgNodeId!: string;

  @Column({ type: 'text' })
  periodKey!: string;

  @Column({ type: 'numeric', transformer: numericTransformer })
  value!: number;

  /** When the measurement refers to another period than the one it is reported in (e.g. läsår). */
  @Column({ type: 'text', nullable: true })
  referencePeriodKey!: string | null;

  @Column({ type: 'text', default: 'manual' })
  source!: IndicatorSource;

  @Column({ type: 'text', nullable: true })
  comment!: string | null;

  @Column({ type: 'uuid', nullable: true })
  enteredBy!: string | null;

  @UpdateDateColumn({ type: 'timestamptz' })
  enteredAt!: Date;

  @VersionColumn({ default: 1 })
  version!: number;

  @ManyToOne(() => Indicator, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'indicator_id' })
  private readonly indicator?: Relation<Indicator>;

  @ManyToOne(() => OrgNode, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'org_node_id' })
  private readonly orgNode?: Relation<OrgNode>;
}
