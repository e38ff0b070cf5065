import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsNumber, IsOptional, IsPositive, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';
import {
  RATIO_KINDS, type CreateRatioDefinitionRequest, type RatioDefinitionDto, type RatioKind, type UpdateRatioDefinitionRequest,
} from '@resultatkedjan/contracts';
import { sv, UUID_MESSAGE } from '../../common/validation/swedish-message.js';
import { IntField, OptionalNotNull } from '../../common/validation/fields.js';

const KIND_MESSAGE = sv(`Typen måste vara en av ${RATIO_KINDS.join(', ')}.`);
const FINITE = { allowNaN: false, allowInfinity: false };

export class CreateRatioDefinitionBody implements CreateRatioDefinitionRequest {
  @ApiProperty({ enum: RATIO_KINDS, example: 'produktivitet' })
  @IsIn(RATIO_KINDS, KIND_MESSAGE)
  kind!: RatioKind;

  @ApiProperty({ example: 'Elever per lärartjänst' })
  @IsString()
  @MinLength(1, sv('Ange ett namn.'))
  @MaxLength(200)
  name!: string;

  @ApiProperty({ format: 'uuid', description: 'Täljarindikatorn (t.ex. elever, en prestation)' })
  @IsUUID('all', sv(UUID_MESSAGE))
  numeratorIndicatorId!: string;

  @ApiProperty({ format: 'uuid', description: 'Nämnarindikatorn (t.ex. lärartjänster, en resurs)' })
  @IsUUID('all', sv(UUID_MESSAGE))
  denominatorIndicatorId!: string;

  @ApiPropertyOptional({ example: null, nullable: true, description: '100 för procent, 1000 för "per 1000"' })
  @IsOptional()
  @IsNumber(FINITE)
  @IsPositive(sv('Skalan måste vara större än 0.'))
  scale?: number | null;

  @ApiPropertyOptional({ example: 'elever/åa', nullable: true, description: 'Visningsenhet; härleds när den saknas' })
  @IsOptional()
  @IsString()
  @MaxLength(60)
  unit?: string | null;

  @ApiPropertyOptional({ example: 0 })
  @OptionalNotNull()
  @IntField({ min: 0, max: 100_000 })
  sortOrder?: number;
}

export class UpdateRatioDefinitionBody implements UpdateRatioDefinitionRequest {
  @ApiPropertyOptional({ enum: RATIO_KINDS })
  @OptionalNotNull()
  @IsIn(RATIO_KINDS, KIND_MESSAGE)
  kind?: RatioKind;

  @ApiPropertyOptional({ example: 'Elever per lärartjänst' })
  @OptionalNotNull()
  @IsString()
  @MinLength(1, sv('Ange ett namn.'))
  @MaxLength(200)
  name?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @OptionalNotNull()
  @IsUUID('all', sv(UUID_MESSAGE))
  numeratorIndicatorId?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @OptionalNotNull()
  @IsUUID('all', sv(UUID_MESSAGE))
  denominatorIndicatorId?: string;

  @ApiPropertyOptional({ nullable: true, example: 100 })
  @IsOptional()
  @IsNumber(FINITE)
  @IsPositive(sv('Skalan måste vara större än 0.'))
  scale?: number | null;

  @ApiPropertyOptional({ nullable: true, example: 'kr/elev' })
  @IsOptional()
  @IsString()
  @MaxLength(60)
  unit?: string | null;

  @ApiPropertyOptional({ example: 1 })
  @OptionalNotNull()
  @IntField({ min: 0, max: 100_000 })
  sortOrder?: number;
}

export class RatioDefinitionResponse implements RatioDefinitionDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) goalId!: string;
  @ApiProperty({ enum: RATIO_KINDS, example: 'effektivitet' }) kind!: RatioKind;
  @ApiProperty({ example: 'Behöriga per mnkr' }) name!: string;
  @ApiProperty({ format: 'uuid' }) numeratorIndicatorId!: string;
  @ApiProperty({ format: 'uuid' }) denominatorIndicatorId!: string;
  @ApiProperty({ type: Number, nullable: true, example: null }) scale!: number | null;
  @ApiProperty({ type: String, nullable: true, example: null }) unit!: string | null;
  @ApiProperty({ example: 0 }) sortOrder!: number;
  @ApiProperty({ example: '2026-01-15T09:30:00.000Z' }) createdAt!: string;
}
