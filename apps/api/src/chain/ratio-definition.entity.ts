import { Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import type { RatioKind } from '@resultatkedjan/contracts';
import { TenantOwned } from '../platform/database/columns/tenant-owned.js';
import { numericTransformer } from '../platform/database/columns/numeric.transformer.js';
import { Goal } from '../goals/goal.entity.js';
import { Indicator } from './indicator.entity.js';

/** A ratio a controller declares on a chain: which indicator is numerator and which denominator. */
@Entity('ratio_definition')
@Index('IDX_ratio_definition_goal', ['tenantId', 'goalId'])
export class RatioDefinition extends TenantOwned {
  @Column({ type: 'uuid' })
  goalId!: string;

  @Column({ type: 'text' })
  kind!: RatioKind;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'uuid' })
  numeratorIndicatorId!: string;

  @Column({ type: 'uuid' })
  denominatorIndicatorId!: string;

  @Column({ type: 'numeric', nullable: true, transformer: numericTransformer })
  scale!: number | null;

  /** Display unit of the result, e.g. `kr/elev`, `behöriga per mnkr`; derived when null. */
  @Column({ type: 'text', nullable: true })
  unit!: string | null;

  @Column({ type: 'integer', default: 0 })
  sortOrder!: number;

  @ManyToOne(() => Goal, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'goal_id' })
  private readonly goal?: Relation<Goal>;

  @ManyToOne(() => Indicator, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'numerator_indicator_id' })
  private readonly numeratorIndicator?: Relation<Indicator>;

  @ManyToOne(() => Indicator, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'denominator_indicator_id' })
  private readonly denominatorIndicator?: Relation<Indicator>;
}
