import { ApiProperty } from '@nestjs/swagger';
import {
  CHAIN_LINKS, DIRECTIONS, INDICATOR_SOURCES, ORG_AGGREGATIONS, PERIODICITIES, TIME_AGGREGATIONS, type ChainLink,
  type Direction, type IndicatorDetailDto, type IndicatorDto, type IndicatorSource, type IndicatorTargetDto,
  type OrgAggregation, type Periodicity, type TimeAggregation,
} from '@resultatkedjan/contracts';
import type { Page } from '../../common/pagination/page-query.dto.js';
import { LevelScaleBody } from './indicator-body.dto.js';

export class TargetResponse implements IndicatorTargetDto {
  @ApiProperty({ example: '2026' }) periodKey!: string;
  @ApiProperty({ example: 88 }) targetValue!: number;
}

export class IndicatorResponse implements IndicatorDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) goalId!: string;
  @ApiProperty({ format: 'uuid' }) chainElementId!: string;
  @ApiProperty({ enum: CHAIN_LINKS, example: 'resultat' }) link!: ChainLink;
  @ApiProperty({ example: 'BUN1.K2' }) key!: string;
  @ApiProperty({ example: 'Andel behöriga till yrkesprogram' }) name!: string;
  @ApiProperty({ example: '%' }) unit!: string;
  @ApiProperty({ enum: DIRECTIONS, example: 'higher' }) direction!: Direction;
  @ApiProperty({ enum: ORG_AGGREGATIONS, example: 'RATIO' }) orgAggregation!: OrgAggregation;
  @ApiProperty({ enum: TIME_AGGREGATIONS, example: 'ANNUAL' }) timeAggregation!: TimeAggregation;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) weightIndicatorId!: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) numeratorIndicatorId!: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) denominatorIndicatorId!: string | null;
  @ApiProperty({ type: Number, nullable: true, example: 100 }) scale!: number | null;
  @ApiProperty({ enum: PERIODICITIES, example: 'ar' }) periodicity!: Periodicity;
  @ApiProperty({ example: true }) targeted!: boolean;
  @ApiProperty({ example: 'Nämndens mål: fler elever behöriga. Används i delår och helår.' }) purpose!: string;
  @ApiProperty({ enum: INDICATOR_SOURCES, example: 'manual' }) source!: IndicatorSource;
  @ApiProperty({ type: String, nullable: true, example: null }) koladaId!: string | null;
  @ApiProperty({ type: Number, nullable: true, example: 82 }) baselineValue!: number | null;
  @ApiProperty({ type: String, nullable: true, example: '2024' }) baselinePeriodKey!: string | null;
  @ApiProperty({ type: String, nullable: true, example: '2027-06-30' }) reviewDate!: string | null;
  @ApiProperty({ type: LevelScaleBody, nullable: true }) levelScale!: LevelScaleBody | null;
  @ApiProperty({ example: 0 }) sortOrder!: number;
  @ApiProperty({ example: '2026-01-15T09:30:00.000Z' }) createdAt!: string;
}

export class IndicatorDetailResponse extends IndicatorResponse implements IndicatorDetailDto {
  @ApiProperty({ type: [TargetResponse] }) targets!: TargetResponse[];
  @ApiProperty({
    type: [String],
    example: ['Målet har 7 indikatorer, fler än kommunens riktmärke på 6. Färre indikatorer ger tydligare styrning (R-1).'],
  })
  warnings!: string[];
}

export class IndicatorPageResponse implements Page<IndicatorDto> {
  @ApiProperty({ type: [IndicatorResponse] }) items!: IndicatorResponse[];
  @ApiProperty({ example: 1 }) page!: number;
  @ApiProperty({ example: 50 }) pageSize!: number;
  @ApiProperty({ example: 9 }) total!: number;
}
