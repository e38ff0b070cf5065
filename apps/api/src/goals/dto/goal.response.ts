import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  GOAL_LEVELS, GOAL_STATUSES, ORG_NODE_KINDS, type AgardirektivRef, type GoalCascade, type GoalCascadeNode, type GoalDto, type GoalLevel,
  type GoalOwnerRef, type GoalPage, type GoalStatus, type HygieneBody, type HygieneGoal, type HygieneReport, type OrgNodeKind,
} from '@resultatkedjan/contracts';
import { GoalDecisionResponse } from './goal-decision.dto.js';
import { GOAL_ID_EXAMPLE } from './create-goal.dto.js';

export class GoalResponse implements GoalDto {
  @ApiProperty({ example: GOAL_ID_EXAMPLE }) id!: string;
  @ApiProperty({ example: 'BUN1' }) key!: string;
  @ApiProperty({ enum: GOAL_LEVELS, example: 'namndmal' }) level!: GoalLevel;
  @ApiProperty({ example: 'Fler elever är behöriga till gymnasiets yrkesprogram' }) title!: string;
  @ApiProperty({ example: '' }) description!: string;
  @ApiProperty({ example: GOAL_ID_EXAMPLE }) ownerNodeId!: string;
  @ApiProperty({ type: String, nullable: true, example: GOAL_ID_EXAMPLE }) parentGoalId!: string | null;
  @ApiProperty({ type: [String], example: [] }) alsoServesGoalIds!: string[];
  @ApiProperty({ example: true }) geh!: boolean;
  @ApiProperty({ type: String, nullable: true, example: null }) mandatperiodId!: string | null;
  @ApiProperty({ example: 2025 }) validFromYear!: number;
  @ApiProperty({ type: Number, nullable: true, example: null }) validToYear!: number | null;
  @ApiProperty({ type: String, nullable: true, example: null }) reviewDate!: string | null;
  @ApiProperty({ enum: GOAL_STATUSES, example: 'forslag' }) status!: GoalStatus;
  @ApiProperty({ type: GoalDecisionResponse, nullable: true }) decision!: GoalDecisionResponse | null;
  @ApiProperty({ example: 0 }) sortOrder!: number;
  @ApiProperty({ example: 1, description: 'Skicka med vid PATCH' }) version!: number;
  @ApiProperty({ example: '2026-03-01T09:30:00.000Z' }) updatedAt!: string;
}

export class GoalPageResponse implements GoalPage {
  @ApiProperty({ type: [GoalResponse] }) items!: GoalResponse[];
  @ApiProperty({ example: 1 }) page!: number;
  @ApiProperty({ example: 50 }) pageSize!: number;
  @ApiProperty({ example: 14 }) total!: number;
}

export class GoalOwnerRefResponse implements GoalOwnerRef {
  @ApiProperty({ example: GOAL_ID_EXAMPLE }) id!: string;
  @ApiProperty({ example: 'Barn- och utbildningsnämnden' }) name!: string;
  @ApiProperty({ enum: ORG_NODE_KINDS, example: 'namnd' }) kind!: OrgNodeKind;
}

export class AgardirektivRefResponse implements AgardirektivRef {
  @ApiProperty({ example: GOAL_ID_EXAMPLE }) id!: string;
  @ApiProperty({ example: 'Ägardirektiv för Exempelstadshem AB' }) title!: string;
  @ApiProperty({ type: [String], example: [GOAL_ID_EXAMPLE] }) servesGoalIds!: string[];
}

export class GoalCascadeNodeResponse implements GoalCascadeNode {
  @ApiProperty({ example: GOAL_ID_EXAMPLE }) id!: string;
  @ApiProperty({ example: 'HEM1' }) key!: string;
  @ApiProperty({ enum: GOAL_LEVELS, example: 'bolagsmal' }) level!: GoalLevel;
  @ApiProperty({ example: 'Fler bostäder: ≥ 60 färdigställda lägenheter per år' }) title!: string;
  @ApiProperty({ type: GoalOwnerRefResponse }) ownerNode!: GoalOwnerRefResponse;
  @ApiProperty({ example: true }) geh!: boolean;
  @ApiProperty({ enum: GOAL_STATUSES, example: 'beslutad' }) status!: GoalStatus;
  @ApiProperty({ type: [String], example: [] }) alsoServesGoalIds!: string[];
  @ApiPropertyOptional({ type: AgardirektivRefResponse, nullable: true, description: 'Bara bolagsmål' }) agardirektiv?: AgardirektivRefResponse | null;
  @ApiProperty({ type: () => [GoalCascadeNodeResponse] }) children!: GoalCascadeNodeResponse[];
}

export class GoalCascadeResponse implements GoalCascade {
  @ApiProperty({ example: 2026 }) year!: number;
  @ApiProperty({ type: [GoalCascadeNodeResponse] }) roots!: GoalCascadeNodeResponse[];
}

export class HygieneGoalResponse implements HygieneGoal {
  @ApiProperty({ example: GOAL_ID_EXAMPLE }) id!: string;
  @ApiProperty({ example: 'BUN1' }) key!: string;
  @ApiProperty({ example: 'Fler elever är behöriga till gymnasiets yrkesprogram' }) title!: string;
  @ApiProperty({ example: 10 }) indicatorCount!: number;
  @ApiProperty({ example: true }) overCeiling!: boolean;
}

export class HygieneBodyResponse implements HygieneBody {
  @ApiProperty({ type: GoalOwnerRefResponse }) node!: GoalOwnerRefResponse;
  @ApiProperty({ example: 1 }) goalCount!: number;
  @ApiProperty({ example: false }) overCeiling!: boolean;
  @ApiProperty({ example: 4, description: 'Indikatorer på organets egna mål' }) indicatorCount!: number;
  @ApiProperty({ example: 3, description: 'Uppdrag för året till organet eller enheter under det, utom avbrutna' }) uppdragCount!: number;
  @ApiProperty({ type: [HygieneGoalResponse] }) goals!: HygieneGoalResponse[];
  @ApiProperty({ type: [String], example: ['Målet BUN1 har 10 indikatorer; kommunens tak är 6 (R-1).'] }) warnings!: string[];
}

export class HygieneReportResponse implements HygieneReport {
  @ApiProperty({ example: 2026 }) year!: number;
  @ApiProperty({ example: 5 }) goalCeiling!: number;
  @ApiProperty({ example: 6 }) indicatorCeiling!: number;
  @ApiProperty({ type: [HygieneBodyResponse] }) bodies!: HygieneBodyResponse[];
}
