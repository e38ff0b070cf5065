import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsInt, IsOptional, IsString, MaxLength, Min, MinLength } from 'class-validator';
import {
  CHAIN_LINKS, type ChainElementDto, type ChainLink, type CreateChainElementRequest, type UpdateChainElementRequest,
} from '@resultatkedjan/contracts';
import { IsOptionalNotNull } from '../support/optional-field.js';
import { sv } from '../../common/validation/swedish-message.js';

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
  @IsInt()
  @Min(0)
  sortOrder?: number;
}

export class UpdateChainElementBody implements UpdateChainElementRequest {
  @ApiPropertyOptional({ enum: CHAIN_LINKS, example: 'resultat' })
  @IsOptionalNotNull()
  @IsIn(CHAIN_LINKS, sv(LINK_MESSAGE))
  link?: ChainLink;

  @ApiPropertyOptional({ example: 'Behöriga till yrkesprogram' })
  @IsOptionalNotNull()
  @IsString()
  @MinLength(1, sv('Ange ett namn.'))
  @MaxLength(200)
  name?: string;

  @ApiPropertyOptional({ example: '' })
  @IsOptionalNotNull()
  @IsString()
  @MaxLength(4000)
  description?: string;

  @ApiPropertyOptional({ example: 1 })
  @IsOptionalNotNull()
  @IsInt()
  @Min(0)
  sortOrder?: number;
}

export class ChainElementResponse implements ChainElementDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) goalId!: string;
  @ApiProperty({ enum: CHAIN_LINKS, example: 'prestation' }) link!: ChainLink;
  @ApiProperty({ example: 'Elever som avslutat årskurs 9' }) name!: string;
  @ApiProperty({ example: '' }) description!: string;
  @ApiProperty({ example: 0 }) sortOrder!: number;
  @ApiProperty({ example: '2026-01-15T09:30:00.000Z' }) createdAt!: string;
}
