import { Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import type { ExportFormat, ExportStatus } from '@resultatkedjan/contracts';
import { TenantOwned } from '../platform/database/columns/tenant-owned.js';
import { FollowUpPeriod } from '../periods/follow-up-period.entity.js';
import { AppUser } from '../auth/app-user.entity.js';

/** An årsredovisning or delårsrapport export of a locked period: its job's progress and, once built, the file. */
@Entity('period_export')
@Index('IDX_period_export_period', ['tenantId', 'periodId'])
export class PeriodExport extends TenantOwned {
  @Column({ type: 'uuid' })
  periodId!: string;

  @Column({ type: 'text' })
  format!: ExportFormat;

  @Column({ type: 'text', default: 'koad' })
  status!: ExportStatus;

  /** 0–100 */
  @Column({ type: 'integer', default: 0 })
  progress!: number;

  @Column({ type: 'text' })
  fileName!: string;

  @Column({ type: 'text' })
  contentType!: string;

  @Column({ type: 'bytea', nullable: true })
  data!: Buffer | null;

  @Column({ type: 'integer', nullable: true })
  sizeBytes!: number | null;

  /** SHA-256 of the content without the generation time: equal for every export of the same snapshot and format. */
  @Column({ type: 'text', nullable: true })
  contentHash!: string | null;

  @Column({ type: 'text', nullable: true })
  error!: string | null;

  @Column({ type: 'uuid', nullable: true })
  createdByUserId!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  finishedAt!: Date | null;

  @ManyToOne(() => FollowUpPeriod, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'period_id' })
  private readonly period?: Relation<FollowUpPeriod>;

  @ManyToOne(() => AppUser, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'created_by_user_id' })
  private readonly createdBy?: Relation<AppUser>;
}
