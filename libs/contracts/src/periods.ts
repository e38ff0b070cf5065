// Shared API shapes for the follow-up calendar, periods, notifications and job runs (API and web).
import type { AssessmentTier } from './assessments.js';
import type { GoalChainView } from './chain.js';
import type { GoalLevel, GoalStatus, OrgNodeKind } from './enums.js';
import type { ReportStatus } from './reports.js';

/** Period kinds a follow-up calendar can contain (ASCII ids; labels: månad, kvartal, tertial, delår, helår). */
export const FollowUpKind = {
  manad: 'manad',
  kvartal: 'kvartal',
  tertial: 'tertial',
  delar: 'delar',
  helar: 'helar',
} as const;
export type FollowUpKind = (typeof FollowUpKind)[keyof typeof FollowUpKind];
export const FOLLOW_UP_KINDS = Object.values(FollowUpKind) as FollowUpKind[];

/** planerad → oppen (drafts created) → last (locked, snapshot taken). */
export const PeriodStatus = { planerad: 'planerad', oppen: 'oppen', last: 'last' } as const;
export type PeriodStatus = (typeof PeriodStatus)[keyof typeof PeriodStatus];

export type DeadlineAdjust = 'forward' | 'backward';

/** The dates of a period a controller can set; each is moved to a working day. */
export type PeriodMilestone = 'opensOn' | 'deadline' | 'reviewDeadline' | 'locksOn';

export interface FollowUpPeriodDto {
  id: string;
  calendarId: string;
  /** '2026-Q1', '2026-D', '2025-H' … */
  periodKey: string;
  kind: FollowUpKind;
  coversFrom: string;
  coversTo: string;
  opensOn: string;
  /** Unit deadline. */
  deadline: string;
  reviewDeadline: string;
  locksOn: string;
  status: PeriodStatus;
  openedAt: string | null;
  lockedAt: string | null;
}

export interface CalendarPresetDto {
  /** Pass as `template` in PUT /calendars/:year. */
  id: string;
  name: string;
}

/** GET/PUT /calendars/:year */
export interface CalendarDto {
  id: string;
  year: number;
  /** The preset the template came from, or null for a template of the kommun's own. */
  presetId: string | null;
  templateName: string;
  /** The full template as stored (libs/domain FollowUpTemplate). */
  template: Record<string, unknown>;
  overrides: Record<string, Record<string, string | { date: string; adjust: DeadlineAdjust }>>;
  reminderDays: number[];
  /** This calendar's periods in opening order. A period whose key another year's calendar already has
   *  (the previous year's helår) stays with that calendar and is not repeated here. */
  periods: FollowUpPeriodDto[];
  updatedAt: string;
}

/**
 * PUT /calendars/:year — generates and stores the year's periods. `template` is a preset id
 * (GET /calendars/presets) or a full template (libs/domain FollowUpTemplate). Periods that already opened
 * or locked are kept; moving their dates is refused (422).
 */
export interface PutCalendarRequest {
  template: string | Record<string, unknown>;
  /** Days before the unit deadline to remind, e.g. [7, 2] (0 = on the day). Omitted: the year keeps its own; a new year takes the kommun's settings.reminderDays. */
  reminderDays?: number[];
  /** periodKey → milestone → date (or { date, adjust }), e.g. { '2026-Q1': { deadline: '2026-04-15' } }. */
  overrides?: Record<string, Record<string, string | { date: string; adjust: DeadlineAdjust }>>;
}

/**
 * PATCH /periods/:id — planned periods: any date; open periods: every date but opensOn; locked: none (409).
 * Each date is moved to a working day (`adjust`, default forward). `coversTo` only for a delår (½–⅔ of the year).
 */
export interface PatchPeriodRequest {
  opensOn?: string;
  deadline?: string;
  reviewDeadline?: string;
  locksOn?: string;
  coversTo?: string;
  adjust?: DeadlineAdjust;
}

/** PATCH /periods/:id answer: the period, and each date that was moved to a working day. */
export interface PatchPeriodResponse extends FollowUpPeriodDto {
  adjusted: Partial<Record<PeriodMilestone, { requested: string; actual: string }>>;
}

/** Which org node kinds report in which period kinds (GET/PUT /calendars/reporting-kinds). */
export type ReportingKinds = Record<OrgNodeKind, FollowUpKind[]>;

export interface ReportingKindsDto {
  reportingKinds: ReportingKinds;
}

// ---------------------------------------------------------------- snapshot

/** A ratio definition's result at one org node in a version 1 snapshot (value only). */
export interface SnapshotRatioV1 {
  ratioDefinitionId: string;
  orgNodeId: string;
  value: number | null;
  unit: string;
  reason: string | null;
}

/** Version 1 snapshots (taken before exports existed): figures only. Still read; exports need version 2. */
export interface PeriodSnapshotDataV1 {
  version: 1;
  periodKey: string;
  coversFrom: string;
  coversTo: string;
  /** When the snapshot was taken (ISO timestamp). */
  takenAt: string;
  /** The base periods whose values went in (quarters, months, the year). */
  periodKeys: string[];
  /** Every stored value inside the period, as it was at the lock. */
  values: { indicatorId: string; orgNodeId: string; periodKey: string; value: number; referencePeriodKey: string | null }[];
  /** Each indicator rolled up per org node over the period (domain engine; only nodes with data). */
  aggregates: {
    indicatorId: string;
    orgNodeId: string;
    value: number | null;
    unit: string;
    reason: string | null;
    coverage: { withData: number; total: number };
  }[];
  /** Each ratio definition per org node (ratio of sums). */
  ratios: SnapshotRatioV1[];
  /** Each report of the period with its status at the lock. */
  reports: { orgNodeId: string; status: ReportStatus }[];
  /** Definitions the engine could not use, with the reason (the rest of the snapshot is still complete). */
  problems: { kind: 'indicator' | 'ratio'; id: string; message: string }[];
}

/** A ratio's result with the sums it is the quotient of, each with its unit. */
export interface SnapshotRatio extends SnapshotRatioV1 {
  numerator: number | null;
  denominator: number | null;
  numeratorUnit: string;
  denominatorUnit: string;
}

/**
 * What the årsredovisning and delårsrapport need besides the figures, frozen at the lock so an export never reads
 * live data: the org tree, grunduppdrag, the goals, each goal's chain at its owner for the period (computed by
 * the chain view's own code, so export and chain view agree), and the assessments up the chain.
 */
export interface SnapshotFollowUp {
  kommunName: string;
  periodKind: FollowUpKind;
  /** The kommun's måluppfyllelse scale, best first, 0 (Ej bedömt) last. */
  levels: { level: number; label: string }[];
  orgNodes: { id: string; key: string; name: string; kind: OrgNodeKind; parentId: string | null; ownershipShare: number | null }[];
  grunduppdrag: { orgNodeId: string; text: string }[];
  goals: {
    id: string;
    key: string;
    title: string;
    level: GoalLevel;
    status: GoalStatus;
    ownerNodeId: string;
    parentGoalId: string | null;
    geh: boolean;
    sortOrder: number;
  }[];
  /** Each goal's chain at its owner node for the period (GoalChainView of GET /goals/:id/chain?periods=<periodKey>). */
  chains: GoalChainView[];
  /** Förvaltning, nämnd (or bolag board) and KS assessments recorded for the period. */
  assessments: { goalId: string; tier: AssessmentTier; orgNodeId: string; level: number; justification: string }[];
  /** The units' (and nämnders') self-assessments and narratives in submitted or approved reports of the period. */
  selfAssessments: {
    goalId: string;
    orgNodeId: string;
    level: number | null;
    justification: string;
    whatHappened: string;
    why: string;
    nextSteps: string;
  }[];
}

/**
 * period_snapshot.data: the frozen picture of a locked period (what exports read), as
 * apps/api/src/periods/period-snapshot.builder.ts writes it. Version 2 adds each ratio's numerator and denominator
 * with their units, and the follow-up content (goals, chains, assessments, narratives).
 */
export interface PeriodSnapshotData extends Omit<PeriodSnapshotDataV1, 'version' | 'ratios'> {
  version: 2;
  ratios: SnapshotRatio[];
  followUp: SnapshotFollowUp;
}

/** What a period_snapshot row may hold: snapshots taken before version 2 keep their shape. */
export type StoredPeriodSnapshot = PeriodSnapshotDataV1 | PeriodSnapshotData;

// ---------------------------------------------------------------- notifications and job runs

export interface NotificationDto {
  id: string;
  /** 'paminnelse' | 'eskalering' | … */
  kind: string;
  recipientUserId: string | null;
  recipientEmail: string;
  subject: string;
  body: string;
  /** 'smtp' (e-mailed, or queued for it while sentAt is null) or 'outbox' (only recorded). */
  channel: string;
  sentAt: string | null;
  periodId: string | null;
  createdAt: string;
}

export interface NotificationPage {
  items: NotificationDto[];
  page: number;
  pageSize: number;
  total: number;
}

export type JobRunStatus = 'running' | 'completed' | 'failed';

export interface JobRunDto {
  id: string;
  /** Deterministic per action: 'open:<periodId>', 'remind:<periodId>:<days>', 'escalate:<periodId>', 'lock:<periodId>', 'snapshot:<periodId>'. */
  jobKey: string;
  /** 'open' | 'remind' | 'escalate' | 'lock' | 'snapshot' */
  jobName: string;
  periodId: string | null;
  periodKey: string | null;
  status: JobRunStatus;
  attempts: number;
  startedAt: string;
  finishedAt: string | null;
  error: string | null;
  result: Record<string, unknown> | null;
}

export interface JobRunPage {
  items: JobRunDto[];
  page: number;
  pageSize: number;
  total: number;
}
