import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min, MinLength } from 'class-validator';
import type { CreateGrunduppdragRequest, GrunduppdragDto, GrunduppdragPage, UpdateGrunduppdragRequest } from '@resultatkedjan/contracts';
import { PageQueryDto } from '../../common/pagination/page-query.dto.js';
import { OptionalNotNull } from '../optional.js';
import { FIRST_YEAR, LAST_YEAR } from '../year-range.js';

const UUID_EXAMPLE = '9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b6a';
const TEXT_EXAMPLE = 'Förskola, grundskola och fritidshem enligt skollagen.';

export class CreateGrunduppdragDto implements CreateGrunduppdragRequest {
  @ApiProperty({ example: UUID_EXAMPLE, description: 'Nämnd, bolag eller enhet' })
  @IsUUID()
  orgNodeId!: string;

  @ApiProperty({ example: TEXT_EXAMPLE })
  @IsString()
  @MinLength(1)
  @MaxLength(20_000)
  text!: string;

  @ApiProperty({ example: 2025 })
  @IsInt()
  @Min(FIRST_YEAR)
  @Max(LAST_YEAR)
  validFromYear!: number;

  @ApiPropertyOptional({ type: Number, nullable: true, example: null })
  @IsOptional()
  @IsInt()
  @Min(FIRST_YEAR)
  @Max(LAST_YEAR)
  validToYear?: number | null;
}

export class UpdateGrunduppdragDto implements UpdateGrunduppdragRequest {
  @ApiPropertyOptional({ example: TEXT_EXAMPLE })
  @OptionalNotNull()
  @IsString()
  @MinLength(1)
  @MaxLength(20_000)
  text?: string;

  @ApiPropertyOptional({ example: 2025 })
  @OptionalNotNull()
  @IsInt()
  @Min(FIRST_YEAR)
  @Max(LAST_YEAR)
  validFromYear?: number;

  @ApiPropertyOptional({ type: Number, nullable: true, example: 2026 })
  @IsOptional()
  @IsInt()
  @Min(FIRST_YEAR)
  @Max(LAST_YEAR)
  validToYear?: number | null;
}

export class GrunduppdragQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ example: UUID_EXAMPLE })
  @IsOptional()
  @IsUUID()
  orgNodeId?: string;

  @ApiPropertyOptional({ example: 2026, description: 'Bara grunduppdrag som gäller detta år' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(FIRST_YEAR)
  @Max(LAST_YEAR)
  year?: number;
}

export class GrunduppdragResponse implements GrunduppdragDto {
  @ApiProperty({ example: UUID_EXAMPLE }) id!: string;
  @ApiProperty({ example: UUID_EXAMPLE }) orgNodeId!: string;
  @ApiProperty({ example: TEXT_EXAMPLE }) text!: string;
  @ApiProperty({ example: 2025 }) validFromYear!: number;
  @ApiProperty({ type: Number, nullable: true, example: null }) validToYear!: number | null;
}

export class GrunduppdragPageResponse implements GrunduppdragPage {
  @ApiProperty({ type: [GrunduppdragResponse] }) items!: GrunduppdragResponse[];
  @ApiProperty({ example: 1 }) page!: number;
  @ApiProperty({ example: 50 }) pageSize!: number;
  @ApiProperty({ example: 7 }) total!: number;
}
