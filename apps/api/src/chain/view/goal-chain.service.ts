import { Injectable, UnprocessableEntityException } from '@nestjs/common';
import { InexactSumsError, type SubtreeSumsIndex } from '@resultatkedjan/domain';
import type { ChainOrgNodeSummary, GoalChainsForYear, GoalChainView, RatioPreviewDto, RatioPreviewRequest } from '@resultatkedjan/contracts';
import { goalQueries } from '../../goals/goal.queries.js';
import { draftVisibilityKey, draftVisibilityOf } from '../../goals/draft-visibility.js';
import type { AuthContext } from '../../auth/auth-context.js';
import { TenantDb } from '../../platform/database/tenant/tenant-db.service.js';
import { CachedViews, type JsonView } from '../../platform/cache/cached-views.js';
import { viewKey } from '../../platform/cache/view-cache.js';
import { findGoal, goalForChainWrite } from '../support/goal-access.js';
import { ratioPairProblems } from '../ratios/ratio-pair-problems.js';
import { throwIfFieldErrors } from '../../common/errors/field-errors.js';
import { resolvePeriods } from './chain-request.js';
import { computeGoalChain, computeGoalChainFromSums } from './compute-goal-chain.js';
import type { GoalChainQueryDto } from './goal-chain-query.dto.js';
import {
  loadChainDefinitions, loadChainRawData, loadChainSums, loadRequestedNodes, type ChainLoad,
} from './goal-chain.loader.js';

/** Goals in one GET /chains answer; a kommun following few goals stays far below it. */
export const MAX_CHAINS_PER_YEAR = 100;

@Injectable()
export class GoalChainService {
  constructor(
    private readonly db: TenantDb,
    private readonly views: CachedViews,
  ) {}

  /**
   * One goal's chain as JSON, cached per kommun data version (a write anywhere in the kommun makes the next read
   * compute). The entry is the same for every reader; whether the caller may read the goal (a draft only in their
   * draft scope) is checked before the cache, so a hit never skips it.
   */
  async view(auth: AuthContext, goalId: string, query: GoalChainQueryDto): Promise<JsonView> {
    const { periods, fields } = resolvePeriods(query.periods, query.year);
    throwIfFieldErrors(fields);
    if (draftVisibilityOf(auth).draftRoots !== null) await this.db.run(auth.tenantId, (m) => findGoal(m, auth, goalId));
    const nodesKey = query.orgNodeIds === undefined ? 'owner' : [...new Set(query.orgNodeIds)].sort().join(',');
    const key = auth.dataVersion === undefined ? null : viewKey(auth.tenantId, auth.dataVersion, 'chain', goalId, periods.join(','), nodesKey);
    return this.views.json(key, () => this.computeView(auth, goalId, periods, query.orgNodeIds));
  }

  /**
   * Every goal's chain of a year at its owner (see computeYear) as JSON, cached like view() and also per draft
   * visibility: the answer lists only the drafts the caller may read, so callers who may read different drafts never
   * share an entry, and callers with the same grants do.
   */
  forYear(auth: AuthContext, year: number): Promise<JsonView> {
    const visibility = draftVisibilityKey(draftVisibilityOf(auth));
    const key = auth.dataVersion === undefined ? null : viewKey(auth.tenantId, auth.dataVersion, 'chains', String(year), visibility);
    return this.views.json(key, () => this.computeYear(auth, year));
  }

  /**
   * A ratio not yet saved, computed as the chain view would at the goal's owner for the year's quarters and the year
   * (subtree sums in SQL, the roll-up in libs/domain), with what a save would refuse. Not cached: it is a draft.
   */
  async previewRatio(auth: AuthContext, goalId: string, draft: RatioPreviewRequest): Promise<RatioPreviewDto> {
    const periods = [1, 2, 3, 4].map((q) => `${draft.year}-Q${q}`).concat(String(draft.year));
    const prepared = await this.db.run(auth.tenantId, async (m) => {
      const goal = await goalForChainWrite(m, auth, goalId);
      const fields = await ratioPairProblems(m, draft.kind, draft.numeratorIndicatorId, draft.denominatorIndicatorId, goalId);
      const [definition] = await loadChainDefinitions(m, [goal]);
      const own = new Set(definition!.indicators.map((i) => i.id));
      if (!own.has(draft.numeratorIndicatorId) || !own.has(draft.denominatorIndicatorId)) return { fields, load: null };
      const ratio = {
        id: 'forhandsvisning', goalId, kind: draft.kind, name: '', numeratorIndicatorId: draft.numeratorIndicatorId,
        denominatorIndicatorId: draft.denominatorIndicatorId, scale: draft.scale ?? null, unit: draft.unit?.trim() || null,
        sortOrder: 0, createdAt: new Date(0).toISOString(),
      };
      const load = { definition: { ...definition!, ratios: [ratio] }, request: { periods, orgNodeIds: [goal.ownerNodeId] } };
      const nodes = await loadRequestedNodes(m, load.request.orgNodeIds);
      return { fields, load, nodes, sums: await loadChainSums(m, [load]) };
    });
    if (prepared.load === null) return { fields: prepared.fields, results: [] };
    const [view] = await this.compute(auth, [prepared.load], prepared.nodes!, prepared.sums!);
    return { fields: prepared.fields, results: view!.ratios[0]!.results };
  }

  private async computeView(auth: AuthContext, goalId: string, periods: string[], orgNodeIds: string[] | undefined): Promise<GoalChainView> {
    const { load, nodes, sums } = await this.db.run(auth.tenantId, async (m) => {
      const goal = await findGoal(m, auth, goalId);
      const request = { periods, orgNodeIds: [...new Set(orgNodeIds ?? [goal.ownerNodeId])] };
      const [definition] = await loadChainDefinitions(m, [goal]);
      const load = { definition: definition!, request };
      const nodes = await loadRequestedNodes(m, request.orgNodeIds);
      return { load, nodes, sums: nodes.length === request.orgNodeIds.length ? await loadChainSums(m, [load]) : null };
    });
    const found = new Set(nodes.map((n) => n.id));
    const missing = load.request.orgNodeIds.filter((id) => !found.has(id));
    if (missing.length > 0) {
      throw new UnprocessableEntityException({
        message: 'Uppgifterna är inte giltiga.',
        fields: { orgNodeIds: missing.map((id) => `Organisationsenheten ${id} finns inte.`) },
      });
    }
    const [view] = await this.compute(auth, [load], nodes, sums!);
    return view!;
  }

  /**
   * Every goal valid in `year` that has indicators and that the caller may read, each at its owner node for the year before and the year: the
   * goal tree's måluppfyllelse and the controller's analysis page in one answer, loaded with a fixed number of
   * queries and computed outside the transaction.
   */
  private async computeYear(auth: AuthContext, year: number): Promise<GoalChainsForYear> {
    const periods = [String(year - 1), String(year)];
    const { loads, nodes, sums, total } = await this.db.run(auth.tenantId, async (m) => {
      const { rows: goals, total: count } = await goalQueries.withIndicatorsValidInYear(m, year, MAX_CHAINS_PER_YEAR, draftVisibilityOf(auth));
      const definitions = await loadChainDefinitions(m, goals);
      const loads = definitions.map((definition) => ({ definition, request: { periods, orgNodeIds: [definition.goal.ownerNodeId] } }));
      const nodes = await loadRequestedNodes(m, loads.map((l) => l.request.orgNodeIds[0]!));
      return { loads, nodes, sums: await loadChainSums(m, loads), total: count };
    });
    const chains = await this.compute(auth, loads, nodes, sums);
    return { year, periods, chains, omitted: total - chains.length };
  }

  /**
   * Each chain from the subtree sums; the few whose sums are inexact (units that reported different periods, values
   * with their own reference periods) from their raw values, loaded in one more transaction. Computed outside the
   * transactions, so no connection is held during the roll-ups.
   */
  private async compute(
    auth: AuthContext,
    loads: readonly ChainLoad[],
    nodes: readonly ChainOrgNodeSummary[],
    sums: SubtreeSumsIndex,
  ): Promise<GoalChainView[]> {
    const views: (GoalChainView | null)[] = loads.map(({ definition, request }) => {
      try {
        return computeGoalChainFromSums({ ...definition, nodes: [...nodes], sums }, request);
      } catch (error) {
        if (error instanceof InexactSumsError) return null;
        throw error;
      }
    });
    const inexact = loads.filter((_, i) => views[i] === null);
    if (inexact.length > 0) {
      const raw = await this.db.run(auth.tenantId, (m) => loadChainRawData(m, inexact));
      let next = 0;
      views.forEach((view, i) => {
        if (view === null) views[i] = computeGoalChain(raw[next++]!, loads[i]!.request);
      });
    }
    return views as GoalChainView[];
  }
}
