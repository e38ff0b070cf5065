import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';
import { PageQueryDto } from '../../common/pagination/page-query.dto.js';
import { MAX_YEAR, MIN_YEAR } from '../year-param.pipe.js';

export class PopulationQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ example: 2024, description: 'Från och med år' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(MIN_YEAR)
  @Max(MAX_YEAR)
  fromYear?: number;

  @ApiPropertyOptional({ example: 2026, description: 'Till och med år' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(MIN_YEAR)
  @Max(MAX_YEAR)
  toYear?: number;
}
