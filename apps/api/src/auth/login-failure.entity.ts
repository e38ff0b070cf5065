import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One failed login, installation-wide (before any kommun is known), so every API process counts the same
 * failures. `key` is a SHA-256 of the address and the account: no e-mail address is stored.
 */
@Entity('login_failure')
@Index('IDX_login_failure_key_time', ['key', 'failedAt'])
export class LoginFailure {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  key!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  failedAt!: Date;
}
