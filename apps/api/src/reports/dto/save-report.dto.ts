import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize, IsArray, IsNumber, IsOptional, IsString, IsUUID, MaxLength, ValidateIf, ValidateNested,
} from 'class-validator';
import type { ReportAssessmentInput, ReportValueInput, SaveReportRequest } from '@resultatkedjan/contracts';
import { IntField } from '../../common/validation/fields.js';

export const MAX_REPORT_VALUES = 5000;
export const MAX_NARRATIVE_LENGTH = 10_000;

export class ReportValueInputDto implements ReportValueInput {
  @ApiProperty({ format: 'uuid', example: '0b9f7c1e-2f57-4d0e-9a53-5a4b2f1c7e11' })
  @IsUUID()
  indicatorId!: string;

  @ApiProperty({ type: Number, nullable: true, example: 99, description: 'null tar bort värdet' })
  @ValidateIf((o: ReportValueInputDto) => o.value !== null)
  @IsNumber({ allowNaN: false, allowInfinity: false })
  value!: number | null;

  @ApiPropertyOptional({ type: String, nullable: true, example: '2026-Q3', description: 'Utelämnad = oförändrad, null = ingen' })
  @IsOptional()
  @IsString()
  @MaxLength(20)
  referencePeriodKey?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, example: 'Två enheter rapporterade sent.' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  comment?: string | null;
}

export class ReportAssessmentInputDto implements ReportAssessmentInput {
  @ApiProperty({ format: 'uuid', example: '5d1c4b0e-8a4f-4c55-9a1e-0b6f3d2a9c77' })
  @IsUUID()
  goalId!: string;

  @ApiPropertyOptional({ example: 'Andelen utredningar inom fyra månader steg till 90 %.' })
  @IsOptional()
  @IsString()
  @MaxLength(MAX_NARRATIVE_LENGTH)
  whatHappened?: string;

  @ApiPropertyOptional({ example: 'Färre inhyrda konsulter och lägre personalomsättning.' })
  @IsOptional()
  @IsString()
  @MaxLength(MAX_NARRATIVE_LENGTH)
  why?: string;

  @ApiPropertyOptional({ example: 'Vi fortsätter att introducera nyanställda i mindre grupper.' })
  @IsOptional()
  @IsString()
  @MaxLength(MAX_NARRATIVE_LENGTH)
  nextSteps?: string;

  @ApiPropertyOptional({ type: Number, nullable: true, minimum: 0, maximum: 3, example: 2, description: '0 Ej bedömt … 3 Uppfyllt' })
  @IsOptional()
  @IntField({ min: 0, max: 3 })
  selfLevel?: number | null;

  @ApiPropertyOptional({ example: 'Målvärdet nåddes inte men trenden är tydligt positiv.' })
  @IsOptional()
  @IsString()
  @MaxLength(MAX_NARRATIVE_LENGTH)
  selfJustification?: string;
}

/** PUT /reports/:id — saves a draft. Only the listed values and goals change; omitted fields keep their content. */
export class SaveReportDto implements SaveReportRequest {
  @ApiProperty({ example: 3, description: 'Versionen du läste; en annan version ger 409.' })
  @IntField({ min: 1 })
  version!: number;

  @ApiPropertyOptional({ type: [ReportValueInputDto] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_REPORT_VALUES)
  @ValidateNested({ each: true })
  @Type(() => ReportValueInputDto)
  values?: ReportValueInputDto[];

  @ApiPropertyOptional({ type: [ReportAssessmentInputDto] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(500)
  @ValidateNested({ each: true })
  @Type(() => ReportAssessmentInputDto)
  assessments?: ReportAssessmentInputDto[];
}
