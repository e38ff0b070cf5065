import { Column, Entity, Unique, UpdateDateColumn } from 'typeorm';
import { TenantOwned } from '../platform/database/columns/tenant-owned.js';

/** A kommun's follow-up calendar for one budgetår: the template it was generated from and reminder offsets. */
@Entity('follow_up_calendar')
@Unique('UQ_follow_up_calendar_year', ['tenantId', 'year'])
export class FollowUpCalendar extends TenantOwned {
  @Column({ type: 'integer' })
  year!: number;

  /** The template (libs/domain FollowUpTemplate) as chosen by the controller. */
  @Column({ type: 'jsonb' })
  template!: Record<string, unknown>;

  /** Days before the deadline on which to remind, e.g. [7, 2]. */
  @Column({ type: 'integer', array: true, default: () => "'{7,2}'" })
  reminderDays!: number[];

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
