import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsUUID } from 'class-validator';
import {
  EXPORT_FORMATS, EXPORT_STATUSES, type CreateExportRequest, type ExportDto, type ExportFormat, type ExportPeriodDto,
  type ExportReportKind, type ExportStatus,
} from '@resultatkedjan/contracts';
import { PageQueryDto } from '../../common/pagination/page-query.dto.js';
import { sv, UUID_MESSAGE } from '../../common/validation/swedish-message.js';

const ID = '1f2e3d4c-5b6a-4987-8a6b-5c4d3e2f1a0b';
const REPORT_KINDS: ExportReportKind[] = ['arsredovisning', 'delarsrapport'];

export class CreateExportDto implements CreateExportRequest {
  @ApiProperty({ example: ID, description: 'En låst helårs- eller delårsperiod' })
  @IsUUID('all', sv(UUID_MESSAGE))
  periodId!: string;

  @ApiProperty({ enum: EXPORT_FORMATS, example: 'xlsx' })
  @IsIn(EXPORT_FORMATS, sv(`Formatet måste vara ett av ${EXPORT_FORMATS.join(', ')}.`))
  format!: ExportFormat;
}

export class ExportQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ example: ID, description: 'Bara en periods exporter' })
  @IsOptional()
  @IsUUID('all', sv(UUID_MESSAGE))
  periodId?: string;
}

export class ExportResponse implements ExportDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) periodId!: string;
  @ApiProperty({ example: '2025-H' }) periodKey!: string;
  @ApiProperty({ enum: REPORT_KINDS, example: 'arsredovisning' }) reportKind!: ExportReportKind;
  @ApiProperty({ enum: EXPORT_FORMATS, example: 'xlsx' }) format!: ExportFormat;
  @ApiProperty({ enum: EXPORT_STATUSES, example: 'klar' }) status!: ExportStatus;
  @ApiProperty({ minimum: 0, maximum: 100, example: 100 }) progress!: number;
  @ApiProperty({ example: 'Årsredovisning 2025 målavstämning.xlsx' }) fileName!: string;
  @ApiProperty({ type: Number, nullable: true, example: 24_310 }) size!: number | null;
  @ApiProperty({ type: String, nullable: true, example: null }) error!: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ type: String, nullable: true, format: 'date-time' }) finishedAt!: string | null;
  @ApiProperty({ type: String, nullable: true, example: 'Mikael Strand' }) createdByName!: string | null;
}

export class ExportPageResponse {
  @ApiProperty({ type: [ExportResponse] }) items!: ExportResponse[];
  @ApiProperty({ example: 1 }) page!: number;
  @ApiProperty({ example: 50 }) pageSize!: number;
  @ApiProperty({ example: 1 }) total!: number;
}

export class ExportPeriodResponse implements ExportPeriodDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: '2025-H' }) periodKey!: string;
  @ApiProperty({ enum: ['helar', 'delar'], example: 'helar' }) kind!: 'helar' | 'delar';
  @ApiProperty({ enum: REPORT_KINDS, example: 'arsredovisning' }) reportKind!: ExportReportKind;
  @ApiProperty({ example: '2025-01-01' }) coversFrom!: string;
  @ApiProperty({ example: '2025-12-31' }) coversTo!: string;
  @ApiProperty({ type: String, nullable: true, format: 'date-time' }) lockedAt!: string | null;
  @ApiProperty({ example: true }) exportable!: boolean;
  @ApiProperty({ type: [ExportResponse] }) exports!: ExportResponse[];
}
