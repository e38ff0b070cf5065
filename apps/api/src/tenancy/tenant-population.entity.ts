import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { Tenant } from '../tenancy/tenant.entity.js';

/** Inhabitants per year (31 Dec), with named age groups, for per-capita figures and behov. */
@Entity('tenant_population')
export class TenantPopulation {
  @PrimaryColumn({ type: 'uuid' })
  tenantId!: string;

  @PrimaryColumn({ type: 'integer' })
  year!: number;

  @Column({ type: 'integer' })
  inhabitants!: number;

  @Column({ type: 'jsonb', default: () => "'{}'" })
  ageGroups!: Record<string, number>;

  @ManyToOne(() => Tenant, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'tenant_id' })
  private readonly tenant?: Relation<Tenant>;
}
