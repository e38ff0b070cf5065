import { Column, Entity } from 'typeorm';
import { TenantOwned } from '../platform/database/columns/tenant-owned.js';

/** KF's four-year term; inriktningsmål belong to one. */
@Entity('mandatperiod')
export class Mandatperiod extends TenantOwned {
  @Column({ type: 'text' })
  label!: string;

  @Column({ type: 'date' })
  startsOn!: string;

  @Column({ type: 'date' })
  endsOn!: string;
}
