import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A transaction's note that it changed a kommun's data. Written by a statement trigger once per transaction; the
 * deferred trigger on it bumps tenant_data_version at commit and deletes the note, so the table stays empty.
 */
@Entity('tenant_data_change')
export class TenantDataChange {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id!: string;

  @Column({ type: 'uuid' })
  tenantId!: string;
}
