import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsUUID } from 'class-validator';
import { ORG_NODE_KINDS, type OrgNodeKind } from '@resultatkedjan/contracts';
import { PageQueryDto } from '../../common/pagination/page-query.dto.js';
import { IsIsoDate } from '../../common/validation/fields.js';

export class OrgTreeQueryDto {
  @ApiPropertyOptional({ example: '2026-01-01', description: 'Bara enheter som finns detta datum; utan datum: alla, även avslutade' })
  @IsOptional()
  @IsIsoDate()
  activeOn?: string;
}

export class OrgNodeQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: ORG_NODE_KINDS, example: 'enhet' })
  @IsOptional()
  @IsIn(ORG_NODE_KINDS)
  kind?: OrgNodeKind;

  @ApiPropertyOptional({ example: '7c1d2e3f-4a5b-4c6d-8e9f-0a1b2c3d4e5f', description: 'Bara direkta underenheter till denna' })
  @IsOptional()
  @IsUUID()
  parentId?: string;

  @ApiPropertyOptional({ example: '2026-01-01', description: 'Bara enheter som finns detta datum' })
  @IsOptional()
  @IsIsoDate()
  activeOn?: string;
}
