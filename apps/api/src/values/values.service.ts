import { ConflictException, ForbiddenException, Injectable } from '@nestjs/common';
import { isPeriodKey } from '@resultatkedjan/domain';
import type { ChainLink, IndicatorValueDto } from '@resultatkedjan/contracts';
import type { AuthContext } from '../auth/auth-context.js';
import { AuditService } from '../audit/audit.service.js';
import { orNotFound } from '../common/errors/not-found.js';
import { pageWindow, type Page } from '../common/pagination/page-query.dto.js';
import { TenantDb } from '../platform/database/tenant/tenant-db.service.js';
import { throwIfFieldErrors } from '../common/errors/field-errors.js';
import { IndicatorValue } from './indicator-value.entity.js';
import type { ValueQueryDto } from './value-query.dto.js';
import { toIndicatorValueDto } from './value.mapper.js';
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
      const qb = m.createQueryBuilder(IndicatorValue, 'v');
      if (query.indicatorId) qb.andWhere('v.indicator_id = :indicatorId', { indicatorId: query.indicatorId });
      if (query.goalId) qb.andWhere('v.indicator_id IN (SELECT i.id FROM indicator i WHERE i.goal_id = :goalId)', { goalId: query.goalId });
      if (query.orgNodeId) qb.andWhere('v.org_node_id = :orgNodeId', { orgNodeId: query.orgNodeId });
      if (query.periodKey) qb.andWhere('v.period_key = :periodKey', { periodKey: query.periodKey });
      if (query.year !== undefined) {
        qb.andWhere('(v.period_key = :year OR v.period_key LIKE :yearPrefix)', { year: String(query.year), yearPrefix: `${query.year}-%` });
      }
      const [values, total] = await qb
        .orderBy('v.indicator_id')
        .addOrderBy('v.org_node_id')
        .addOrderBy('v.period_key')
        .skip(skip)
        .take(take)
        .getManyAndCount();
      return { items: values.map(toIndicatorValueDto), page, pageSize, total };
    });
  }

  remove(auth: AuthContext, id: string): Promise<void> {
    return this.db.run(auth.tenantId, async (m) => {
      const value = orNotFound(await m.findOneBy(IndicatorValue, { id }), 'Värdet');
      const [{ link }]: { link: ChainLink }[] = await m.query(
        'SELECT e.link FROM indicator i JOIN chain_element e ON e.id = i.chain_element_id WHERE i.id = $1',
        [value.indicatorId],
      );
      const refused = refusal(await valueWriteScope(m, auth), value.orgNodeId, link);
      if (refused === 'node') throw new ForbiddenException('Du har inte behörighet att ändra värden för den här enheten.');
      if (refused === 'economic') throw new ForbiddenException('Din roll får bara ändra ekonomiska värden (indikatorer på länken resurs).');
      if ((await frozenCells(m, [value])).size > 0) {
        throw new ConflictException('Värdet är låst: perioden är låst eller rapporten är inlämnad eller godkänd.');
      }
      await m.delete(IndicatorValue, { id });
      await this.audit.record(m, auth, { action: 'delete', entityType: 'indicator_value', entityId: id, before: toIndicatorValueDto(value) });
    });
  }
}
