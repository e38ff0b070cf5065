import { Injectable, UnprocessableEntityException } from '@nestjs/common';
import type { GoalChainsForYear, GoalChainView } from '@resultatkedjan/contracts';
import { Goal } from '../../goals/goal.entity.js';
import type { AuthContext } from '../../auth/auth-context.js';
import { TenantDb } from '../../platform/database/tenant/tenant-db.service.js';
import { findGoal } from '../support/goal-access.js';
import { throwIfFieldErrors } from '../../common/errors/field-errors.js';
import { resolvePeriods } from './chain-request.js';
import { computeGoalChain } from './compute-goal-chain.js';
import type { GoalChainQueryDto } from './goal-chain-query.dto.js';
import { loadChainData, loadChainsData } from './goal-chain.loader.js';

/** Goals in one GET /chains answer; a kommun following few goals stays far below it. */
export const MAX_CHAINS_PER_YEAR = 100;

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

  /**
   * Every goal valid in `year` that has indicators, each at its owner node for the year before and the year: the
   * goal tree's måluppfyllelse and the controller's analysis page in one answer, loaded with a fixed number of
   * queries (loadChainsData) and computed outside the transaction.
   */
  async forYear(auth: AuthContext, year: number): Promise<GoalChainsForYear> {
    const periods = [String(year - 1), String(year)];
    const { data, total } = await this.db.run(auth.tenantId, async (m) => {
      const [goals, count] = await m
        .createQueryBuilder(Goal, 'g')
        .where('g.validFromYear <= :year AND (g.validToYear IS NULL OR g.validToYear >= :year)', { year })
        .andWhere('EXISTS (SELECT 1 FROM indicator i WHERE i.goal_id = g.id)')
        .orderBy('g.sortOrder')
        .addOrderBy('g.key')
        .take(MAX_CHAINS_PER_YEAR)
        .getManyAndCount();
      const loads = goals.map((goal) => ({ goal, request: { periods, orgNodeIds: [goal.ownerNodeId] } }));
      return { data: await loadChainsData(m, auth.tenantId, loads), total: count };
    });
    const chains = data.map((d) => computeGoalChain(d, { periods, orgNodeIds: [d.goal.ownerNodeId] }));
    return { year, periods, chains, omitted: total - chains.length };
  }
}
