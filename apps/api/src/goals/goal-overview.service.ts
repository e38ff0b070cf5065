import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { GoalCascade, HygieneReport, OrgNodeKind } from '@resultatkedjan/contracts';
import type { AuthContext } from '../auth/auth-context.js';
import { orNotFound } from '../common/errors/not-found.js';
import { TenantDb } from '../platform/database/tenant/tenant-db.service.js';
import { agardirektivQueries } from '../org/agardirektiv.queries.js';
import { orgNodeQueries } from '../org/org-node.queries.js';
import { tenantQueries } from '../tenancy/tenant.queries.js';
import { effectiveSettings } from '../tenancy/tenant-settings.js';
import { buildCascade } from './goal-cascade.js';
import { buildHygieneReport } from './goal-hygiene.js';
import { draftVisibilityOf } from './draft-visibility.js';
import { goalQueries } from './goal.queries.js';
import { indicatorQueries } from '../chain/indicators/indicator.queries.js';
import { orgTreeQueries } from '../org/org-tree.queries.js';
import { uppdragQueries } from '../uppdrag/uppdrag.queries.js';

/** Per body: the year's uppdrag (not cancelled) owned by the body or a node below it. */
async function uppdragCountsOf(m: EntityManager, bodyIds: string[], year: number): Promise<Map<string, number>> {
  const byOwner = await uppdragQueries.activeCountsByOwner(m, year);
  const counts = new Map<string, number>();
  if (byOwner.size === 0) return counts;
  for (const { rootId, nodeId } of await orgTreeQueries.subtreePairs(m, bodyIds)) {
    const n = byOwner.get(nodeId);
    if (n) counts.set(rootId, (counts.get(rootId) ?? 0) + n);
  }
  return counts;
}

/** Bodies whose number of goals R-1 watches. */
const HYGIENE_KINDS: OrgNodeKind[] = ['ks', 'namnd', 'bolag'];

/** Read models over the goals of a year the caller may read: the cascade from the vision down, and the "few goals" check. */
@Injectable()
export class GoalOverviewService {
  constructor(private readonly db: TenantDb) {}

  cascade(auth: AuthContext, year: number): Promise<GoalCascade> {
    return this.db.run(auth.tenantId, async (m) => {
      const rows = await goalQueries.validInYearWithOwners(m, year, draftVisibilityOf(auth));
      const bolagIds = [...new Set(rows.filter((r) => r.level === 'bolagsmal').map((r) => r.ownerNode.id))];
      const directives = bolagIds.length > 0 ? await agardirektivQueries.validInYearOf(m, bolagIds, year) : [];
      return { year, roots: buildCascade(rows, directives) };
    });
  }

  hygiene(auth: AuthContext, year: number): Promise<HygieneReport> {
    return this.db.run(auth.tenantId, async (m) => {
      const tenant = orNotFound(await tenantQueries.find(m, auth.tenantId), 'Kommunen');
      const bodies = await orgNodeQueries.ofKindsInYear(m, HYGIENE_KINDS, year);
      const goals = bodies.length === 0 ? [] : await goalQueries.ownedValidInYear(m, bodies.map((b) => b.id), year, draftVisibilityOf(auth));
      const counts = goals.length === 0 ? new Map<string, number>() : await indicatorQueries.countsByGoal(m, goals.map((g) => g.id));
      const { goalCeiling, indicatorCeiling } = effectiveSettings(tenant.settings);
      return buildHygieneReport(year, { goalCeiling, indicatorCeiling }, bodies, goals, counts, await uppdragCountsOf(m, bodies.map((b) => b.id), year));
    });
  }
}
