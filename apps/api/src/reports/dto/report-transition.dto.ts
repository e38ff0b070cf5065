import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import type { ReturnReportRequest } from '@resultatkedjan/contracts';
import { IntField } from '../../common/validation/fields.js';

/** Submit and approve: `version`, when given, must be the current one (409 otherwise). */
export class ReportVersionDto {
  @ApiPropertyOptional({ example: 4 })
  @IsOptional()
  @IntField({ min: 1 })
  version?: number;
}

export class ReturnReportDto extends ReportVersionDto implements ReturnReportRequest {
  @ApiProperty({ example: 'Analysen av varför andelen sjönk saknas. Komplettera under "Varför".' })
  @IsString()
  @Matches(/\S/, { context: { message: 'Skriv en kommentar om vad som ska kompletteras.' } })
  @MaxLength(5000)
  comment!: string;
}

export class ReopenReportDto extends ReportVersionDto {
  @ApiProperty({ example: 'Felaktigt utfall för september upptäckt vid revisionen.' })
  @IsString()
  @Matches(/\S/, { context: { message: 'Ange skälet till att rapporten öppnas igen.' } })
  @MaxLength(5000)
  reason!: string;
}
