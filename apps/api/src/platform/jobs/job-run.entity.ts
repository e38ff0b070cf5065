import { Column, Entity, Index, Unique } from 'typeorm';
import { TenantOwned } from '../database/columns/tenant-owned.js';

/** One run of a per-kommun job (open, remind, escalate, lock, snapshot), keyed so a retry updates, not duplicates. */
@Entity('job_run')
@Unique('UQ_job_run_key', ['tenantId', 'jobKey'])
@Index('IDX_job_run_period', ['tenantId', 'periodId'])
export class JobRun extends TenantOwned {
  @Column({ type: 'text' })
  jobKey!: string;

  @Column({ type: 'text' })
  jobName!: string;

  @Column({ type: 'uuid', nullable: true })
  periodId!: string | null;

  /** 'running' | 'completed' | 'failed' */
  @Column({ type: 'text' })
  status!: string;

  @Column({ type: 'integer', default: 1 })
  attempts!: number;

  @Column({ type: 'timestamptz' })
  startedAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  finishedAt!: Date | null;

  @Column({ type: 'text', nullable: true })
  error!: string | null;

  @Column({ type: 'jsonb', nullable: true })
  result!: Record<string, unknown> | null;
}
