import { Column, Entity, JoinColumn, ManyToOne, Unique, UpdateDateColumn, VersionColumn, type Relation } from 'typeorm';
import { TenantOwned } from '../platform/database/columns/tenant-owned.js';
import { OrgNode } from '../org/org-node.entity.js';
import type { ReportStatus } from '@resultatkedjan/contracts';
import { FollowUpPeriod } from '../periods/follow-up-period.entity.js';

export type { ReportStatus };

/** One report per org node and follow-up period: values, narrative per goal, self-assessment. */
@Entity('report')
@Unique('UQ_report_node_period', ['tenantId', 'orgNodeId', 'periodId'])
export class Report extends TenantOwned {
  @Column({ type: 'uuid' })
  orgNodeId!: string;

  @Column({ type: 'uuid' })
  periodId!: string;

  @Column({ type: 'text', default: 'utkast' })
  status!: ReportStatus;

  @Column({ type: 'timestamptz', nullable: true })
  submittedAt!: Date | null;

  @Column({ type: 'uuid', nullable: true })
  submittedBy!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  decidedAt!: Date | null;

  @Column({ type: 'uuid', nullable: true })
  decidedBy!: string | null;

  /** The controller's comment when returning the report (återsänd). */
  @Column({ type: 'text', nullable: true })
  returnComment!: string | null;

  /** Why a controller reopened an approved or locked report. */
  @Column({ type: 'text', nullable: true })
  reopenReason!: string | null;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;

  @VersionColumn({ default: 1 })
  version!: number;

  @ManyToOne(() => OrgNode, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'org_node_id' })
  private readonly orgNode?: Relation<OrgNode>;

  @ManyToOne(() => FollowUpPeriod, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'period_id' })
  private readonly period?: Relation<FollowUpPeriod>;
}
