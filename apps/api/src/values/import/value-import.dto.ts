import { ApiProperty } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';
import type { ValueImportResult } from '@resultatkedjan/contracts';
import { sv, UUID_MESSAGE } from '../../common/validation/swedish-message.js';

/** The multipart form: the file and the indicator its values belong to. */
export class ValueImportBody {
  @ApiProperty({ type: 'string', format: 'binary', description: 'XLSX eller CSV (; , eller tabb), högst 5 MB: kolumnerna Enhet, Period, Värde, valfritt Kommentar och Referensperiod' })
  file?: unknown;

  @ApiProperty({ format: 'uuid', description: 'Indikatorn värdena gäller' })
  @IsUUID('all', sv(UUID_MESSAGE))
  indicatorId!: string;
}

export class ValueImportResponse implements ValueImportResult {
  @ApiProperty({ example: 40 }) rows!: number;
  @ApiProperty({ example: 40 }) written!: number;
  @ApiProperty({ example: 36 }) created!: number;
  @ApiProperty({ example: 4 }) updated!: number;
  @ApiProperty({ example: 0 }) unchanged!: number;
}
