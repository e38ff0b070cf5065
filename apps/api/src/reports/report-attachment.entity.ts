import { Column, Entity, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { TenantOwned } from '../platform/database/columns/tenant-owned.js';
import { Report } from './report.entity.js';

/** A file attached to a report, stored in the database (size-limited and type-checked on upload). */
@Entity('report_attachment')
export class ReportAttachment extends TenantOwned {
  @Column({ type: 'uuid' })
  reportId!: string;

  @Column({ type: 'text' })
  filename!: string;

  @Column({ type: 'text' })
  contentType!: string;

  @Column({ type: 'integer' })
  sizeBytes!: number;

  @Column({ type: 'bytea' })
  data!: Buffer;

  @Column({ type: 'uuid', nullable: true })
  uploadedBy!: string | null;

  @ManyToOne(() => Report, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'report_id' })
  private readonly report?: Relation<Report>;
}
