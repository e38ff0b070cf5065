import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayUnique, IsArray, IsOptional, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';
import type { AgardirektivDto, AgardirektivPage, CreateAgardirektivRequest, UpdateAgardirektivRequest } from '@resultatkedjan/contracts';
import { PageQueryDto } from '../../common/pagination/page-query.dto.js';
import { sv } from '../../common/validation/swedish-message.js';
import { IsIsoDate, OptionalNotNull, QueryYear, YearField } from '../../common/validation/fields.js';

const UUID_EXAMPLE = '3e9a1f0c-5b7d-4e2a-8c6f-1d2e3f4a5b6c';

export class CreateAgardirektivDto implements CreateAgardirektivRequest {
  @ApiProperty({ example: UUID_EXAMPLE, description: 'Bolaget (org-nod av typen bolag)' })
  @IsUUID()
  bolagNodeId!: string;

  @ApiProperty({ example: 'Ägardirektiv för Exempelstadshem AB 2026' })
  @IsString()
  @MinLength(1)
  @MaxLength(300)
  title!: string;

  @ApiProperty({ example: 'Bolaget ska bidra till att Exempelstad är en hållbar och attraktiv plats att bo och verka i …' })
  @IsString()
  @MaxLength(100_000)
  body!: string;

  @ApiPropertyOptional({ type: String, nullable: true, example: '2025-11-24', description: 'Dag då bolagsstämman antog direktivet' })
  @IsOptional()
  @IsIsoDate()
  adoptedOn?: string | null;

  @ApiProperty({ example: 2026 })
  @YearField()
  validFromYear!: number;

  @ApiPropertyOptional({ type: Number, nullable: true, example: 2027 })
  @IsOptional()
  @YearField()
  validToYear?: number | null;

  @ApiPropertyOptional({ type: [String], example: [UUID_EXAMPLE], description: 'KF-mål (inriktningsmål, finansiella mål) eller visionen som direktivet tjänar (R-28)' })
  @OptionalNotNull()
  @IsArray()
  @ArrayMaxSize(50)
  @ArrayUnique(sv('Samma mål får bara anges en gång.'))
  @IsUUID(undefined, { each: true })
  servesGoalIds?: string[];
}

export class UpdateAgardirektivDto implements UpdateAgardirektivRequest {
  @ApiPropertyOptional({ example: 'Ägardirektiv för Exempelstadshem AB 2026' })
  @OptionalNotNull()
  @IsString()
  @MinLength(1)
  @MaxLength(300)
  title?: string;

  @ApiPropertyOptional({ example: 'Bolaget ska …' })
  @OptionalNotNull()
  @IsString()
  @MaxLength(100_000)
  body?: string;

  @ApiPropertyOptional({ type: String, nullable: true, example: '2025-11-24' })
  @IsOptional()
  @IsIsoDate()
  adoptedOn?: string | null;

  @ApiPropertyOptional({ example: 2026 })
  @OptionalNotNull()
  @YearField()
  validFromYear?: number;

  @ApiPropertyOptional({ type: Number, nullable: true, example: 2027 })
  @IsOptional()
  @YearField()
  validToYear?: number | null;

  @ApiPropertyOptional({ type: [String], example: [UUID_EXAMPLE], description: 'Ersätter hela listan' })
  @OptionalNotNull()
  @IsArray()
  @ArrayMaxSize(50)
  @ArrayUnique(sv('Samma mål får bara anges en gång.'))
  @IsUUID(undefined, { each: true })
  servesGoalIds?: string[];
}

export class AgardirektivQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ example: UUID_EXAMPLE })
  @IsOptional()
  @IsUUID()
  bolagNodeId?: string;

  @ApiPropertyOptional({ example: 2026, description: 'Bara direktiv som gäller detta år' })
  @IsOptional()
  @QueryYear()
  year?: number;
}

export class AgardirektivResponse implements AgardirektivDto {
  @ApiProperty({ example: UUID_EXAMPLE }) id!: string;
  @ApiProperty({ example: UUID_EXAMPLE }) bolagNodeId!: string;
  @ApiProperty({ example: 'Ägardirektiv för Exempelstadshem AB 2026' }) title!: string;
  @ApiProperty({ example: 'Bolaget ska …' }) body!: string;
  @ApiProperty({ type: String, nullable: true, example: '2025-11-24' }) adoptedOn!: string | null;
  @ApiProperty({ example: 2026 }) validFromYear!: number;
  @ApiProperty({ type: Number, nullable: true, example: null }) validToYear!: number | null;
  @ApiProperty({ type: [String], example: [UUID_EXAMPLE] }) servesGoalIds!: string[];
  @ApiProperty({ type: [String], example: [], description: 'Varningar på svenska, t.ex. när direktivet inte är kopplat till något KF-mål (R-28)' })
  warnings!: string[];
}

export class AgardirektivPageResponse implements AgardirektivPage {
  @ApiProperty({ type: [AgardirektivResponse] }) items!: AgardirektivResponse[];
  @ApiProperty({ example: 1 }) page!: number;
  @ApiProperty({ example: 50 }) pageSize!: number;
  @ApiProperty({ example: 2 }) total!: number;
}
