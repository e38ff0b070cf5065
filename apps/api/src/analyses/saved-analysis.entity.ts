import { Column, Entity, Index, JoinColumn, ManyToOne, UpdateDateColumn, VersionColumn, type Relation } from 'typeorm';
import type { SavedAnalysisSettings } from '@resultatkedjan/contracts';
import { TenantOwned } from '../platform/database/columns/tenant-owned.js';
import { Goal } from '../goals/goal.entity.js';
import { Dialogue } from '../dialogues/dialogue.entity.js';
import { AppUser } from '../auth/app-user.entity.js';

/**
 * A controller's analysis of one goal's ratios for a period (cost per output against quality per unit, a what-if on
 * the resources), with a written analysis, optionally shared to a dialogue where it is read before the meeting.
 */
@Entity('saved_analysis')
@Index('IDX_saved_analysis_goal', ['tenantId', 'goalId'])
@Index('IDX_saved_analysis_dialogue', ['tenantId', 'dialogueId'])
export class SavedAnalysis extends TenantOwned {
  @Column({ type: 'uuid' })
  goalId!: string;

  @Column({ type: 'text' })
  periodKey!: string;

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'text' })
  body!: string;

  /** What the view showed: which ratios and quality measure, which units, the what-if. */
  @Column({ type: 'jsonb' })
  settings!: SavedAnalysisSettings;

  @Column({ type: 'uuid', nullable: true })
  dialogueId!: string | null;

  @Column({ type: 'uuid', nullable: true })
  createdByUserId!: string | null;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;

  @VersionColumn()
  version!: number;

  @ManyToOne(() => Goal, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'goal_id' })
  private readonly goal?: Relation<Goal>;

  @ManyToOne(() => Dialogue, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'dialogue_id' })
  private readonly dialogue?: Relation<Dialogue>;

  @ManyToOne(() => AppUser, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'created_by_user_id' })
  private readonly createdBy?: Relation<AppUser>;
}
