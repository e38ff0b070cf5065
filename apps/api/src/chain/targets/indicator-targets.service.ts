import { Injectable } from '@nestjs/common';
import type { IndicatorTargetDto } from '@resultatkedjan/contracts';
import type { AuthContext } from '../../auth/auth-context.js';
import { AuditService } from '../../audit/audit.service.js';
import { orNotFound } from '../../common/errors/not-found.js';
import { TenantDb } from '../../platform/database/tenant/tenant-db.service.js';
import { IndicatorTarget } from '../indicator-target.entity.js';
import { Indicator } from '../indicator.entity.js';
import { sortTargets, toTargetDto } from '../indicators/indicator.mapper.js';
import { goalForChainWrite } from '../support/goal-access.js';
import { throwIfFieldErrors } from '../../common/errors/field-errors.js';
import type { ReplaceTargetsBody } from './target-body.dto.js';
import { checkTargets } from './target-rules.js';

@Injectable()
export class IndicatorTargetsService {
  constructor(
    private readonly db: TenantDb,
    private readonly audit: AuditService,
  ) {}

  /** Replaces the indicator's targets with the given set, in one transaction. */
  replace(auth: AuthContext, indicatorId: string, body: ReplaceTargetsBody): Promise<IndicatorTargetDto[]> {
    return this.db.run(auth.tenantId, async (m) => {
      const indicator = orNotFound(await m.findOneBy(Indicator, { id: indicatorId }), 'Indikatorn');
      await goalForChainWrite(m, auth, indicator.goalId);
      throwIfFieldErrors(checkTargets(body.targets, indicator.periodicity));
      const before = sortTargets((await m.findBy(IndicatorTarget, { indicatorId })).map(toTargetDto));
      await m.delete(IndicatorTarget, { indicatorId });
      const after = sortTargets(body.targets.map((t) => ({ periodKey: t.periodKey, targetValue: t.targetValue })));
      if (after.length > 0) {
        await m.insert(
          IndicatorTarget,
          after.map((t) => ({ tenantId: auth.tenantId, indicatorId, periodKey: t.periodKey, targetValue: t.targetValue })),
        );
      }
      await this.audit.record(m, auth, {
        action: 'update',
        entityType: 'indicator_targets',
        entityId: indicatorId,
        before: { targets: before },
        after: { targets: after },
      });
      return after;
    });
  }
}
