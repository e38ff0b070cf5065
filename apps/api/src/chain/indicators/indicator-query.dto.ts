import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsUUID } from 'class-validator';
import { PageQueryDto } from '../../common/pagination/page-query.dto.js';
import { sv, UUID_MESSAGE } from '../../common/validation/swedish-message.js';

export class IndicatorQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'Bara målets indikatorer' })
  @IsOptional()
  @IsUUID('all', sv(UUID_MESSAGE))
  goalId?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'Bara kedjelänkens indikatorer' })
  @IsOptional()
  @IsUUID('all', sv(UUID_MESSAGE))
  chainElementId?: string;
}
