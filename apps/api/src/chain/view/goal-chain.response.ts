import { ApiProperty } from '@nestjs/swagger';
import {
  GOAL_LEVELS, GOAL_STATUSES, type AssessmentDto, type ChainElementView, type ChainGoalSummary, type ChainIndicatorView,
  type ChainOrgNodeSummary, type ChainRatioView, type CoverageDto, type FigureReason, type GoalChainView, type GoalLevel,
  type GoalChainsForYear, type GoalStatus, type IndicatorFigureDto, type RatioResultDto,
} from '@resultatkedjan/contracts';
import { ChainElementResponse } from '../elements/chain-element.dto.js';
import { IndicatorResponse } from '../indicators/indicator-response.dto.js';
import { RatioDefinitionResponse } from '../ratios/ratio-definition.dto.js';

const REASONS: FigureReason[] = ['saknar_varde', 'division_med_noll', 'ej_aggregerbar', 'utanfor_talomrade', 'ogiltig_definition'];

class CoverageResponse implements CoverageDto {
  @ApiProperty({ example: 10 }) withData!: number;
  @ApiProperty({ example: 10 }) total!: number;
}

class AssessmentResponse implements AssessmentDto {
  @ApiProperty({ example: 2 }) level!: number;
  @ApiProperty({ example: 'Delvis uppfyllt' }) label!: string;
  @ApiProperty({ type: Number, nullable: true, example: 0.977 }) attainment!: number | null;
  @ApiProperty({ type: String, nullable: true, example: null, description: 'saknar_mal, saknar_varde, inaktuellt_varde, neutral_riktning, negativt_mal' })
  reason!: string | null;
}

class IndicatorFigureResponse implements IndicatorFigureDto {
  @ApiProperty({ format: 'uuid' }) orgNodeId!: string;
  @ApiProperty({ example: '2025' }) periodKey!: string;
  @ApiProperty({ type: Number, nullable: true, example: 84.02 }) value!: number | null;
  @ApiProperty({ example: '%' }) unit!: string;
  @ApiProperty({ enum: REASONS, nullable: true, example: null }) reason!: FigureReason | null;
  @ApiProperty({ type: Number, nullable: true, example: 368 }) numerator!: number | null;
  @ApiProperty({ type: Number, nullable: true, example: 438 }) denominator!: number | null;
  @ApiProperty({ type: CoverageResponse }) coverage!: CoverageResponse;
  @ApiProperty({ type: Number, nullable: true, example: 86 }) target!: number | null;
  @ApiProperty({ type: String, nullable: true, example: '2025' }) targetPeriodKey!: string | null;
  @ApiProperty({ type: AssessmentResponse }) assessment!: AssessmentResponse;
}

class RatioResultResponse implements RatioResultDto {
  @ApiProperty({ format: 'uuid' }) orgNodeId!: string;
  @ApiProperty({ example: '2025' }) periodKey!: string;
  @ApiProperty({ type: Number, nullable: true, example: 11.842105 }) value!: number | null;
  @ApiProperty({ type: Number, nullable: true, example: 450 }) numerator!: number | null;
  @ApiProperty({ type: Number, nullable: true, example: 38 }) denominator!: number | null;
  @ApiProperty({ example: 'elever' }) numeratorUnit!: string;
  @ApiProperty({ example: 'åa' }) denominatorUnit!: string;
  @ApiProperty({ example: 'elever/åa' }) unit!: string;
  @ApiProperty({ enum: REASONS, nullable: true, example: null }) reason!: FigureReason | null;
  @ApiProperty({ type: CoverageResponse }) coverage!: CoverageResponse;
}

class ChainIndicatorResponse extends IndicatorResponse implements ChainIndicatorView {
  @ApiProperty({ type: [IndicatorFigureResponse] }) figures!: IndicatorFigureResponse[];
}

class ChainElementViewResponse extends ChainElementResponse implements ChainElementView {
  @ApiProperty({ type: [ChainIndicatorResponse] }) indicators!: ChainIndicatorResponse[];
}

class ChainRatioResponse extends RatioDefinitionResponse implements ChainRatioView {
  @ApiProperty({ type: [RatioResultResponse] }) results!: RatioResultResponse[];
}

class ChainGoalResponse implements ChainGoalSummary {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'BUN1' }) key!: string;
  @ApiProperty({ example: 'Fler elever är behöriga till gymnasiets yrkesprogram' }) title!: string;
  @ApiProperty({ enum: GOAL_LEVELS, example: 'namndmal' }) level!: GoalLevel;
  @ApiProperty({ enum: GOAL_STATUSES, example: 'beslutad' }) status!: GoalStatus;
  @ApiProperty({ format: 'uuid' }) ownerNodeId!: string;
}

class ChainOrgNodeResponse implements ChainOrgNodeSummary {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'uf.gr.norr' }) key!: string;
  @ApiProperty({ example: 'Norrskolan' }) name!: string;
}

export class GoalChainResponse implements GoalChainView {
  @ApiProperty({ type: ChainGoalResponse }) goal!: ChainGoalResponse;
  @ApiProperty({ type: [String], example: ['2025-Q1', '2025-Q2', '2025'] }) periods!: string[];
  @ApiProperty({ type: [ChainOrgNodeResponse] }) orgNodes!: ChainOrgNodeResponse[];
  @ApiProperty({ type: [ChainElementViewResponse] }) elements!: ChainElementViewResponse[];
  @ApiProperty({ type: [ChainRatioResponse] }) ratios!: ChainRatioResponse[];
  @ApiProperty({ type: [String], example: [] }) warnings!: string[];
}

export class GoalChainsForYearResponse implements GoalChainsForYear {
  @ApiProperty({ example: 2026 }) year!: number;
  @ApiProperty({ type: [String], example: ['2025', '2026'] }) periods!: string[];
  @ApiProperty({ type: [GoalChainResponse] }) chains!: GoalChainResponse[];
  @ApiProperty({ example: 0, description: 'Mål som inte fick plats i svaret' }) omitted!: number;
}
