import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * Append-only trail of what platform operators did (kommun created, deactivated, exported, deleted; queue actions).
 * Kept apart from the kommuner's own audit trails so it survives a kommun's deletion; target_tenant_id has no
 * foreign key for the same reason.
 */
@Entity('platform_audit_event')
@Index('IDX_platform_audit_event_created', ['createdAt'])
export class PlatformAuditEvent {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** null for actions taken by the command line without an operator account. */
  @Column({ type: 'uuid', nullable: true })
  operatorId!: string | null;

  @Column({ type: 'text' })
  action!: string;

  @Column({ type: 'uuid', nullable: true })
  targetTenantId!: string | null;

  @Column({ type: 'jsonb', nullable: true })
  details!: Record<string, unknown> | null;

  @Column({ type: 'text', nullable: true })
  requestId!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
