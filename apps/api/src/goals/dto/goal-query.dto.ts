import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsDefined, IsIn, IsOptional, IsUUID } from 'class-validator';
import { GOAL_LEVELS, GOAL_STATUSES, type GoalLevel, type GoalStatus } from '@resultatkedjan/contracts';
import { PageQueryDto } from '../../common/pagination/page-query.dto.js';
import { QueryBoolean } from '../../common/validation/query-boolean.js';
import { GOAL_ID_EXAMPLE } from './create-goal.dto.js';
import { QueryYear } from '../../common/validation/fields.js';

export class GoalQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: GOAL_LEVELS, example: 'namndmal' })
  @IsOptional()
  @IsIn(GOAL_LEVELS)
  level?: GoalLevel;

  @ApiPropertyOptional({ example: GOAL_ID_EXAMPLE })
  @IsOptional()
  @IsUUID()
  ownerNodeId?: string;

  @ApiPropertyOptional({ example: true, description: 'Med ownerNodeId: även mål som ägs av underenheter' })
  @IsOptional()
  @QueryBoolean()
  @IsBoolean()
  includeSubtree?: boolean;

  @ApiPropertyOptional({ example: 2026, description: 'Bara mål som gäller detta år' })
  @IsOptional()
  @QueryYear()
  year?: number;

  @ApiPropertyOptional({ enum: GOAL_STATUSES, example: 'beslutad' })
  @IsOptional()
  @IsIn(GOAL_STATUSES)
  status?: GoalStatus;

  @ApiPropertyOptional({ example: GOAL_ID_EXAMPLE })
  @IsOptional()
  @IsUUID()
  parentGoalId?: string;

  @ApiPropertyOptional({ example: true, description: 'Bara mål som räknas (true) eller inte räknas (false) för GEH' })
  @IsOptional()
  @QueryBoolean()
  @IsBoolean()
  geh?: boolean;
}

export class GoalYearQueryDto {
  @ApiProperty({ example: 2026 })
  @IsDefined()
  @QueryYear()
  year!: number;
}
