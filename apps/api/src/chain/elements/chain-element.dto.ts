import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';
import {
  CHAIN_LINKS, type ChainElementDto, type ChainLink, type CreateChainElementRequest, type UpdateChainElementRequest,
} from '@resultatkedjan/contracts';
import { sv, UUID_MESSAGE } from '../../common/validation/swedish-message.js';
import { IntField, OptionalNotNull } from '../../common/validation/fields.js';

const LINK_MESSAGE = `Länken måste vara en av ${CHAIN_LINKS.join(', ')}.`;

export class CreateChainElementBody implements CreateChainElementRequest {
  @ApiProperty({ enum: CHAIN_LINKS, example: 'prestation' })
  @IsIn(CHAIN_LINKS, sv(LINK_MESSAGE))
  link!: ChainLink;

  @ApiProperty({ example: 'Elever som avslutat årskurs 9' })
  @IsString()
  @MinLength(1, sv('Ange ett namn.'))
  @MaxLength(200)
  name!: string;

  @ApiPropertyOptional({ example: 'Räknas per läsår; rapporteras i kvartal 2.' })
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  description?: string;

  @ApiPropertyOptional({ example: 0 })
  @IsOptional()
  @IntField({ min: 0, max: 100_000 })
  sortOrder?: number;

  @ApiPropertyOptional({ format: 'uuid', nullable: true, description: 'Aktivitet: resultatindikatorn den ska påverka (R-20)' })
  @IsOptional()
  @IsUUID('all', sv(UUID_MESSAGE))
  resultIndicatorId?: string | null;
}

export class UpdateChainElementBody implements UpdateChainElementRequest {
  @ApiPropertyOptional({ enum: CHAIN_LINKS, example: 'resultat' })
  @OptionalNotNull()
  @IsIn(CHAIN_LINKS, sv(LINK_MESSAGE))
  link?: ChainLink;

  @ApiPropertyOptional({ example: 'Behöriga till yrkesprogram' })
  @OptionalNotNull()
  @IsString()
  @MinLength(1, sv('Ange ett namn.'))
  @MaxLength(200)
  name?: string;

  @ApiPropertyOptional({ example: '' })
  @OptionalNotNull()
  @IsString()
  @MaxLength(4000)
  description?: string;

  @ApiPropertyOptional({ example: 1 })
  @OptionalNotNull()
  @IntField({ min: 0, max: 100_000 })
  sortOrder?: number;

  @ApiPropertyOptional({ format: 'uuid', nullable: true, description: 'Aktivitet: resultatindikatorn den ska påverka (R-20)' })
  @IsOptional()
  @IsUUID('all', sv(UUID_MESSAGE))
  resultIndicatorId?: string | null;
}

export class ChainElementResponse implements ChainElementDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) goalId!: string;
  @ApiProperty({ enum: CHAIN_LINKS, example: 'prestation' }) link!: ChainLink;
  @ApiProperty({ example: 'Elever som avslutat årskurs 9' }) name!: string;
  @ApiProperty({ example: '' }) description!: string;
  @ApiProperty({ example: 0 }) sortOrder!: number;
  @ApiProperty({ type: String, format: 'uuid', nullable: true, example: null }) resultIndicatorId!: string | null;
  @ApiProperty({ example: '2026-01-15T09:30:00.000Z' }) createdAt!: string;
}
