import { ConflictException, Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import type { ChainElementDto } from '@resultatkedjan/contracts';
import type { AuthContext } from '../../auth/auth-context.js';
import { AuditService } from '../../audit/audit.service.js';
import { orNotFound } from '../../common/errors/not-found.js';
import { TenantDb } from '../../platform/database/tenant/tenant-db.service.js';
import { ChainElement } from '../chain-element.entity.js';
import { Indicator } from '../indicator.entity.js';
import { RatioDefinition } from '../ratio-definition.entity.js';
import { anyValuesFor, dependentIndicatorKeys } from '../support/chain-dependencies.js';
import { compareChainOrder } from '../support/chain-link-order.js';
import { findGoal, goalForChainWrite } from '../support/goal-access.js';
import type { CreateChainElementBody, UpdateChainElementBody } from './chain-element.dto.js';
import { toChainElementDto } from './chain-element.mapper.js';
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
      await findGoal(m, goalId);
      const elements = await m.findBy(ChainElement, { goalId });
      return elements.sort(compareChainOrder).map(toChainElementDto);
    });
  }

  create(auth: AuthContext, goalId: string, body: CreateChainElementBody): Promise<ChainElementDto> {
    return this.db.run(auth.tenantId, async (m) => {
      await goalForChainWrite(m, auth, goalId);
      const element = await m.save(
        m.create(ChainElement, {
          tenantId: auth.tenantId,
          goalId,
          link: body.link,
          name: body.name.trim(),
          description: body.description ?? '',
          sortOrder: body.sortOrder ?? 0,
        }),
      );
      const dto = toChainElementDto(element);
      await this.audit.record(m, auth, { action: 'create', entityType: 'chain_element', entityId: element.id, after: dto });
      return dto;
    });
  }

  update(auth: AuthContext, id: string, body: UpdateChainElementBody): Promise<ChainElementDto> {
    return this.db.run(auth.tenantId, async (m) => {
      const element = orNotFound(await m.findOneBy(ChainElement, { id }), 'Kedjelänken');
      await goalForChainWrite(m, auth, element.goalId);
      const before = toChainElementDto(element);
      if (body.link !== undefined) element.link = body.link;
      if (body.name !== undefined) element.name = body.name.trim();
      if (body.description !== undefined) element.description = body.description;
      if (body.sortOrder !== undefined) element.sortOrder = body.sortOrder;
      const after = toChainElementDto(await m.save(element));
      await this.audit.record(m, auth, { action: 'update', entityType: 'chain_element', entityId: id, before, after });
      return after;
    });
  }

  /** Removes the element with its indicators, their targets and the ratio definitions using them. */
  remove(auth: AuthContext, id: string): Promise<void> {
    return this.db.run(auth.tenantId, async (m) => {
      const element = orNotFound(await m.findOneBy(ChainElement, { id }), 'Kedjelänken');
      await goalForChainWrite(m, auth, element.goalId);
      const indicators = await m.findBy(Indicator, { chainElementId: id });
      const indicatorIds = indicators.map((i) => i.id);
      if (await anyValuesFor(m, indicatorIds)) {
        throw new ConflictException('Kedjelänken har indikatorer med inrapporterade värden och kan inte tas bort.');
      }
      const dependents = await dependentIndicatorKeys(m, indicatorIds);
      if (dependents.length > 0) {
        throw new ConflictException(
          `Kedjelänkens indikatorer används av andra indikatorer (${dependents.join(', ')}). Ändra dem först.`,
        );
      }
      const ratios = indicatorIds.length === 0 ? [] : await m.find(RatioDefinition, {
        where: [{ numeratorIndicatorId: In(indicatorIds) }, { denominatorIndicatorId: In(indicatorIds) }],
      });
      await m.delete(ChainElement, { id });
      await this.audit.record(m, auth, [
        { action: 'delete', entityType: 'chain_element', entityId: id, before: toChainElementDto(element) },
        ...indicators.map((i) => ({ action: 'delete', entityType: 'indicator', entityId: i.id, before: toIndicatorDto(i, element.link) })),
        ...ratios.map((r) => ({ action: 'delete', entityType: 'ratio_definition', entityId: r.id, before: toRatioDefinitionDto(r) })),
      ]);
    });
  }
}
