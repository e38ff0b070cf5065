import { ConflictException, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { ChainLink } from '@resultatkedjan/contracts';
import type { ChainElementDto } from '@resultatkedjan/contracts';
import { throwIfFieldErrors } from '../../common/errors/field-errors.js';
import { checkResultLink } from './result-link-rules.js';
import type { AuthContext } from '../../auth/auth-context.js';
import { AuditService } from '../../audit/audit.service.js';
import { orNotFound } from '../../common/errors/not-found.js';
import { TenantDb } from '../../platform/database/tenant/tenant-db.service.js';
import { valueQueries } from '../../values/value.queries.js';
import { indicatorQueries } from '../indicators/indicator.queries.js';
import { ratioDefinitionQueries } from '../ratios/ratio-definition.queries.js';
import { compareChainOrder } from '../support/chain-link-order.js';
import { findGoal, goalForChainWrite } from '../support/goal-access.js';
import type { CreateChainElementBody, UpdateChainElementBody } from './chain-element.dto.js';
import { toChainElementDto } from './chain-element.mapper.js';
import { chainElementQueries } from './chain-element.queries.js';
import { toIndicatorDto } from '../indicators/indicator.mapper.js';
import { toRatioDefinitionDto } from '../ratios/ratio-definition.mapper.js';

@Injectable()
export class ChainElementsService {
  constructor(
    private readonly db: TenantDb,
    private readonly audit: AuditService,
  ) {}

  list(auth: AuthContext, goalId: string): Promise<ChainElementDto[]> {
    return this.db.run(auth.tenantId, async (m) => {
      await findGoal(m, auth, goalId);
      const elements = await chainElementQueries.ofGoal(m, goalId);
      return elements.sort(compareChainOrder).map(toChainElementDto);
    });
  }

  create(auth: AuthContext, goalId: string, body: CreateChainElementBody): Promise<ChainElementDto> {
    return this.db.run(auth.tenantId, async (m) => {
      await goalForChainWrite(m, auth, goalId);
      const resultIndicatorId = body.resultIndicatorId ?? null;
      await assertResultLink(m, body.link, goalId, resultIndicatorId);
      const element = await chainElementQueries.insert(m, {
        tenantId: auth.tenantId,
        goalId,
        link: body.link,
        name: body.name.trim(),
        description: body.description ?? '',
        sortOrder: body.sortOrder ?? 0,
        resultIndicatorId,
      });
      const dto = toChainElementDto(element);
      await this.audit.record(m, auth, { action: 'create', entityType: 'chain_element', entityId: element.id, after: dto });
      return dto;
    });
  }

  update(auth: AuthContext, id: string, body: UpdateChainElementBody): Promise<ChainElementDto> {
    return this.db.run(auth.tenantId, async (m) => {
      const element = orNotFound(await chainElementQueries.find(m, id), 'Kedjelänken');
      await goalForChainWrite(m, auth, element.goalId);
      const before = toChainElementDto(element);
      if (body.link !== undefined) element.link = body.link;
      if (body.name !== undefined) element.name = body.name.trim();
      if (body.description !== undefined) element.description = body.description;
      if (body.sortOrder !== undefined) element.sortOrder = body.sortOrder;
      if (body.resultIndicatorId !== undefined) element.resultIndicatorId = body.resultIndicatorId;
      await assertResultLink(m, element.link, element.goalId, element.resultIndicatorId);
      const after = toChainElementDto(await chainElementQueries.save(m, element));
      await this.audit.record(m, auth, { action: 'update', entityType: 'chain_element', entityId: id, before, after });
      return after;
    });
  }

  /** Removes the element with its indicators, their targets and the ratio definitions using them. */
  remove(auth: AuthContext, id: string): Promise<void> {
    return this.db.run(auth.tenantId, async (m) => {
      const element = orNotFound(await chainElementQueries.find(m, id), 'Kedjelänken');
      await goalForChainWrite(m, auth, element.goalId);
      const indicators = await indicatorQueries.ofElement(m, id);
      const indicatorIds = indicators.map((i) => i.id);
      if (await valueQueries.anyFor(m, indicatorIds)) {
        throw new ConflictException('Kedjelänken har indikatorer med inrapporterade värden och kan inte tas bort.');
      }
      const dependents = await indicatorQueries.dependentKeys(m, indicatorIds);
      if (dependents.length > 0) {
        throw new ConflictException(
          `Kedjelänkens indikatorer används av andra indikatorer (${dependents.join(', ')}). Ändra dem först.`,
        );
      }
      const ratios = await ratioDefinitionQueries.using(m, indicatorIds);
      await chainElementQueries.delete(m, id);
      await this.audit.record(m, auth, [
        { action: 'delete', entityType: 'chain_element', entityId: id, before: toChainElementDto(element) },
        ...indicators.map((i) => ({ action: 'delete', entityType: 'indicator', entityId: i.id, before: toIndicatorDto(i, element.link) })),
        ...ratios.map((r) => ({ action: 'delete', entityType: 'ratio_definition', entityId: r.id, before: toRatioDefinitionDto(r) })),
      ]);
    });
  }
}

/** 422 keyed resultIndicatorId when the R-20 link does not fit (checkResultLink). */
async function assertResultLink(m: EntityManager, link: ChainLink, goalId: string, resultIndicatorId: string | null): Promise<void> {
  if (resultIndicatorId === null) return;
  const [indicator] = await indicatorQueries.linked(m, [resultIndicatorId]);
  throwIfFieldErrors(checkResultLink(link, goalId, resultIndicatorId, indicator));
}
