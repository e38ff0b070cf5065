import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, Unique } from 'typeorm';

export interface TenantSettings {
  /** Soft ceiling on goals per nämnd/bolag (warn, never block). */
  goalCeiling?: number;
  /** Soft ceiling on indicators per goal. */
  indicatorCeiling?: number;
  /** Måluppfyllelse thresholds on attainment a. */
  targetScale?: { fulfilledFrom: number; partlyFrom: number };
  /** The kommun's names of the måluppfyllelse levels, by level number (trimmed, validated on save). */
  levelNames?: { 3: string; 2: string; 1: string; 0: string };
  /** Reminder days for calendars set up from now on (and applied to this year's and later ones when changed). */
  reminderDays?: number[];
}

/** One kommun. */
@Entity('tenant')
@Unique('UQ_tenant_kommunkod', ['kommunkod'])
export class Tenant {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'char', length: 4 })
  kommunkod!: string;

  @Column({ type: 'jsonb', default: () => "'{}'" })
  settings!: TenantSettings;

  /** E-mail domains (lower-case) whose users the login page sends to this kommun, e.g. barby.se. */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  emailDomains!: string[];

  /** A deactivated kommun keeps its data but nobody signs in and no job runs for it. */
  @Column({ type: 'boolean', default: true })
  active!: boolean;

  @Column({ type: 'timestamptz', nullable: true })
  deactivatedAt!: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
