import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Allow, ArrayMaxSize, ArrayMinSize, IsArray } from 'class-validator';
import {
  INDICATOR_SOURCES, MAX_VALUE_BATCH_ROWS, type IndicatorSource, type ValueBatchRequest, type ValueBatchResult,
  type ValueRow,
} from '@resultatkedjan/contracts';
import { sv } from '../common/validation/swedish-message.js';
import { MAX_COMMENT_LENGTH, MAX_PERIOD_KEY_LENGTH } from './value-row-shape.js';

/** One row, for OpenAPI only: rows are validated by checkRowShapes (value-row-shape.ts). */
export class ValueRowBody implements ValueRow {
  @ApiProperty({ format: 'uuid' }) indicatorId!: string;
  @ApiProperty({ format: 'uuid' }) orgNodeId!: string;

  @ApiProperty({ example: '2025-Q3', maxLength: MAX_PERIOD_KEY_LENGTH, description: "Basperiod enligt indikatorns periodicitet: '2025', '2025-Q3' eller '2025-M08'" })
  periodKey!: string;

  @ApiProperty({ example: 11480 }) value!: number;

  @ApiPropertyOptional({ example: '2025-Q2', nullable: true, maxLength: MAX_PERIOD_KEY_LENGTH, description: 'Perioden mätningen avser, om en annan' })
  referencePeriodKey?: string | null;

  @ApiPropertyOptional({ example: 'Sommarvikarier höjer kostnaden.', nullable: true, maxLength: MAX_COMMENT_LENGTH })
  comment?: string | null;

  @ApiPropertyOptional({ enum: INDICATOR_SOURCES, example: 'manual' }) source?: IndicatorSource;
}

export class ValueBatchBody implements ValueBatchRequest {
  @ApiProperty({
    type: [ValueRowBody],
    description: `Högst ${MAX_VALUE_BATCH_ROWS} rader; allt eller inget`,
    example: [{ indicatorId: '6f1c2d3e-4b5a-4c6d-8e7f-9a0b1c2d3e4f', orgNodeId: '0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d', periodKey: '2025-Q3', value: 11480 }],
  })
  @IsArray()
  @ArrayMinSize(1, sv('Ange minst en rad.'))
  @ArrayMaxSize(MAX_VALUE_BATCH_ROWS, sv(`Högst ${MAX_VALUE_BATCH_ROWS} rader per anrop; dela upp dem.`))
  // Rows are checked by checkRowShapes (value-row-shape.ts) with the same messages, much faster than nested DTOs.
  @Allow()
  rows!: ValueRow[];
}

export class ValueBatchResponse implements ValueBatchResult {
  @ApiProperty({ example: 120, description: 'created + updated' }) written!: number;
  @ApiProperty({ example: 100 }) created!: number;
  @ApiProperty({ example: 20 }) updated!: number;
  @ApiProperty({ example: 3, description: 'Rader som redan hade samma värde' }) unchanged!: number;
}
