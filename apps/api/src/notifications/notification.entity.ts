import { Column, Entity, Index, Unique } from 'typeorm';
import { TenantOwned } from '../platform/database/columns/tenant-owned.js';

/**
 * Every notification, whether e-mailed (SMTP_URL set) or only kept here as the outbox the UI shows.
 * dedupe_key makes a retried job unable to notify twice.
 */
@Entity('notification')
@Unique('UQ_notification_dedupe', ['tenantId', 'dedupeKey'])
@Index('IDX_notification_recipient', ['tenantId', 'recipientUserId'])
export class Notification extends TenantOwned {
  @Column({ type: 'text' })
  dedupeKey!: string;

  @Column({ type: 'text' })
  kind!: string;

  @Column({ type: 'uuid', nullable: true })
  recipientUserId!: string | null;

  @Column({ type: 'text' })
  recipientEmail!: string;

  @Column({ type: 'text' })
  subject!: string;

  @Column({ type: 'text' })
  body!: string;

  /** 'smtp' once sent by e-mail, 'outbox' when only recorded. */
  @Column({ type: 'text' })
  channel!: string;

  @Column({ type: 'timestamptz', nullable: true })
  sentAt!: Date | null;

  @Column({ type: 'uuid', nullable: true })
  periodId!: string | null;
}
