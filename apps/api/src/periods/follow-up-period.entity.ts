import { Column, Entity, Index, JoinColumn, ManyToOne, Unique, type Relation } from 'typeorm';
import { TenantOwned } from '../platform/database/columns/tenant-owned.js';
import { FollowUpCalendar } from './follow-up-calendar.entity.js';

export type FollowUpPeriodStatus = 'planerad' | 'oppen' | 'last';

/** One follow-up period (kvartal, tertial, delår, helår, månad) with its dates. */
@Entity('follow_up_period')
@Unique('UQ_follow_up_period_key', ['tenantId', 'periodKey'])
@Index('IDX_follow_up_period_dates', ['tenantId', 'opensOn'])
export class FollowUpPeriod extends TenantOwned {
  @Column({ type: 'uuid' })
  calendarId!: string;

  @Column({ type: 'text' })
  periodKey!: string;

  @Column({ type: 'text' })
  kind!: string;

  @Column({ type: 'date' })
  coversFrom!: string;

  @Column({ type: 'date' })
  coversTo!: string;

  @Column({ type: 'date' })
  opensOn!: string;

  @Column({ type: 'date' })
  deadline!: string;

  @Column({ type: 'date' })
  reviewDeadline!: string;

  @Column({ type: 'date' })
  locksOn!: string;

  @Column({ type: 'text', default: 'planerad' })
  status!: FollowUpPeriodStatus;

  @Column({ type: 'timestamptz', nullable: true })
  openedAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  lockedAt!: Date | null;

  @ManyToOne(() => FollowUpCalendar, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'calendar_id' })
  private readonly calendar?: Relation<FollowUpCalendar>;
}
