import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize, ArrayUnique, IsArray, IsBoolean, IsOptional, IsString, IsUUID, Matches, MaxLength, MinLength,
} from 'class-validator';
import type { UpdateGoalRequest } from '@resultatkedjan/contracts';
import { sv } from '../../common/validation/swedish-message.js';
import { GOAL_ID_EXAMPLE } from './create-goal.dto.js';
import { GOAL_KEY_PATTERN } from './goal-key.js';
import { IntField, IsIsoDate, OptionalNotNull, YearField } from '../../common/validation/fields.js';

/** Every field but `version` optional; the level is fixed once created. */
export class UpdateGoalDto implements UpdateGoalRequest {
  @ApiProperty({ example: 3, description: 'Versionen du läste; stämmer den inte svarar API:t 409' })
  @IntField({ min: 1 })
  version!: number;

  @ApiPropertyOptional({ example: 'BUN1' })
  @OptionalNotNull()
  @IsString()
  @MinLength(1)
  @MaxLength(64)
  @Matches(GOAL_KEY_PATTERN, sv('Nyckeln får bara innehålla bokstäver, siffror, punkt, bindestreck och understreck.'))
  key?: string;

  @ApiPropertyOptional({ example: 'Fler elever är behöriga till gymnasiets yrkesprogram' })
  @OptionalNotNull()
  @IsString()
  @MinLength(1)
  @MaxLength(500)
  title?: string;

  @ApiPropertyOptional({ example: '' })
  @OptionalNotNull()
  @IsString()
  @MaxLength(20_000)
  description?: string;

  @ApiPropertyOptional({ example: GOAL_ID_EXAMPLE })
  @OptionalNotNull()
  @IsUUID()
  ownerNodeId?: string;

  @ApiPropertyOptional({ type: String, nullable: true, example: GOAL_ID_EXAMPLE })
  @IsOptional()
  @IsUUID()
  parentGoalId?: string | null;

  @ApiPropertyOptional({ type: [String], example: [], description: 'Ersätter hela listan' })
  @OptionalNotNull()
  @IsArray()
  @ArrayMaxSize(20)
  @ArrayUnique(sv('Samma mål får bara anges en gång.'))
  @IsUUID(undefined, { each: true })
  alsoServesGoalIds?: string[];

  @ApiPropertyOptional({ example: true })
  @OptionalNotNull()
  @IsBoolean()
  geh?: boolean;

  @ApiPropertyOptional({ type: String, nullable: true, example: null })
  @IsOptional()
  @IsUUID()
  mandatperiodId?: string | null;

  @ApiPropertyOptional({ example: 2025 })
  @OptionalNotNull()
  @YearField()
  validFromYear?: number;

  @ApiPropertyOptional({ type: Number, nullable: true, example: 2026 })
  @IsOptional()
  @YearField()
  validToYear?: number | null;

  @ApiPropertyOptional({ type: String, nullable: true, example: '2026-10-31' })
  @IsOptional()
  @IsIsoDate()
  reviewDate?: string | null;

  @ApiPropertyOptional({ example: 0 })
  @OptionalNotNull()
  @IntField({ min: 0, max: 100_000 })
  sortOrder?: number;
}
