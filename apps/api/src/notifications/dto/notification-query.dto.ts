import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { PageQueryDto } from '../../common/pagination/page-query.dto.js';

export class NotificationQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'Bara notiser om den här perioden' })
  @IsOptional()
  @IsUUID()
  periodId?: string;

  @ApiPropertyOptional({ example: 'paminnelse', description: 'paminnelse, eskalering …' })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  kind?: string;

  @ApiPropertyOptional({ enum: ['true', 'false'], description: 'Controller/admin: bara mina egna (annars hela kommunens utkorg)' })
  @IsOptional()
  @IsIn(['true', 'false'])
  mine?: 'true' | 'false';
}
