import { Column, Entity, Unique } from 'typeorm';
import { TenantOwned } from '../../platform/database/columns/tenant-owned.js';

/** One kommun, group or Riket the kommun compares itself with (its comparison set). */
@Entity('comparison_member')
@Unique('UQ_comparison_member', ['tenantId', 'municipalityId'])
export class ComparisonMember extends TenantOwned {
  /** A Kolada municipality id (`1384`, `0000`) or group id (`G92787`). */
  @Column({ type: 'text' })
  municipalityId!: string;

  @Column({ type: 'integer', default: 0 })
  sortOrder!: number;
}
