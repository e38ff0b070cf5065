import { Column, Entity, JoinColumn, ManyToOne, Unique, type Relation } from 'typeorm';
import { TenantOwned } from '../platform/database/columns/tenant-owned.js';
import { Goal } from '../goals/goal.entity.js';
import { Report } from './report.entity.js';

/** The unit's narrative analysis and self-assessed måluppfyllelse for one goal in one report. */
@Entity('report_goal_assessment')
@Unique('UQ_report_goal_assessment', ['reportId', 'goalId'])
export class ReportGoalAssessment extends TenantOwned {
  @Column({ type: 'uuid' })
  reportId!: string;

  @Column({ type: 'uuid' })
  goalId!: string;

  @Column({ type: 'text', default: '' })
  whatHappened!: string;

  @Column({ type: 'text', default: '' })
  why!: string;

  @Column({ type: 'text', default: '' })
  nextSteps!: string;

  /** 0 Ej bedömt … 3 Uppfyllt (the kommun's scale). */
  @Column({ type: 'integer', nullable: true })
  selfLevel!: number | null;

  @Column({ type: 'text', default: '' })
  selfJustification!: string;

  @ManyToOne(() => Report, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'report_id' })
  private readonly report?: Relation<Report>;

  @ManyToOne(() => Goal, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'goal_id' })
  private readonly goal?: Relation<Goal>;
}
