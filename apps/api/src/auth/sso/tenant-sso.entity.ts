import { Column, Entity, Unique, UpdateDateColumn } from 'typeorm';
import type { Role } from '@resultatkedjan/contracts';
import { TenantOwned } from '../../platform/database/columns/tenant-owned.js';

/** How users match a signed-in identity: by the verified e-mail claim, or by the provider's subject (`sub`) only. */
export type SsoMatchClaim = 'email' | 'sub';

/** A kommun's own OpenID Connect provider (usually its Microsoft Entra ID tenant); one row per kommun. */
@Entity('tenant_sso')
@Unique('UQ_tenant_sso_tenant', ['tenantId'])
export class TenantSso extends TenantOwned {
  /** Shown on the login page's button, e.g. "Barby kommuns konto". */
  @Column({ type: 'text' })
  displayName!: string;

  @Column({ type: 'text' })
  issuer!: string;

  @Column({ type: 'text' })
  clientId!: string;

  /** The client secret sealed with the installation's secret key (AES-256-GCM, SecretBox); never sent back out. */
  @Column({ type: 'text' })
  clientSecretSealed!: string;

  @Column({ type: 'text', default: 'email' })
  matchClaim!: SsoMatchClaim;

  /** When set, a first SSO login without an account creates one with this role on provisionOrgNodeId. */
  @Column({ type: 'text', nullable: true })
  provisionRole!: Role | null;

  @Column({ type: 'uuid', nullable: true })
  provisionOrgNodeId!: string | null;

  @Column({ type: 'boolean', default: true })
  enabled!: boolean;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
