// Shared API shapes for the chain feature (request/response interfaces used by API and web).
import type {
  ChainLink, Direction, GoalLevel, GoalStatus, IndicatorSource, OrgAggregation, Periodicity, RatioKind, TimeAggregation,
} from './enums.js';

// ── Chain elements ────────────────────────────────────────────────────────────────────────────────

export interface ChainElementDto {
  id: string;
  goalId: string;
  link: ChainLink;
  name: string;
  description: string;
  sortOrder: number;
  /** An aktivitet's result indicator: the resultat it is meant to move; null otherwise. */
  resultIndicatorId: string | null;
  createdAt: string;
}

export interface CreateChainElementRequest {
  link: ChainLink;
  name: string;
  description?: string;
  sortOrder?: number;
  resultIndicatorId?: string | null;
}

export type UpdateChainElementRequest = Partial<CreateChainElementRequest>;

// ── Indicators and targets ────────────────────────────────────────────────────────────────────────

/** Kommun thresholds overridden for one indicator: a ≥ fulfilledFrom → Uppfyllt, a ≥ partlyFrom → Delvis. */
export interface IndicatorLevelScaleDto {
  fulfilledFrom: number;
  partlyFrom: number;
}

export interface IndicatorDto {
  id: string;
  goalId: string;
  chainElementId: string;
  /** The chain link of the indicator's element (resurs, prestation …). */
  link: ChainLink;
  key: string;
  name: string;
  unit: string;
  direction: Direction;
  orgAggregation: OrgAggregation;
  timeAggregation: TimeAggregation;
  weightIndicatorId: string | null;
  numeratorIndicatorId: string | null;
  denominatorIndicatorId: string | null;
  scale: number | null;
  periodicity: Periodicity;
  targeted: boolean;
  purpose: string;
  source: IndicatorSource;
  koladaId: string | null;
  baselineValue: number | null;
  baselinePeriodKey: string | null;
  reviewDate: string | null;
  levelScale: IndicatorLevelScaleDto | null;
  sortOrder: number;
  createdAt: string;
}

export interface IndicatorTargetDto {
  /** '2026', '2026-Q2', '2026-D' … */
  periodKey: string;
  targetValue: number;
}

/** One indicator with its targets and soft warnings (R-1: too many indicators on the goal, …). */
export interface IndicatorDetailDto extends IndicatorDto {
  targets: IndicatorTargetDto[];
  warnings: string[];
}

export interface CreateIndicatorRequest {
  chainElementId: string;
  key: string;
  name: string;
  unit: string;
  direction: Direction;
  orgAggregation: OrgAggregation;
  timeAggregation: TimeAggregation;
  weightIndicatorId?: string | null;
  numeratorIndicatorId?: string | null;
  denominatorIndicatorId?: string | null;
  scale?: number | null;
  periodicity: Periodicity;
  targeted?: boolean;
  purpose: string;
  source?: IndicatorSource;
  koladaId?: string | null;
  baselineValue?: number | null;
  baselinePeriodKey?: string | null;
  reviewDate?: string | null;
  levelScale?: IndicatorLevelScaleDto | null;
  sortOrder?: number;
}

export type UpdateIndicatorRequest = Partial<CreateIndicatorRequest>;

/** PUT /indicators/:id/targets replaces the whole set. */
export interface ReplaceTargetsRequest {
  targets: IndicatorTargetDto[];
}

// ── Ratio definitions ─────────────────────────────────────────────────────────────────────────────

export interface RatioDefinitionDto {
  id: string;
  goalId: string;
  kind: RatioKind;
  name: string;
  numeratorIndicatorId: string;
  denominatorIndicatorId: string;
  scale: number | null;
  /** Display unit; null = derived from the indicators' units. */
  unit: string | null;
  sortOrder: number;
  createdAt: string;
}

export interface CreateRatioDefinitionRequest {
  kind: RatioKind;
  name: string;
  numeratorIndicatorId: string;
  denominatorIndicatorId: string;
  scale?: number | null;
  unit?: string | null;
  sortOrder?: number;
}

export type UpdateRatioDefinitionRequest = Partial<CreateRatioDefinitionRequest>;

/** POST /goals/:goalId/ratios/preview: a ratio not yet saved, computed on current data at the goal's owner. */
export interface RatioPreviewRequest {
  kind: RatioKind;
  numeratorIndicatorId: string;
  denominatorIndicatorId: string;
  scale?: number | null;
  unit?: string | null;
  /** The year's four quarters and the year itself are computed. */
  year: number;
}

export interface RatioPreviewDto {
  /** Problems the save would refuse with 422, keyed like its fields; the preview is still computed when it can be. */
  fields: Record<string, string[]>;
  /** One result per period (the year's quarters, then the year) at the goal's owner; empty when the pair cannot be computed. */
  results: RatioResultDto[];
}

// ── The chain with computed figures ───────────────────────────────────────────────────────────────

/** Why a computed value is null. `ogiltig_definition`: the stored definition no longer fits its indicators. */
export type FigureReason = 'saknar_varde' | 'division_med_noll' | 'ej_aggregerbar' | 'utanfor_talomrade' | 'ogiltig_definition';

export interface CoverageDto {
  /** Reporting units with data in the period. */
  withData: number;
  /** Units expected to report (those reporting the indicator at all in the loaded years). */
  total: number;
}

export interface AssessmentDto {
  /** 0 = Ej bedömt; the kommun's scale otherwise (default 3 Uppfyllt, 2 Delvis uppfyllt, 1 Ej uppfyllt). */
  level: number;
  label: string;
  attainment: number | null;
  /** Why not assessed: saknar_mal, saknar_varde, inaktuellt_varde, neutral_riktning, negativt_mal. */
  reason: string | null;
}

export interface IndicatorFigureDto {
  orgNodeId: string;
  periodKey: string;
  value: number | null;
  unit: string;
  reason: FigureReason | null;
  /** RATIO: the divided sums; WEIGHTED_MEAN: Σ value·weight and Σ weight; otherwise null. */
  numerator: number | null;
  denominator: number | null;
  coverage: CoverageDto;
  /** The period's target, else the year's (not for flows summed over a part of the year). */
  target: number | null;
  targetPeriodKey: string | null;
  assessment: AssessmentDto;
}

export interface RatioResultDto {
  orgNodeId: string;
  periodKey: string;
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  numeratorUnit: string;
  denominatorUnit: string;
  unit: string;
  reason: FigureReason | null;
  coverage: CoverageDto;
}

export interface ChainIndicatorView extends IndicatorDto {
  figures: IndicatorFigureDto[];
}

export interface ChainElementView extends ChainElementDto {
  indicators: ChainIndicatorView[];
}

export interface ChainRatioView extends RatioDefinitionDto {
  results: RatioResultDto[];
}

export interface ChainGoalSummary {
  id: string;
  key: string;
  title: string;
  level: GoalLevel;
  status: GoalStatus;
  ownerNodeId: string;
}

export interface ChainOrgNodeSummary {
  id: string;
  key: string;
  name: string;
}

/** GET /goals/:goalId/chain: the chain in link order with roll-ups per org node and period. */
export interface GoalChainView {
  goal: ChainGoalSummary;
  /** Requested periods in chronological order. */
  periods: string[];
  /** Requested org nodes, sorted by name (never ranked). */
  orgNodes: ChainOrgNodeSummary[];
  elements: ChainElementView[];
  ratios: ChainRatioView[];
  warnings: string[];
}

/** GET /chains?year=: every goal of the year that has indicators, each at its owner, for the year and the one before. */
export interface GoalChainsForYear {
  year: number;
  /** The previous year and the year, e.g. ['2025', '2026']. */
  periods: string[];
  /** In the goals' own order (level, then sort order), never ranked. */
  chains: GoalChainView[];
  /** Goals left out beyond the limit of one answer. */
  omitted: number;
}
