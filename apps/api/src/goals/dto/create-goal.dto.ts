import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize, ArrayUnique, IsArray, IsBoolean, IsIn, IsOptional, IsString, IsUUID, Matches, MaxLength, MinLength,
} from 'class-validator';
import { GOAL_LEVELS, type CreateGoalRequest, type GoalLevel } from '@resultatkedjan/contracts';
import { sv } from '../../common/validation/swedish-message.js';
import { GOAL_KEY_PATTERN } from './goal-key.js';
import { IntField, IsIsoDate, OptionalNotNull, YearField } from '../../common/validation/fields.js';

export const GOAL_ID_EXAMPLE = '6a5b4c3d-2e1f-4a0b-9c8d-7e6f5a4b3c2d';

export class CreateGoalDto implements CreateGoalRequest {
  @ApiProperty({ example: 'BUN1', description: 'Stabil nyckel, unik i kommunen' })
  @IsString()
  @MinLength(1)
  @MaxLength(64)
  @Matches(GOAL_KEY_PATTERN, sv('Nyckeln får bara innehålla bokstäver, siffror, punkt, bindestreck och understreck.'))
  key!: string;

  @ApiProperty({ enum: GOAL_LEVELS, example: 'namndmal' })
  @IsIn(GOAL_LEVELS)
  level!: GoalLevel;

  @ApiProperty({ example: 'Fler elever är behöriga till gymnasiets yrkesprogram' })
  @IsString()
  @MinLength(1)
  @MaxLength(500)
  title!: string;

  @ApiPropertyOptional({ example: 'Andelen elever i åk 9 som är behöriga till ett yrkesprogram ska öka.' })
  @OptionalNotNull()
  @IsString()
  @MaxLength(20_000)
  description?: string;

  @ApiProperty({ example: GOAL_ID_EXAMPLE, description: 'Ägande organisationsenhet: kf för vision/KF-mål, nämnd/ks för nämndmål, bolag för bolagsmål, förvaltning/verksamhet/enhet för verksamhetsmål' })
  @IsUUID()
  ownerNodeId!: string;

  @ApiPropertyOptional({ type: String, nullable: true, example: GOAL_ID_EXAMPLE, description: 'Målet som detta bryts ned från' })
  @IsOptional()
  @IsUUID()
  parentGoalId?: string | null;

  @ApiPropertyOptional({ type: [String], example: [], description: 'Ytterligare, högre mål som målet också tjänar' })
  @OptionalNotNull()
  @IsArray()
  @ArrayMaxSize(20)
  @ArrayUnique(sv('Samma mål får bara anges en gång.'))
  @IsUUID(undefined, { each: true })
  alsoServesGoalIds?: string[];

  @ApiPropertyOptional({ example: true, description: 'Räknas för god ekonomisk hushållning' })
  @OptionalNotNull()
  @IsBoolean()
  geh?: boolean;

  @ApiPropertyOptional({ type: String, nullable: true, example: null })
  @IsOptional()
  @IsUUID()
  mandatperiodId?: string | null;

  @ApiProperty({ example: 2025 })
  @YearField()
  validFromYear!: number;

  @ApiPropertyOptional({ type: Number, nullable: true, example: 2026 })
  @IsOptional()
  @YearField()
  validToYear?: number | null;

  @ApiPropertyOptional({ type: String, nullable: true, example: '2026-10-31', description: 'Omprövas senast' })
  @IsOptional()
  @IsIsoDate()
  reviewDate?: string | null;

  @ApiPropertyOptional({ example: 0 })
  @OptionalNotNull()
  @IntField({ min: 0, max: 100_000 })
  sortOrder?: number;
}
