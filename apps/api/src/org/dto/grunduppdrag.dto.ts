import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';
import type { CreateGrunduppdragRequest, GrunduppdragDto, GrunduppdragPage, UpdateGrunduppdragRequest } from '@resultatkedjan/contracts';
import { PageQueryDto } from '../../common/pagination/page-query.dto.js';
import { OptionalNotNull, QueryYear, YearField } from '../../common/validation/fields.js';

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
  @YearField()
  validFromYear!: number;

  @ApiPropertyOptional({ type: Number, nullable: true, example: null })
  @IsOptional()
  @YearField()
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
  @YearField()
  validFromYear?: number;

  @ApiPropertyOptional({ type: Number, nullable: true, example: 2026 })
  @IsOptional()
  @YearField()
  validToYear?: number | null;
}

export class GrunduppdragQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ example: UUID_EXAMPLE })
  @IsOptional()
  @IsUUID()
  orgNodeId?: string;

  @ApiPropertyOptional({ example: 2026, description: 'Bara grunduppdrag som gäller detta år' })
  @IsOptional()
  @QueryYear()
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
