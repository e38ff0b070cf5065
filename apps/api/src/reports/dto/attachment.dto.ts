import { ApiProperty } from '@nestjs/swagger';
import { ReportUserRefDto } from './report-summary.dto.js';

export class ReportAttachmentDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'Analys Q3 Norrskolan.pdf' }) filename!: string;
  @ApiProperty({ example: 'application/pdf' }) contentType!: string;
  @ApiProperty({ example: 48213 }) sizeBytes!: number;
  @ApiProperty({ type: ReportUserRefDto, nullable: true }) uploadedBy!: ReportUserRefDto | null;
  @ApiProperty({ example: '2026-10-14T09:12:00.000Z' }) createdAt!: string;
}

export class ReportAttachmentPageDto {
  @ApiProperty({ type: [ReportAttachmentDto] }) items!: ReportAttachmentDto[];
  @ApiProperty({ example: 1 }) page!: number;
  @ApiProperty({ example: 50 }) pageSize!: number;
  @ApiProperty({ example: 2 }) total!: number;
}

/** For the OpenAPI document: the multipart body of an upload. */
export class ReportFileUploadDto {
  @ApiProperty({ type: 'string', format: 'binary', description: 'Högst 5 MB' }) file!: unknown;
}
