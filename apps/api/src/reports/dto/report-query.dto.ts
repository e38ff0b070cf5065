import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsOptional, IsUUID } from 'class-validator';
import { REPORT_STATUSES, type ReportListQuery, type ReportStatus } from '@resultatkedjan/contracts';
import { PageQueryDto } from '../../common/pagination/page-query.dto.js';
import { QueryBoolean } from '../../common/validation/query-boolean.js';

export class ReportQueryDto extends PageQueryDto implements ReportListQuery {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  periodId?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'Enheten och allt under den' })
  @IsOptional()
  @IsUUID()
  orgNodeId?: string;

  @ApiPropertyOptional({ enum: REPORT_STATUSES })
  @IsOptional()
  @IsIn(REPORT_STATUSES)
  status?: ReportStatus;

  @ApiPropertyOptional({ example: true, description: 'Bara rapporter för enheter inom din egen behörighet (Mina rapporter)' })
  @IsOptional()
  @QueryBoolean()
  @IsBoolean()
  mine?: boolean;
}
