import { Column, Entity, Index } from 'typeorm';
import { TenantOwned } from '../../platform/database/columns/tenant-owned.js';
import { numericTransformer } from '../../platform/database/columns/numeric.transformer.js';

/** Kolada changed a value it had published: old and new, found by a sync. */
@Entity('benchmark_revision')
@Index('IDX_benchmark_revision_kpi', ['tenantId', 'kpiId'])
export class BenchmarkRevision extends TenantOwned {
  @Column({ type: 'text' })
  kpiId!: string;

  @Column({ type: 'text' })
  municipalityId!: string;

  @Column({ type: 'integer' })
  year!: number;

  @Column({ type: 'text' })
  gender!: string;

  @Column({ type: 'numeric', nullable: true, transformer: numericTransformer })
  oldValue!: number | null;

  @Column({ type: 'numeric', nullable: true, transformer: numericTransformer })
  newValue!: number | null;
}
