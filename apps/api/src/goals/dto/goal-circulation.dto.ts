import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';
import type {
  CirculateGoalRequest, CreateGoalCommentRequest, GoalCirculationDto, GoalCommentDto, GoalConsultationDto,
} from '@resultatkedjan/contracts';
import { IsIsoDate, OptionalNotNull } from '../../common/validation/fields.js';

const ID = '1f2e3d4c-5b6a-4987-8a6b-5c4d3e2f1a0b';
export const MAX_GOAL_COMMENT_LENGTH = 4000;

export class CirculateGoalDto implements CirculateGoalRequest {
  @ApiPropertyOptional({ type: String, nullable: true, example: '2026-03-31', description: 'Sista dag för synpunkter' })
  @IsOptional()
  @IsIsoDate()
  dueOn?: string | null;

  @ApiPropertyOptional({ example: 'Är målet möjligt att bryta ned för er enhet?', maxLength: 2000 })
  @OptionalNotNull()
  @IsString()
  @MaxLength(2000)
  message?: string;
}

export class CreateGoalCommentDto implements CreateGoalCommentRequest {
  @ApiProperty({ example: ID, description: 'Enheten synpunkten lämnas för: under målets ägare och inom din behörighet' })
  @IsUUID()
  orgNodeId!: string;

  @ApiProperty({ example: 'Målet passar oss, men indikatorn behöver mätas per termin.', maxLength: MAX_GOAL_COMMENT_LENGTH })
  @IsString()
  @MinLength(1)
  @MaxLength(MAX_GOAL_COMMENT_LENGTH)
  text!: string;
}

export class GoalCirculationResponse implements GoalCirculationDto {
  @ApiProperty({ example: '2026-02-10T09:30:00.000Z' }) sentAt!: string;
  @ApiProperty({ example: 'Eva Berg' }) sentByName!: string;
  @ApiProperty({ type: String, nullable: true, example: '2026-03-31' }) dueOn!: string | null;
  @ApiProperty({ example: 'Är målet möjligt att bryta ned för er enhet?' }) message!: string;
}

export class GoalCommentResponse implements GoalCommentDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'Omar Hassan' }) authorName!: string;
  @ApiProperty({ format: 'uuid' }) orgNodeId!: string;
  @ApiProperty({ example: 'Norrskolan F–9' }) orgNodeName!: string;
  @ApiProperty({ example: 'Målet passar oss.' }) text!: string;
  @ApiProperty({ example: '2026-02-12T13:05:00.000Z' }) createdAt!: string;
}

export class GoalConsultationResponse implements GoalConsultationDto {
  @ApiProperty({ type: GoalCirculationResponse, nullable: true }) circulation!: GoalCirculationDto | null;
  @ApiProperty({ type: [GoalCommentResponse] }) comments!: GoalCommentDto[];
}
