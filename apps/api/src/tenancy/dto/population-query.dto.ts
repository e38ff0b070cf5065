import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional } from 'class-validator';
import { PageQueryDto } from '../../common/pagination/page-query.dto.js';
import { QueryYear } from '../../common/validation/fields.js';

export class PopulationQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ example: 2024, description: 'Från och med år' })
  @IsOptional()
  @QueryYear()
  fromYear?: number;

  @ApiPropertyOptional({ example: 2026, description: 'Till och med år' })
  @IsOptional()
  @QueryYear()
  toYear?: number;
}
