import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { Tenant } from '../../tenancy/tenant.entity.js';

/**
 * A kommun's data version: bumped once at the commit of every transaction that changed its data (triggers, migration
 * DataVersion), so computed views cached under (kommun, version) are never served after a change, on any replica.
 */
@Entity('tenant_data_version')
export class TenantDataVersion {
  @PrimaryColumn({ type: 'uuid' })
  tenantId!: string;

  @Column({ type: 'bigint', default: 0 })
  version!: string;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  changedAt!: Date;

  @ManyToOne(() => Tenant, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'tenant_id' })
  private readonly tenant?: Relation<Tenant>;
}
