import { Column, Entity, Unique } from 'typeorm';
import { TenantOwned } from '../../platform/database/columns/tenant-owned.js';
import { numericTransformer } from '../../platform/database/columns/numeric.transformer.js';

/** A Kolada value of another kommun, group or Riket in the kommun's comparison set (its own land in indicator_value). */
@Entity('benchmark_value')
@Unique('UQ_benchmark_value', ['tenantId', 'kpiId', 'municipalityId', 'year', 'gender'])
export class BenchmarkValue extends TenantOwned {
  @Column({ type: 'text' })
  kpiId!: string;

  @Column({ type: 'text' })
  municipalityId!: string;

  @Column({ type: 'integer' })
  year!: number;

  /** T total, K kvinnor, M män. */
  @Column({ type: 'text' })
  gender!: string;

  /** Null when Kolada publishes the entry without a value. */
  @Column({ type: 'numeric', nullable: true, transformer: numericTransformer })
  value!: number | null;

  /** Whether the figure came unchanged from Kolada and may be shown as "Källa: Kolada" (never derived or synthetic). */
  @Column({ type: 'boolean' })
  attributable!: boolean;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  fetchedAt!: Date;
}
