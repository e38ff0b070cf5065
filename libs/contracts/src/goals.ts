// Shared API shapes for the goals feature (request/response interfaces used by API and web).
import type { GoalLevel, GoalStatus, OrgNodeKind } from './enums.js';

/** Decision metadata (DOMAIN 3.2): body, date, minute item (§) and registry number. */
export interface GoalDecisionDto {
  organ: string;
  /** ISO date of the meeting. */
  datum: string;
  paragraf?: string;
  diarienummer?: string;
}

export interface GoalDto {
  id: string;
  key: string;
  level: GoalLevel;
  title: string;
  description: string;
  ownerNodeId: string;
  parentGoalId: string | null;
  /** Further (higher-level) goals this goal also serves, beside its parent. */
  alsoServesGoalIds: string[];
  /** Counts towards god ekonomisk hushållning. */
  geh: boolean;
  mandatperiodId: string | null;
  validFromYear: number;
  validToYear: number | null;
  reviewDate: string | null;
  status: GoalStatus;
  decision: GoalDecisionDto | null;
  sortOrder: number;
  /** Send back on PATCH (optimistic locking). */
  version: number;
  updatedAt: string;
}

export interface GoalPage {
  items: GoalDto[];
  page: number;
  pageSize: number;
  total: number;
}

/** POST /goals — new goals start as status `forslag`. */
export interface CreateGoalRequest {
  key: string;
  level: GoalLevel;
  title: string;
  description?: string;
  ownerNodeId: string;
  parentGoalId?: string | null;
  alsoServesGoalIds?: string[];
  geh?: boolean;
  mandatperiodId?: string | null;
  validFromYear: number;
  validToYear?: number | null;
  reviewDate?: string | null;
  sortOrder?: number;
}

/** PATCH /goals/:id — `version` is required; the level cannot change. alsoServesGoalIds, when given, replaces the set. */
export interface UpdateGoalRequest extends Partial<Omit<CreateGoalRequest, 'level'>> {
  version: number;
}

/** POST /goals/:id/decision — records status `beslutad`. `version`, when given, is checked like on PATCH. */
export interface RecordGoalDecisionRequest extends GoalDecisionDto {
  version?: number;
}

// ---------------------------------------------------------------- circulation for comments

/** A draft goal sent to the units below its owner for comments before the decision. */
export interface GoalCirculationDto {
  sentAt: string;
  sentByName: string;
  /** Last day for comments, if the sender set one. */
  dueOn: string | null;
  /** What the sender asks the units to comment on. */
  message: string;
}

export interface GoalCommentDto {
  id: string;
  authorName: string;
  /** The unit the comment is given for (in the goal owner's subtree). */
  orgNodeId: string;
  orgNodeName: string;
  text: string;
  createdAt: string;
}

/** GET /goals/:id/consultation — the circulation (null when not sent) and its comments, oldest first. */
export interface GoalConsultationDto {
  circulation: GoalCirculationDto | null;
  comments: GoalCommentDto[];
}

/** POST /goals/:id/circulation — only a förslag; sending again updates the due date and message. */
export interface CirculateGoalRequest {
  dueOn?: string | null;
  message?: string;
}

/** POST /goals/:id/comments */
export interface CreateGoalCommentRequest {
  orgNodeId: string;
  text: string;
}

// ---------------------------------------------------------------- cascade and hygiene

export interface GoalOwnerRef {
  id: string;
  name: string;
  kind: OrgNodeKind;
}

export interface AgardirektivRef {
  id: string;
  title: string;
  servesGoalIds: string[];
}

/** GET /goals/cascade: vision and KF goals down through nämndmål/bolagsmål to verksamhetsmål. */
export interface GoalCascadeNode {
  id: string;
  key: string;
  level: GoalLevel;
  title: string;
  ownerNode: GoalOwnerRef;
  geh: boolean;
  status: GoalStatus;
  alsoServesGoalIds: string[];
  /** bolagsmål only: the owner bolag's ägardirektiv for the year (null when it has none). */
  agardirektiv?: AgardirektivRef | null;
  children: GoalCascadeNode[];
}

export interface GoalCascade {
  year: number;
  /** Goals without a parent that year (the vision, KF goals, and any goal whose parent is not valid that year). */
  roots: GoalCascadeNode[];
}

export interface HygieneGoal {
  id: string;
  key: string;
  title: string;
  indicatorCount: number;
  overCeiling: boolean;
}

/** One nämnd, KS or bolag: its own goals that year against the kommun's ceilings. */
export interface HygieneBody {
  node: GoalOwnerRef;
  goalCount: number;
  overCeiling: boolean;
  /** Indicators on the body's own goals. */
  indicatorCount: number;
  /** Uppdrag for the year owned by the body or a node below it, not cancelled. */
  uppdragCount: number;
  goals: HygieneGoal[];
  /** Swedish warnings; never blocking. */
  warnings: string[];
}

/** GET /goals/hygiene */
export interface HygieneReport {
  year: number;
  goalCeiling: number;
  indicatorCeiling: number;
  /** Sorted by name (R-6: no league tables). */
  bodies: HygieneBody[];
}

// ---------------------------------------------------------------- mandatperioder

export interface MandatperiodDto {
  id: string;
  label: string;
  /** ISO date, first day. */
  startsOn: string;
  /** ISO date, last day (inclusive). */
  endsOn: string;
}

export interface MandatperiodPage {
  items: MandatperiodDto[];
  page: number;
  pageSize: number;
  total: number;
}

export interface CreateMandatperiodRequest {
  label: string;
  startsOn: string;
  endsOn: string;
}

export type UpdateMandatperiodRequest = Partial<CreateMandatperiodRequest>;
