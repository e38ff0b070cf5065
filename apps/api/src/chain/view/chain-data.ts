import type {
  ChainElementDto, ChainGoalSummary, IndicatorDto, IndicatorLevelScaleDto, RatioDefinitionDto,
} from '@resultatkedjan/contracts';

export interface ChainTarget {
  indicatorId: string;
  periodKey: string;
  targetValue: number;
}

export interface ChainOrgNode {
  id: string;
  /** null when the parent lies outside the loaded subtrees. */
  parentId: string | null;
  key: string;
  name: string;
}

export interface ChainValue {
  indicatorId: string;
  orgNodeId: string;
  periodKey: string;
  value: number;
  referencePeriodKey: string | null;
}

/** Everything the chain view is computed from, loaded with a fixed number of queries. */
export interface ChainData {
  goal: ChainGoalSummary;
  elements: ChainElementDto[];
  /** The goal's own indicators (shown). */
  indicators: IndicatorDto[];
  /** Indicators of other goals that the goal's ratio indicators refer to (computed with, not shown). */
  referencedIndicators: IndicatorDto[];
  targets: ChainTarget[];
  ratios: RatioDefinitionDto[];
  /** The requested nodes and all their descendants. */
  orgNodes: ChainOrgNode[];
  values: ChainValue[];
  /** The kommun's måluppfyllelse thresholds (tenant settings), if set. */
  targetScale: IndicatorLevelScaleDto | null;
}

export interface ChainRequest {
  /** Chronological, distinct, valid period keys. */
  periods: string[];
  orgNodeIds: string[];
}
