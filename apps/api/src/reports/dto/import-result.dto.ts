import { ApiProperty } from '@nestjs/swagger';
import type { ReportImportResult } from '@resultatkedjan/contracts';
import { ReportDetailDto } from './report-detail.dto.js';

export class ReportImportResultDto implements ReportImportResult {
  @ApiProperty({ example: 14, description: 'Rader med värden som lästes in' }) rows!: number;
  @ApiProperty({ example: 9, description: 'Värden som ändrades (oförändrade räknas inte)' }) changed!: number;
  @ApiProperty({ type: ReportDetailDto }) report!: ReportDetailDto;
}
