import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Last run of each background component, written by the worker's heartbeat job. Not tenant-owned. */
@Entity('system_heartbeat')
export class SystemHeartbeat {
  @PrimaryColumn({ type: 'text', primaryKeyConstraintName: 'PK_system_heartbeat' })
  component!: string;

  @Column({ name: 'last_run_at', type: 'timestamptz' })
  lastRunAt!: Date;

  @Column({ type: 'integer', default: 0 })
  runs!: number;

  @Column({ type: 'text' })
  host!: string;
}
