import { Role } from './roles.js';

/**
 * Whose judgement a goal assessment is, above the unit's self-assessment: the förvaltning (its
 * controller), the nämnd or bolag board (its ordförande), and KS for KF's own goals.
 */
export const AssessmentTier = { forvaltning: 'forvaltning', namnd: 'namnd', ks: 'ks' } as const;
export type AssessmentTier = (typeof AssessmentTier)[keyof typeof AssessmentTier];
export const ASSESSMENT_TIERS = Object.values(AssessmentTier) as AssessmentTier[];

export const ASSESSMENT_TIER_LABELS: Readonly<Record<AssessmentTier, string>> = {
  forvaltning: 'Förvaltningens bedömning',
  namnd: 'Nämndens bedömning',
  ks: 'Kommunstyrelsens bedömning',
};

/** The role that records each tier (scope checked on the tier's org node). */
export const ASSESSMENT_TIER_ROLES: Readonly<Record<AssessmentTier, Role>> = {
  forvaltning: Role.controller,
  namnd: Role.ordforande,
  ks: Role.ordforande,
};

/** A unit's self-assessment of the goal in a submitted or approved report: always listed first. */
export interface UnitSelfAssessmentDto {
  reportId: string;
  orgNodeId: string;
  orgNodeName: string;
  level: number | null;
  label: string;
  justification: string;
  whatHappened: string;
  why: string;
  nextSteps: string;
}

export interface GoalAssessmentDto {
  id: string;
  goalId: string;
  periodId: string;
  tier: AssessmentTier;
  /** The body whose judgement it is (förvaltning, nämnd/bolag, KS). */
  orgNodeId: string;
  orgNodeName: string;
  level: number;
  label: string;
  justification: string;
  /** The level the API proposed when it was recorded. */
  proposedLevel: number;
  assessedByUserId: string;
  assessedByName: string;
  assessedAt: string;
}

/** The proposal for a sammanvägd bedömning: the person decides and justifies. */
export interface AssessmentProposalDto {
  level: number;
  label: string;
  /** Indicator levels (at the goal's owner) and unit self-assessments that were weighed. */
  indicatorLevels: number[];
  unitLevels: number[];
}

/** GET /goals/:goalId/assessments?periodId=: every tier side by side, the units' self-assessments first. */
export interface GoalAssessmentsView {
  goalId: string;
  periodId: string;
  periodKey: string;
  levels: { level: number; label: string }[];
  units: UnitSelfAssessmentDto[];
  tiers: GoalAssessmentDto[];
  proposal: AssessmentProposalDto;
}

export interface RecordGoalAssessmentRequest {
  periodId: string;
  tier: AssessmentTier;
  orgNodeId: string;
  level: number;
  justification: string;
}
