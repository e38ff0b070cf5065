import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import {
  ASSESSMENT_TIERS,
  type AssessmentProposalDto,
  type AssessmentTier,
  type GoalAssessmentDto,
  type GoalAssessmentsView,
  type RecordGoalAssessmentRequest,
  type UnitSelfAssessmentDto,
} from '@resultatkedjan/contracts';
import { IntField } from '../../common/validation/fields.js';

const ID = '1f2e3d4c-5b6a-4987-8a6b-5c4d3e2f1a0b';
export const MAX_JUSTIFICATION_LENGTH = 4000;

export class AssessmentsQueryDto {
  @ApiPropertyOptional({ example: ID, description: 'Uppföljningsperioden; utan den den senast öppnade' })
  @IsOptional()
  @IsUUID()
  periodId?: string;
}

export class RecordGoalAssessmentDto implements RecordGoalAssessmentRequest {
  @ApiProperty({ example: ID, description: 'Uppföljningsperioden' })
  @IsUUID()
  periodId!: string;

  @ApiProperty({ enum: ASSESSMENT_TIERS, example: 'namnd', description: 'forvaltning: controller; namnd: ordförande i nämnden eller bolaget; ks: ordförande i KS, för KF:s mål' })
  @IsIn(ASSESSMENT_TIERS)
  tier!: AssessmentTier;

  @ApiProperty({ example: ID, description: 'Förvaltningen, nämnden (bolaget) eller kommunstyrelsen som bedömer' })
  @IsUUID()
  orgNodeId!: string;

  @ApiProperty({ minimum: 0, maximum: 100, example: 2, description: 'En nivå på kommunens skala (0 Ej bedömt)' })
  @IntField({ min: 0, max: 100 })
  level!: number;

  @ApiProperty({ example: 'Resultaten förbättras men ligger under målvärdet.', description: 'Motivering (krävs)' })
  @IsString()
  @MaxLength(MAX_JUSTIFICATION_LENGTH)
  justification!: string;
}

export class UnitSelfAssessmentResponse implements UnitSelfAssessmentDto {
  @ApiProperty({ example: ID }) reportId!: string;
  @ApiProperty({ example: ID }) orgNodeId!: string;
  @ApiProperty({ example: 'Norrskolan' }) orgNodeName!: string;
  @ApiProperty({ type: Number, nullable: true, example: 2 }) level!: number | null;
  @ApiProperty({ example: 'Delvis uppfyllt' }) label!: string;
  @ApiProperty({ example: 'Text' }) justification!: string;
  @ApiProperty({ example: 'Text' }) whatHappened!: string;
  @ApiProperty({ example: 'Text' }) why!: string;
  @ApiProperty({ example: 'Text' }) nextSteps!: string;
}

export class GoalAssessmentResponse implements GoalAssessmentDto {
  @ApiProperty({ example: ID }) id!: string;
  @ApiProperty({ example: ID }) goalId!: string;
  @ApiProperty({ example: ID }) periodId!: string;
  @ApiProperty({ enum: ASSESSMENT_TIERS, example: 'namnd' }) tier!: AssessmentTier;
  @ApiProperty({ example: ID }) orgNodeId!: string;
  @ApiProperty({ example: 'Barn- och utbildningsnämnden' }) orgNodeName!: string;
  @ApiProperty({ example: 2 }) level!: number;
  @ApiProperty({ example: 'Delvis uppfyllt' }) label!: string;
  @ApiProperty({ example: 'Text' }) justification!: string;
  @ApiProperty({ example: 2 }) proposedLevel!: number;
  @ApiProperty({ example: ID }) assessedByUserId!: string;
  @ApiProperty({ example: 'Karin Lindqvist' }) assessedByName!: string;
  @ApiProperty({ example: '2026-11-05T10:00:00.000Z' }) assessedAt!: string;
}

class LevelResponse {
  @ApiProperty({ example: 3 }) level!: number;
  @ApiProperty({ example: 'Uppfyllt' }) label!: string;
}

class ProposalResponse implements AssessmentProposalDto {
  @ApiProperty({ example: 2 }) level!: number;
  @ApiProperty({ example: 'Delvis uppfyllt' }) label!: string;
  @ApiProperty({ type: [Number], example: [3, 2] }) indicatorLevels!: number[];
  @ApiProperty({ type: [Number], example: [2] }) unitLevels!: number[];
}

export class GoalAssessmentsResponse implements GoalAssessmentsView {
  @ApiProperty({ example: ID }) goalId!: string;
  @ApiProperty({ example: ID }) periodId!: string;
  @ApiProperty({ example: '2026-Q3' }) periodKey!: string;
  @ApiProperty({ type: [LevelResponse] }) levels!: LevelResponse[];
  @ApiProperty({ type: [UnitSelfAssessmentResponse] }) units!: UnitSelfAssessmentResponse[];
  @ApiProperty({ type: [GoalAssessmentResponse] }) tiers!: GoalAssessmentResponse[];
  @ApiProperty({ type: ProposalResponse }) proposal!: ProposalResponse;
}
