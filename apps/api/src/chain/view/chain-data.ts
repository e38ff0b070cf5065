import type { SubtreeSumsIndex } from '@resultatkedjan/domain';
import type {
  ChainElementDto, ChainGoalSummary, ChainOrgNodeSummary, IndicatorDto, IndicatorLevelScaleDto, LevelNames, RatioDefinitionDto,
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

/** A goal's chain as defined: what is shown and computed, whatever the figures are computed from. */
export interface ChainDefinition {
  goal: ChainGoalSummary;
  elements: ChainElementDto[];
  /** The goal's own indicators (shown). */
  indicators: IndicatorDto[];
  /** Indicators of other goals that the goal's ratio indicators refer to (computed with, not shown). */
  referencedIndicators: IndicatorDto[];
  targets: ChainTarget[];
  ratios: RatioDefinitionDto[];
  /** The kommun's måluppfyllelse thresholds (tenant settings), if set. */
  targetScale: IndicatorLevelScaleDto | null;
  /** The kommun's names of the levels (tenant settings, defaults filled in). */
  levelNames: LevelNames;
}

/** The chain computed from raw values (the exact fallback, and what the unit tests feed). */
export interface ChainData extends ChainDefinition {
  /** The requested nodes and all their descendants. */
  orgNodes: ChainOrgNode[];
  values: ChainValue[];
}

/** The chain computed from subtree sums (the usual path): the requested nodes and the database's sums under them. */
export interface SummedChainData extends ChainDefinition {
  nodes: ChainOrgNodeSummary[];
  sums: SubtreeSumsIndex;
}

export interface ChainRequest {
  /** Chronological, distinct, valid period keys. */
  periods: string[];
  orgNodeIds: string[];
}
