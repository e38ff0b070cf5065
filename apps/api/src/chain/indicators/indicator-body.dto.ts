import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  IsBoolean, IsIn, IsISO8601, IsNumber, IsOptional, IsPositive, IsString, IsUUID, Matches, MaxLength, MinLength, ValidateNested,
} from 'class-validator';
import {
  DIRECTIONS, INDICATOR_SOURCES, ORG_AGGREGATIONS, PERIODICITIES, TIME_AGGREGATIONS, type CreateIndicatorRequest,
  type Direction, type IndicatorLevelScaleDto, type IndicatorSource, type OrgAggregation, type Periodicity,
  type TimeAggregation, type UpdateIndicatorRequest,
} from '@resultatkedjan/contracts';
import { sv, UUID_MESSAGE } from '../../common/validation/swedish-message.js';
import { IntField, OptionalNotNull } from '../../common/validation/fields.js';

const KEY_PATTERN = /^[\p{L}\p{N}._-]+$/u;
const KEY_MESSAGE = 'Nyckeln får bara innehålla bokstäver, siffror, punkt, bindestreck och understreck.';
const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;
const DATE_MESSAGE = 'Måste vara ett datum i formatet ÅÅÅÅ-MM-DD.';
const oneOf = (values: readonly string[]) => sv(`Värdet måste vara ett av ${values.join(', ')}.`);
const FINITE = { allowNaN: false, allowInfinity: false };

export class LevelScaleBody implements IndicatorLevelScaleDto {
  @ApiProperty({ example: 1, description: 'Lägsta måluppfyllelse a för Uppfyllt' })
  @IsNumber(FINITE)
  @IsPositive(sv('Måste vara större än 0.'))
  fulfilledFrom!: number;

  @ApiProperty({ example: 0.95, description: 'Lägsta måluppfyllelse a för Delvis uppfyllt' })
  @IsNumber(FINITE)
  @IsPositive(sv('Måste vara större än 0.'))
  partlyFrom!: number;
}

export class CreateIndicatorBody implements CreateIndicatorRequest {
  @ApiProperty({ format: 'uuid', description: 'Kedjelänken indikatorn hör till; målet följer av länken' })
  @IsUUID('all', sv(UUID_MESSAGE))
  chainElementId!: string;

  @ApiProperty({ example: 'BUN1.P1', description: 'Unik i kommunen' })
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  @Matches(KEY_PATTERN, sv(KEY_MESSAGE))
  key!: string;

  @ApiProperty({ example: 'Elever som avslutat åk 9' })
  @IsString()
  @MinLength(1, sv('Ange ett namn.'))
  @MaxLength(200)
  name!: string;

  @ApiProperty({ example: 'st', description: "kr, tkr, mnkr, åa, st, %, index, dagar, timmar, km, 'tusen m³' …" })
  @IsString()
  @MaxLength(40)
  unit!: string;

  @ApiProperty({ enum: DIRECTIONS, example: 'higher' })
  @IsIn(DIRECTIONS, oneOf(DIRECTIONS))
  direction!: Direction;

  @ApiProperty({ enum: ORG_AGGREGATIONS, example: 'SUM' })
  @IsIn(ORG_AGGREGATIONS, oneOf(ORG_AGGREGATIONS))
  orgAggregation!: OrgAggregation;

  @ApiProperty({ enum: TIME_AGGREGATIONS, example: 'ANNUAL' })
  @IsIn(TIME_AGGREGATIONS, oneOf(TIME_AGGREGATIONS))
  timeAggregation!: TimeAggregation;

  @ApiPropertyOptional({ format: 'uuid', nullable: true, description: 'WEIGHTED_MEAN: viktindikatorn (t.ex. antal brukare)' })
  @IsOptional()
  @IsUUID('all', sv(UUID_MESSAGE))
  weightIndicatorId?: string | null;

  @ApiPropertyOptional({ format: 'uuid', nullable: true, description: 'RATIO: täljarindikatorn' })
  @IsOptional()
  @IsUUID('all', sv(UUID_MESSAGE))
  numeratorIndicatorId?: string | null;

  @ApiPropertyOptional({ format: 'uuid', nullable: true, description: 'RATIO: nämnarindikatorn' })
  @IsOptional()
  @IsUUID('all', sv(UUID_MESSAGE))
  denominatorIndicatorId?: string | null;

  @ApiPropertyOptional({ example: 100, nullable: true, description: 'RATIO: multipliceras efter divisionen (100 för %)' })
  @IsOptional()
  @IsNumber(FINITE)
  @IsPositive(sv('Skalan måste vara större än 0.'))
  scale?: number | null;

  @ApiProperty({ enum: PERIODICITIES, example: 'kvartal' })
  @IsIn(PERIODICITIES, oneOf(PERIODICITIES))
  periodicity!: Periodicity;

  @ApiPropertyOptional({ example: true, description: 'false = bevakningsnyckeltal utan målvärde' })
  @OptionalNotNull()
  @IsBoolean()
  targeted?: boolean;

  @ApiProperty({ example: 'Visar hur många elever som fullföljer grundskolan; används av nämnden i delår och helår.' })
  @IsString()
  @MaxLength(4000)
  purpose!: string;

  @ApiPropertyOptional({ enum: INDICATOR_SOURCES, example: 'manual' })
  @OptionalNotNull()
  @IsIn(INDICATOR_SOURCES, oneOf(INDICATOR_SOURCES))
  source?: IndicatorSource;

  @ApiPropertyOptional({ example: null, nullable: true, description: 'Kolada-KPI som indikatorn jämförs med (t.ex. N15428); krävs när källan är kolada' })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  koladaId?: string | null;

  @ApiPropertyOptional({ example: 82, nullable: true })
  @IsOptional()
  @IsNumber(FINITE)
  baselineValue?: number | null;

  @ApiPropertyOptional({ example: '2024', nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(20)
  baselinePeriodKey?: string | null;

  @ApiPropertyOptional({ example: '2027-06-30', nullable: true, description: 'Omprövas senast (R-2)' })
  @IsOptional()
  @Matches(DATE_PATTERN, sv(DATE_MESSAGE))
  @IsISO8601({ strict: true }, sv(DATE_MESSAGE))
  reviewDate?: string | null;

  @ApiPropertyOptional({ type: LevelScaleBody, nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => LevelScaleBody)
  levelScale?: LevelScaleBody | null;

  @ApiPropertyOptional({ example: 0 })
  @OptionalNotNull()
  @IntField({ min: 0, max: 100_000 })
  sortOrder?: number;
}

/** PATCH: every field optional; required fields may not be null, nullable ones may be cleared with null. */
export class UpdateIndicatorBody implements UpdateIndicatorRequest {
  @ApiPropertyOptional({ format: 'uuid', description: 'Flytta till en annan länk i samma mål' })
  @OptionalNotNull()
  @IsUUID('all', sv(UUID_MESSAGE))
  chainElementId?: string;

  @ApiPropertyOptional({ example: 'BUN1.P1' })
  @OptionalNotNull()
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  @Matches(KEY_PATTERN, sv(KEY_MESSAGE))
  key?: string;

  @ApiPropertyOptional({ example: 'Elever som avslutat åk 9' })
  @OptionalNotNull()
  @IsString()
  @MinLength(1, sv('Ange ett namn.'))
  @MaxLength(200)
  name?: string;

  @ApiPropertyOptional({ example: 'st' })
  @OptionalNotNull()
  @IsString()
  @MaxLength(40)
  unit?: string;

  @ApiPropertyOptional({ enum: DIRECTIONS })
  @OptionalNotNull()
  @IsIn(DIRECTIONS, oneOf(DIRECTIONS))
  direction?: Direction;

  @ApiPropertyOptional({ enum: ORG_AGGREGATIONS })
  @OptionalNotNull()
  @IsIn(ORG_AGGREGATIONS, oneOf(ORG_AGGREGATIONS))
  orgAggregation?: OrgAggregation;

  @ApiPropertyOptional({ enum: TIME_AGGREGATIONS })
  @OptionalNotNull()
  @IsIn(TIME_AGGREGATIONS, oneOf(TIME_AGGREGATIONS))
  timeAggregation?: TimeAggregation;

  @ApiPropertyOptional({ format: 'uuid', nullable: true })
  @IsOptional()
  @IsUUID('all', sv(UUID_MESSAGE))
  weightIndicatorId?: string | null;

  @ApiPropertyOptional({ format: 'uuid', nullable: true })
  @IsOptional()
  @IsUUID('all', sv(UUID_MESSAGE))
  numeratorIndicatorId?: string | null;

  @ApiPropertyOptional({ format: 'uuid', nullable: true })
  @IsOptional()
  @IsUUID('all', sv(UUID_MESSAGE))
  denominatorIndicatorId?: string | null;

  @ApiPropertyOptional({ example: 100, nullable: true })
  @IsOptional()
  @IsNumber(FINITE)
  @IsPositive(sv('Skalan måste vara större än 0.'))
  scale?: number | null;

  @ApiPropertyOptional({ enum: PERIODICITIES })
  @OptionalNotNull()
  @IsIn(PERIODICITIES, oneOf(PERIODICITIES))
  periodicity?: Periodicity;

  @ApiPropertyOptional({ example: false })
  @OptionalNotNull()
  @IsBoolean()
  targeted?: boolean;

  @ApiPropertyOptional({ example: 'Underlag för nämndens analys av genomströmning.' })
  @OptionalNotNull()
  @IsString()
  @MaxLength(4000)
  purpose?: string;

  @ApiPropertyOptional({ enum: INDICATOR_SOURCES })
  @OptionalNotNull()
  @IsIn(INDICATOR_SOURCES, oneOf(INDICATOR_SOURCES))
  source?: IndicatorSource;

  @ApiPropertyOptional({ nullable: true, example: null })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  koladaId?: string | null;

  @ApiPropertyOptional({ nullable: true, example: 80 })
  @IsOptional()
  @IsNumber(FINITE)
  baselineValue?: number | null;

  @ApiPropertyOptional({ nullable: true, example: '2024' })
  @IsOptional()
  @IsString()
  @MaxLength(20)
  baselinePeriodKey?: string | null;

  @ApiPropertyOptional({ nullable: true, example: '2027-06-30' })
  @IsOptional()
  @Matches(DATE_PATTERN, sv(DATE_MESSAGE))
  @IsISO8601({ strict: true }, sv(DATE_MESSAGE))
  reviewDate?: string | null;

  @ApiPropertyOptional({ type: LevelScaleBody, nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => LevelScaleBody)
  levelScale?: LevelScaleBody | null;

  @ApiPropertyOptional({ example: 2 })
  @OptionalNotNull()
  @IntField({ min: 0, max: 100_000 })
  sortOrder?: number;
}
