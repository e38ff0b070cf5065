import { Injectable, UnprocessableEntityException } from '@nestjs/common';
import type { GoalChainView } from '@resultatkedjan/contracts';
import type { AuthContext } from '../../auth/auth-context.js';
import { TenantDb } from '../../database/tenant/tenant-db.service.js';
import { findGoal } from '../support/goal-access.js';
import { throwIfFieldErrors } from '../../common/errors/field-errors.js';
import { resolvePeriods } from './chain-request.js';
import { computeGoalChain } from './compute-goal-chain.js';
import type { GoalChainQueryDto } from './goal-chain-query.dto.js';
import { loadChainData } from './goal-chain.loader.js';

@Injectable()
export class GoalChainService {
  constructor(private readonly db: TenantDb) {}

  async view(auth: AuthContext, goalId: string, query: GoalChainQueryDto): Promise<GoalChainView> {
    const { periods, fields } = resolvePeriods(query.periods, query.year);
    throwIfFieldErrors(fields);
    const { data, request } = await this.db.run(auth.tenantId, async (m) => {
      const goal = await findGoal(m, goalId);
      const request = { periods, orgNodeIds: [...new Set(query.orgNodeIds ?? [goal.ownerNodeId])] };
      return { data: await loadChainData(m, auth.tenantId, goal, request), request };
    });
    const found = new Set(data.orgNodes.map((n) => n.id));
    const missing = request.orgNodeIds.filter((id) => !found.has(id));
    if (missing.length > 0) {
      throw new UnprocessableEntityException({
        message: 'Uppgifterna är inte giltiga.',
        fields: { orgNodeIds: missing.map((id) => `Organisationsenheten ${id} finns inte.`) },
      });
    }
    // Computed outside the transaction, so the database connection is not held during the roll-ups.
    return computeGoalChain(data, request);
  }
}
