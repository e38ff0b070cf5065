import { Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation, Unique } from 'typeorm';
import { PlatformOperator } from './platform-operator.entity.js';

/** A platform operator's login session; the cookie holds a random token, the database only its SHA-256. */
@Entity('platform_session')
@Unique('UQ_platform_session_token_hash', ['tokenHash'])
export class PlatformSession {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  operatorId!: string;

  @Column({ type: 'text' })
  tokenHash!: string;

  @Column({ type: 'text' })
  csrfToken!: string;

  @Column({ type: 'timestamptz' })
  expiresAt!: Date;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @ManyToOne(() => PlatformOperator, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'operator_id' })
  private readonly operator?: Relation<PlatformOperator>;
}
