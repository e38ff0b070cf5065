import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsOptional, IsString, Matches, MaxLength, ValidateIf } from 'class-validator';
import type { UpdateComparisonSetRequest } from '@resultatkedjan/contracts';
import { QueryYear, YearField } from '../../common/validation/fields.js';

/** Kolada's municipality ids (`1384`, `0000`) and group ids (`G92787`). */
export const MUNICIPALITY_ID = /^(\d{4}|G\d{1,9})$/;
const MUNICIPALITY_MESSAGE = 'Ange en kommunkod med fyra siffror (t.ex. 1384) eller en grupp (t.ex. G92787).';

export class KpiSearchQueryDto {
  @ApiPropertyOptional({ example: 'behöriga', description: 'Fritext i KPI:ns titel (skiftlägesokänslig)' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  search?: string;
}

export class BenchmarkYearsQueryDto {
  @ApiPropertyOptional({ example: 2019 })
  @IsOptional()
  @QueryYear()
  fromYear?: number;

  @ApiPropertyOptional({ example: 2024 })
  @IsOptional()
  @QueryYear()
  toYear?: number;
}

export class UpdateComparisonSetDto implements UpdateComparisonSetRequest {
  @ApiProperty({ type: [String], example: ['1384', '0580', '2480', '0000'], description: 'Kommuner, grupper och Riket (0000); tom lista = standard (kommungruppen och Riket)' })
  @IsArray()
  @ArrayMaxSize(100, { message: 'Högst 100 jämförelser.' })
  @IsString({ each: true })
  @Matches(MUNICIPALITY_ID, { each: true, message: MUNICIPALITY_MESSAGE })
  memberIds!: string[];
}

export class MapIndicatorDto {
  @ApiProperty({ type: String, nullable: true, example: 'N15428', description: 'Koladas KPI-id, eller null för att ta bort kopplingen' })
  @ValidateIf((_, v) => v !== null)
  @IsString()
  @Matches(/^[A-Z]\d{5}$/, { message: 'Ange ett KPI-id från Kolada, t.ex. N15428.' })
  kpiId!: string | null;
}

export class StartSyncDto {
  @ApiPropertyOptional({ example: 2019, description: 'Första år (standard: fem hela år bakåt)' })
  @IsOptional()
  @YearField()
  fromYear?: number;

  @ApiPropertyOptional({ example: 2024, description: 'Sista år (standard: förra året)' })
  @IsOptional()
  @YearField()
  toYear?: number;
}
