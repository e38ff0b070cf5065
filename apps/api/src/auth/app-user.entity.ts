import { Column, Entity, Unique } from 'typeorm';
import { TenantOwned } from '../platform/database/columns/tenant-owned.js';

@Entity('app_user')
@Unique('UQ_app_user_tenant_email', ['tenantId', 'email'])
export class AppUser extends TenantOwned {
  /** Stored lower-case; unique within a kommun (one person may work for two kommuner). */
  @Column({ type: 'text' })
  email!: string;

  @Column({ type: 'text' })
  displayName!: string;

  /** argon2id; null for users who only sign in with SSO. */
  @Column({ type: 'text', nullable: true })
  passwordHash!: string | null;

  @Column({ type: 'text', nullable: true })
  oidcSubject!: string | null;

  @Column({ type: 'boolean', default: true })
  active!: boolean;
}
