import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { PageQueryDto } from '../common/pagination/page-query.dto.js';
import { sv, UUID_MESSAGE } from '../common/validation/swedish-message.js';
import { QueryYear } from '../common/validation/fields.js';

export class ValueQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all', sv(UUID_MESSAGE))
  indicatorId?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'Värden för målets indikatorer' })
  @IsOptional()
  @IsUUID('all', sv(UUID_MESSAGE))
  goalId?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'Bara enhetens egna värden (inte underliggande)' })
  @IsOptional()
  @IsUUID('all', sv(UUID_MESSAGE))
  orgNodeId?: string;

  @ApiPropertyOptional({ example: '2025-Q3' })
  @IsOptional()
  @IsString()
  @MaxLength(20)
  periodKey?: string;

  @ApiPropertyOptional({ example: 2025, description: 'Alla basperioder under året' })
  @IsOptional()
  @QueryYear()
  year?: number;
}
