import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, Unique } from 'typeorm';

/**
 * A person who runs the installation (creates kommuner, watches the queues). Belongs to no kommun and never
 * reaches a kommun's rows except through the audited platform path (platform-admin/).
 */
@Entity('platform_operator')
@Unique('UQ_platform_operator_email', ['email'])
export class PlatformOperator {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** Stored lower-case. */
  @Column({ type: 'text' })
  email!: string;

  @Column({ type: 'text' })
  displayName!: string;

  /** argon2id; null until the operator has set a password. */
  @Column({ type: 'text', nullable: true })
  passwordHash!: string | null;

  @Column({ type: 'boolean', default: true })
  active!: boolean;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
