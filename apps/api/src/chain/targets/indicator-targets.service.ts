import { Injectable } from '@nestjs/common';
import type { IndicatorTargetDto } from '@resultatkedjan/contracts';
import type { AuthContext } from '../../auth/auth-context.js';
import { AuditService } from '../../audit/audit.service.js';
import { orNotFound } from '../../common/errors/not-found.js';
import { TenantDb } from '../../platform/database/tenant/tenant-db.service.js';
import { indicatorQueries } from '../indicators/indicator.queries.js';
import { sortTargets, toTargetDto } from '../indicators/indicator.mapper.js';
import { goalForChainWrite } from '../support/goal-access.js';
import { throwIfFieldErrors } from '../../common/errors/field-errors.js';
import type { ReplaceTargetsBody } from './target-body.dto.js';
import { checkTargets } from './target-rules.js';
import { indicatorTargetQueries } from './indicator-target.queries.js';

@Injectable()
export class IndicatorTargetsService {
  constructor(
    private readonly db: TenantDb,
    private readonly audit: AuditService,
  ) {}

  /** Replaces the indicator's targets with the given set, in one transaction. */
  replace(auth: AuthContext, indicatorId: string, body: ReplaceTargetsBody): Promise<IndicatorTargetDto[]> {
    return this.db.run(auth.tenantId, async (m) => {
      const indicator = orNotFound(await indicatorQueries.find(m, indicatorId), 'Indikatorn');
      await goalForChainWrite(m, auth, indicator.goalId);
      throwIfFieldErrors(checkTargets(body.targets, indicator.periodicity));
      const before = sortTargets((await indicatorTargetQueries.ofIndicator(m, indicatorId)).map(toTargetDto));
      const after = sortTargets(body.targets.map((t) => ({ periodKey: t.periodKey, targetValue: t.targetValue })));
      await indicatorTargetQueries.replace(m, auth.tenantId, indicatorId, after);
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
