import { ApiProperty } from '@nestjs/swagger';
import { INDICATOR_SOURCES, type IndicatorSource, type IndicatorValueDto } from '@resultatkedjan/contracts';
import type { Page } from '../common/pagination/page-query.dto.js';

export class IndicatorValueResponse implements IndicatorValueDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) indicatorId!: string;
  @ApiProperty({ format: 'uuid' }) orgNodeId!: string;
  @ApiProperty({ example: '2025-Q3' }) periodKey!: string;
  @ApiProperty({ example: 8450 }) value!: number;
  @ApiProperty({ type: String, nullable: true, example: null }) referencePeriodKey!: string | null;
  @ApiProperty({ enum: INDICATOR_SOURCES, example: 'manual' }) source!: IndicatorSource;
  @ApiProperty({ type: String, nullable: true, example: 'Sommarvikarier.' }) comment!: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) enteredBy!: string | null;
  @ApiProperty({ example: '2025-10-12T08:15:00.000Z' }) enteredAt!: string;
  @ApiProperty({ example: 1 }) version!: number;
}

export class IndicatorValuePageResponse implements Page<IndicatorValueDto> {
  @ApiProperty({ type: [IndicatorValueResponse] }) items!: IndicatorValueResponse[];
  @ApiProperty({ example: 1 }) page!: number;
  @ApiProperty({ example: 50 }) pageSize!: number;
  @ApiProperty({ example: 240 }) total!: number;
}
