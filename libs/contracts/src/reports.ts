// The quarterly report (/reports): what API and web share, so the form and the endpoints cannot drift apart.
import type { ChainLink, Direction, GoalLevel, OrgNodeKind, Periodicity } from './enums.js';
import type { DialogueActionDto } from './dialogues.js';
import type { FollowUpKind, PeriodStatus } from './periods.js';

/** utkast → inlämnad → godkänd | återsänd → inlämnad (and godkänd → återsänd when reopened). */
export const ReportStatus = { utkast: 'utkast', inlamnad: 'inlamnad', godkand: 'godkand', atersand: 'atersand' } as const;
export type ReportStatus = (typeof ReportStatus)[keyof typeof ReportStatus];
export const REPORT_STATUSES = Object.values(ReportStatus) as ReportStatus[];

/** Statuses that still wait for the unit: not yet submitted, or returned by the controller. */
export const REPORT_STATUSES_AWAITING_UNIT: readonly ReportStatus[] = [ReportStatus.utkast, ReportStatus.atersand];

export interface ReportNode {
  id: string;
  key: string;
  name: string;
  kind: OrgNodeKind;
}

export interface ReportPeriod {
  id: string;
  periodKey: string;
  kind: FollowUpKind;
  coversFrom: string;
  coversTo: string;
  /** The units' last day to submit (ISO date). */
  deadline: string;
  /** When values and reports are frozen (ISO date). */
  locksOn: string;
  status: PeriodStatus;
}

export interface ReportUserRef {
  id: string;
  displayName: string;
}

/** A report as listed: who, which period, where in the workflow. */
export interface ReportSummary {
  id: string;
  orgNode: ReportNode;
  period: ReportPeriod;
  status: ReportStatus;
  /** Send back when changing the report (optimistic locking). */
  version: number;
  submittedAt: string | null;
  decidedAt: string | null;
  returnComment: string | null;
  updatedAt: string;
}

export interface ReportPage {
  items: ReportSummary[];
  page: number;
  pageSize: number;
  total: number;
}

/** GET /reports?…: `mine` keeps only the org nodes where the caller may read drafts (their own units). */
export interface ReportListQuery {
  periodId?: string;
  orgNodeId?: string;
  status?: ReportStatus;
  mine?: boolean;
  page?: number;
  pageSize?: number;
}

/** One period's reports counted by status (GET /reports/overview), for the controller's follow-up. */
export interface ReportPeriodOverview {
  period: ReportPeriod;
  counts: Record<ReportStatus, number>;
  total: number;
}

export interface ReportLevel {
  level: number;
  label: string;
}

export interface ReportIndicatorAssessment extends ReportLevel {
  /** utfall/mål, or mål/utfall when lower is better. */
  attainment: number | null;
  /** Why the indicator was not assessed, e.g. saknar_varde. */
  reason: string | null;
}

/** One indicator row of the form: this period's value with last period's value and the target beside it. */
export interface ReportIndicator {
  indicatorId: string;
  key: string;
  name: string;
  unit: string;
  link: ChainLink;
  direction: Direction;
  periodicity: Periodicity;
  /** false = bevakningsnyckeltal (followed without a target). */
  targeted: boolean;
  /** Computed from its numerator and denominator; cannot be entered. */
  computed: boolean;
  /** Why the value cannot be changed in this report (a yearly figure reported in a period now locked), or null. */
  frozenReason: string | null;
  /** The period the value is stored for. */
  periodKey: string;
  value: number | null;
  referencePeriodKey: string | null;
  comment: string | null;
  previousPeriodKey: string;
  previousValue: number | null;
  target: number | null;
  /** null for bevakningsnyckeltal. */
  assessment: ReportIndicatorAssessment | null;
}

/** The unit's narrative analysis and self-assessment for one goal. */
export interface ReportAssessment {
  whatHappened: string;
  why: string;
  nextSteps: string;
  /** 0 Ej bedömt … 3 Uppfyllt. */
  selfLevel: number | null;
  selfJustification: string;
}

export interface ReportGoal {
  goalId: string;
  key: string;
  title: string;
  level: GoalLevel;
  ownerNodeId: string;
  /** The product's suggestion: the lowest assessed indicator level. */
  suggested: ReportLevel;
  assessment: ReportAssessment;
  indicators: ReportIndicator[];
}

export interface ReportDetail extends ReportSummary {
  submittedBy: ReportUserRef | null;
  decidedBy: ReportUserRef | null;
  reopenReason: string | null;
  /** Whether the caller may save the report now. */
  editable: boolean;
  /** The kommun's levels of måluppfyllelse, best first. */
  levels: ReportLevel[];
  goals: ReportGoal[];
  /** Open actions from analysis dialogues that this report's unit owns. */
  openActions: DialogueActionDto[];
}

export interface ReportValueInput {
  indicatorId: string;
  /** null removes the value. */
  value: number | null;
  referencePeriodKey?: string | null;
  comment?: string | null;
}

export interface ReportAssessmentInput extends Partial<ReportAssessment> {
  goalId: string;
}

/** PUT /reports/:id — saves a draft; only the listed values and goals change. */
export interface SaveReportRequest {
  version: number;
  values?: ReportValueInput[];
  assessments?: ReportAssessmentInput[];
}

export interface ReturnReportRequest {
  version?: number;
  comment: string;
}

export interface ReportImportResult {
  /** Rows with values that were read. */
  rows: number;
  /** Values that changed. */
  changed: number;
  report: ReportDetail;
}
