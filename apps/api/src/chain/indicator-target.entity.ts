import { Column, Entity, JoinColumn, ManyToOne, type Relation, Unique } from 'typeorm';
import { TenantOwned } from '../platform/database/columns/tenant-owned.js';
import { numericTransformer } from '../platform/database/columns/numeric.transformer.js';
import { Indicator } from './indicator.entity.js';

/** Målvärde for a year (`2026`) or a period (`2026-Q2`). */
@Entity('indicator_target')
@Unique('UQ_indicator_target_period', ['indicatorId', 'periodKey'])
export class IndicatorTarget extends TenantOwned {
  @Column({ type: 'uuid' })
  indicatorId!: string;

  @Column({ type: 'text' })
  periodKey!: string;

  @Column({ type: 'numeric', transformer: numericTransformer })
  targetValue!: number;

  @ManyToOne(() => Indicator, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'indicator_id' })
  private readonly indicator?: Relation<Indicator>;
}
