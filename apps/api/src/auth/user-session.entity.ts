import { Column, Entity, JoinColumn, ManyToOne, type Relation, Unique } from 'typeorm';
import { TenantOwned } from '../platform/database/columns/tenant-owned.js';
import { AppUser } from './app-user.entity.js';

/** A login session; the cookie holds a random token, the database only its SHA-256. */
@Entity('user_session')
@Unique('UQ_user_session_token_hash', ['tokenHash'])
export class UserSession extends TenantOwned {
  @Column({ type: 'text' })
  tokenHash!: string;

  @Column({ type: 'uuid' })
  userId!: string;

  @Column({ type: 'text' })
  csrfToken!: string;

  @Column({ type: 'timestamptz' })
  expiresAt!: Date;

  @ManyToOne(() => AppUser, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  private readonly user?: Relation<AppUser>;
}
