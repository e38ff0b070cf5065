import { Column, Entity, JoinColumn, ManyToOne, type Relation, Unique } from 'typeorm';
import { TenantOwned } from '../../platform/database/columns/tenant-owned.js';
import { AppUser } from '../app-user.entity.js';

/** A one-time link for a user to set a first password; the link holds a random token, the database its SHA-256. */
@Entity('user_invitation')
@Unique('UQ_user_invitation_token_hash', ['tokenHash'])
export class UserInvitation extends TenantOwned {
  @Column({ type: 'uuid' })
  userId!: string;

  @Column({ type: 'text' })
  tokenHash!: string;

  @Column({ type: 'timestamptz' })
  expiresAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  usedAt!: Date | null;

  @ManyToOne(() => AppUser, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  private readonly user?: Relation<AppUser>;
}
