import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsUUID } from 'class-validator';
import { PageQueryDto } from '../../../common/pagination/page-query.dto.js';

export class JobRunQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'Bara körningar för den här perioden' })
  @IsOptional()
  @IsUUID()
  periodId?: string;

  @ApiPropertyOptional({ enum: ['running', 'completed', 'failed'] })
  @IsOptional()
  @IsIn(['running', 'completed', 'failed'])
  status?: 'running' | 'completed' | 'failed';

  @ApiPropertyOptional({ enum: ['open', 'remind', 'escalate', 'lock', 'snapshot', 'kolada-sync'] })
  @IsOptional()
  @IsIn(['open', 'remind', 'escalate', 'lock', 'snapshot', 'kolada-sync'])
  jobName?: string;
}
