import { Column, Entity, Index, JoinColumn, ManyToOne, type Relation, Unique } from 'typeorm';
import type { Direction, IndicatorSource, OrgAggregation, Periodicity, TimeAggregation } from '@resultatkedjan/contracts';
import { TenantOwned } from '../platform/database/columns/tenant-owned.js';
import { numericTransformer } from '../platform/database/columns/numeric.transformer.js';
import { ChainElement } from './chain-element.entity.js';
import { Goal } from '../goals/goal.entity.js';

export interface IndicatorLevelScale {
  fulfilledFrom: number;
  partlyFrom: number;
}

/** A measure on a chain element: how it is measured, rolled up over the org tree and over time, and judged. */
@Entity('indicator')
@Unique('UQ_indicator_tenant_key', ['tenantId', 'key'])
@Index('IDX_indicator_goal', ['tenantId', 'goalId'])
export class Indicator extends TenantOwned {
  @Column({ type: 'uuid' })
  chainElementId!: string;

  /** Denormalised from the chain element so a goal's indicators load in one query. */
  @Column({ type: 'uuid' })
  goalId!: string;

  @Column({ type: 'text' })
  key!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text' })
  unit!: string;

  @Column({ type: 'text' })
  direction!: Direction;

  @Column({ type: 'text' })
  orgAggregation!: OrgAggregation;

  @Column({ type: 'text' })
  timeAggregation!: TimeAggregation;

  @Column({ type: 'uuid', nullable: true })
  weightIndicatorId!: string | null;

  @Column({ type: 'uuid', nullable: true })
  numeratorIndicatorId!: string | null;

  @Column({ type: 'uuid', nullable: true })
  denominatorIndicatorId!: string | null;

  /** For rates: multiply the quotient (100 for %). */
  @Column({ type: 'numeric', nullable: true, transformer: numericTransformer })
  scale!: number | null;

  @Column({ type: 'text' })
  periodicity!: Periodicity;

  /** false = bevakningsnyckeltal (monitored without a target). */
  @Column({ type: 'boolean', default: true })
  targeted!: boolean;

  /** Why we measure it and who uses it. Required. */
  @Column({ type: 'text' })
  purpose!: string;

  @Column({ type: 'text', default: 'manual' })
  source!: IndicatorSource;

  @Column({ type: 'text', nullable: true })
  koladaId!: string | null;

  @Column({ type: 'numeric', nullable: true, transformer: numericTransformer })
  baselineValue!: number | null;

  @Column({ type: 'text', nullable: true })
  baselinePeriodKey!: string | null;

  @Column({ type: 'date', nullable: true })
  reviewDate!: string | null;

  /** Overrides the kommun's måluppfyllelse thresholds for this indicator. */
  @Column({ type: 'jsonb', nullable: true })
  levelScale!: IndicatorLevelScale | null;

  @Column({ type: 'integer', default: 0 })
  sortOrder!: number;

  @ManyToOne(() => ChainElement, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'chain_element_id' })
  private readonly chainElement?: Relation<ChainElement>;

  @ManyToOne(() => Goal, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'goal_id' })
  private readonly goal?: Relation<Goal>;

  @ManyToOne(() => Indicator, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'weight_indicator_id' })
  private readonly weightIndicator?: Relation<Indicator>;

  @ManyToOne(() => Indicator, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'numerator_indicator_id' })
  private readonly numeratorIndicator?: Relation<Indicator>;

  @ManyToOne(() => Indicator, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'denominator_indicator_id' })
  private readonly denominatorIndicator?: Relation<Indicator>;
}
