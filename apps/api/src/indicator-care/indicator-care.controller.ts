import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsOptional } from 'class-validator';
import { formatDate } from '@resultatkedjan/domain';
import { Action, type IndicatorCareReport } from '@resultatkedjan/contracts';
import type { AuthContext } from '../auth/auth-context.js';
import { CurrentAuth } from '../common/access/current-auth.decorator.js';
import { RequirePermission } from '../common/access/require-permission.decorator.js';
import { IsIsoDate } from '../common/validation/fields.js';
import { TenantDb } from '../platform/database/tenant/tenant-db.service.js';
import { draftVisibilityOf } from '../goals/draft-visibility.js';
import { careReport } from './indicator-care.js';

export class IndicatorCareQueryDto {
  @ApiPropertyOptional({ example: '2026-10-01', description: 'Dagen listan gäller (standard: i dag)' })
  @IsOptional()
  @IsIsoDate()
  today?: string;
}

/** R-2 for controllers: reviews coming up or overdue, and indicators without values for two years. */
@ApiTags('indikatorvård')
@Controller('indicator-care')
export class IndicatorCareController {
  constructor(private readonly db: TenantDb) {}

  @Get()
  @RequirePermission(Action.chainWrite)
  @ApiOperation({ summary: 'Indikatorer och mål som ska omprövas inom 30 dagar (eller är försenade), och indikatorer utan värden på två år (förslag att avveckla)' })
  @ApiOkResponse({ description: 'IndicatorCareReport' })
  report(@CurrentAuth() auth: AuthContext, @Query() query: IndicatorCareQueryDto): Promise<IndicatorCareReport> {
    return this.db.run(auth.tenantId, (m) => careReport(m, query.today ?? formatDate(new Date()), draftVisibilityOf(auth)));
  }
}
