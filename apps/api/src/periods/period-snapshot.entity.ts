import { Column, Entity, JoinColumn, ManyToOne, Unique, type Relation } from 'typeorm';
import type { StoredPeriodSnapshot } from '@resultatkedjan/contracts';
import { TenantOwned } from '../platform/database/columns/tenant-owned.js';
import { FollowUpPeriod } from './follow-up-period.entity.js';

/** The frozen values and ratios of a locked period, so exports read a reproducible picture. */
@Entity('period_snapshot')
@Unique('UQ_period_snapshot_period', ['tenantId', 'periodId'])
export class PeriodSnapshot extends TenantOwned {
  @Column({ type: 'uuid' })
  periodId!: string;

  @Column({ type: 'jsonb' })
  data!: StoredPeriodSnapshot;

  @ManyToOne(() => FollowUpPeriod, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'period_id' })
  private readonly period?: Relation<FollowUpPeriod>;
}
