import { Column, Entity, Unique } from 'typeorm';
import { TenantOwned } from '../../platform/database/columns/tenant-owned.js';

/** When the kommun's Kolada sync last completed, so the next run asks only for changes (`from_date`). */
@Entity('kolada_sync_state')
@Unique('UQ_kolada_sync_state', ['tenantId'])
export class KoladaSyncState extends TenantOwned {
  /** The day the last complete sync started (Europe/Stockholm); null = never, fetch everything. */
  @Column({ type: 'date', nullable: true })
  lastSyncedOn!: string | null;

  /** The KPIs and comparison set of that sync; a change means a full fetch again. */
  @Column({ type: 'text', default: '' })
  scope!: string;
}
