import { Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import type { ChainLink } from '@resultatkedjan/contracts';
import { TenantOwned } from '../platform/database/columns/tenant-owned.js';
import { Goal } from '../goals/goal.entity.js';
import { Indicator } from './indicator.entity.js';

/** One link of a goal's chain: behov (context), resurs, aktivitet, prestation or resultat. */
@Entity('chain_element')
@Index('IDX_chain_element_goal', ['tenantId', 'goalId'])
export class ChainElement extends TenantOwned {
  @Column({ type: 'uuid' })
  goalId!: string;

  @Column({ type: 'text' })
  link!: ChainLink;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text', default: '' })
  description!: string;

  @Column({ type: 'integer', default: 0 })
  sortOrder!: number;

  /** aktivitet only: the resultat indicator the activity is meant to move. */
  @Column({ type: 'uuid', nullable: true })
  resultIndicatorId!: string | null;

  @ManyToOne(() => Goal, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'goal_id' })
  private readonly goal?: Relation<Goal>;

  @ManyToOne(() => Indicator, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'result_indicator_id' })
  private readonly resultIndicator?: Relation<Indicator>;
}
