import { ConflictException, ForbiddenException, Injectable } from '@nestjs/common';
import { isPeriodKey } from '@resultatkedjan/domain';
import type { IndicatorValueDto } from '@resultatkedjan/contracts';
import type { AuthContext } from '../auth/auth-context.js';
import { AuditService } from '../audit/audit.service.js';
import { orNotFound } from '../common/errors/not-found.js';
import { pageWindow, type Page } from '../common/pagination/page-query.dto.js';
import { TenantDb } from '../platform/database/tenant/tenant-db.service.js';
import { throwIfFieldErrors } from '../common/errors/field-errors.js';
import { indicatorQueries } from '../chain/indicators/indicator.queries.js';
import type { ValueQueryDto } from './value-query.dto.js';
import { toIndicatorValueDto } from './value.mapper.js';
import { draftVisibilityOf } from '../goals/draft-visibility.js';
import { valueQueries } from './value.queries.js';
import { refusal, valueWriteScope } from './value-write-scope.js';
import { frozenCells } from '../reports/support/frozen-cells.js';

@Injectable()
export class ValuesService {
  constructor(
    private readonly db: TenantDb,
    private readonly audit: AuditService,
  ) {}

  list(auth: AuthContext, query: ValueQueryDto): Promise<Page<IndicatorValueDto>> {
    if (query.periodKey !== undefined && !isPeriodKey(query.periodKey)) {
      throwIfFieldErrors({ periodKey: ['Ogiltig period. Använd t.ex. 2025, 2025-Q3 eller 2025-M08.'] });
    }
    const { skip, take, page, pageSize } = pageWindow(query);
    return this.db.run(auth.tenantId, async (m) => {
      const { rows: values, total } = await valueQueries.page(m, query, { skip, take }, draftVisibilityOf(auth));
      return { items: values.map(toIndicatorValueDto), page, pageSize, total };
    });
  }

  remove(auth: AuthContext, id: string): Promise<void> {
    return this.db.run(auth.tenantId, async (m) => {
      const value = orNotFound(await valueQueries.find(m, id), 'Värdet');
      const [indicator] = await indicatorQueries.linked(m, [value.indicatorId]);
      const refused = refusal(await valueWriteScope(m, auth), value.orgNodeId, indicator!.link);
      if (refused === 'node') throw new ForbiddenException('Du har inte behörighet att ändra värden för den här enheten.');
      if (refused === 'economic') throw new ForbiddenException('Din roll får bara ändra ekonomiska värden (indikatorer på länken resurs).');
      if ((await frozenCells(m, [value])).size > 0) {
        throw new ConflictException('Värdet är låst: perioden är låst eller rapporten är inlämnad eller godkänd.');
      }
      await valueQueries.deleteByIds(m, [id]);
      await this.audit.record(m, auth, { action: 'delete', entityType: 'indicator_value', entityId: id, before: toIndicatorValueDto(value) });
    });
  }
}
