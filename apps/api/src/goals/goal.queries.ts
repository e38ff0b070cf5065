import type { EntityManager } from 'typeorm';
import { In } from 'typeorm';
import type { GoalLevel, GoalStatus, OrgNodeKind } from '@resultatkedjan/contracts';
import { chainElementQueries } from '../chain/elements/chain-element.queries.js';
import { indicatorQueries } from '../chain/indicators/indicator.queries.js';
import { orgTreeQueries } from '../org/org-tree.queries.js';
import { validInYearSql } from '../org/year-range.js';
import type { CascadeRow } from './goal-cascade.js';
import { draftVisibilityParams, EVERY_GOAL, visibleGoalSql, type DraftVisibility } from './draft-visibility.js';
import { Goal } from './goal.entity.js';
import { GoalLink } from './goal-link.entity.js';

export interface GoalFilter {
  level?: GoalLevel;
  status?: GoalStatus;
  parentGoalId?: string;
  geh?: boolean;
  year?: number;
  ownerNodeId?: string;
  /** With ownerNodeId: the goals of the node and of every node below it. */
  includeSubtree?: boolean;
}

type GoalFields = Omit<Goal, 'id' | 'createdAt' | 'updatedAt' | 'version'>;

/**
 * Every query on goal and goal_link (the further goals a goal serves). The chain's tables are reached only through
 * the SQL fragments their owners hand out (indicator.queries.ts, chain-element.queries.ts). The readers that list
 * goals take the caller's DraftVisibility (draft-visibility.ts) and leave out the drafts it may not read.
 */
export const goalQueries = {
  /** Goals the visibility reads, by sort order and key. */
  async page(
    m: EntityManager,
    filter: GoalFilter,
    window: { skip: number; take: number },
    visibility: DraftVisibility,
  ): Promise<{ rows: Goal[]; total: number }> {
    const qb = m.createQueryBuilder(Goal, 'g').orderBy('g.sortOrder', 'ASC').addOrderBy('g.key', 'ASC').skip(window.skip).take(window.take);
    qb.where(...visibleWhere('g', visibility));
    if (filter.level) qb.andWhere('g.level = :level', { level: filter.level });
    if (filter.status) qb.andWhere('g.status = :status', { status: filter.status });
    if (filter.parentGoalId) qb.andWhere('g.parentGoalId = :parentGoalId', { parentGoalId: filter.parentGoalId });
    if (filter.geh !== undefined) qb.andWhere('g.geh = :geh', { geh: filter.geh });
    if (filter.year !== undefined) qb.andWhere(validInYearSql('g'), { year: filter.year });
    if (filter.ownerNodeId && filter.includeSubtree) {
      qb.andWhere(`g.ownerNodeId IN ${orgTreeQueries.subtreeIdsSql(':ownerNodeIds')}`, { ownerNodeIds: [filter.ownerNodeId] });
    } else if (filter.ownerNodeId) {
      qb.andWhere('g.ownerNodeId = :ownerNodeId', { ownerNodeId: filter.ownerNodeId });
    }
    const [rows, total] = await qb.getManyAndCount();
    return { rows, total };
  },

  find: (m: EntityManager, id: string) => m.findOneBy(Goal, { id }),

  /** The goal if it exists and the visibility reads it (a draft outside it is null, like a missing goal). */
  findReadable: (m: EntityManager, id: string, visibility: DraftVisibility) =>
    m.createQueryBuilder(Goal, 'g').where('g.id = :id', { id }).andWhere(...visibleWhere('g', visibility)).getOne(),

  /** The goal, locked until the transaction ends. */
  lock: (m: EntityManager, id: string) => m.findOne(Goal, { where: { id }, lock: { mode: 'pessimistic_write' } }),

  keyTaken: (m: EntityManager, key: string) => m.existsBy(Goal, { key }),

  /** Inserts the goal; its id is set on the returned row. */
  async insert(m: EntityManager, fields: GoalFields): Promise<Goal> {
    const goal = m.create(Goal, fields);
    await m.insert(Goal, goal);
    return goal;
  },

  update: (m: EntityManager, id: string, fields: Partial<GoalFields>) => m.update(Goal, { id }, fields),

  delete: (m: EntityManager, id: string) => m.delete(Goal, { id }),

  /** Id, key and level of the goals the visibility reads; a draft outside it is left out, like a missing goal. */
  keysAndLevels: (m: EntityManager, ids: readonly string[], visibility: DraftVisibility) =>
    m
      .createQueryBuilder(Goal, 'g')
      .select(['g.id', 'g.key', 'g.level'])
      .where('g.id IN (:...ids)', { ids: [...ids] })
      .andWhere(...visibleWhere('g', visibility))
      .getMany(),

  /**
   * The goals a goal or ägardirektiv is to be linked to. A new link needs a goal the writer may read; a link kept from
   * before counts even when the writer may not read that goal (a nämnd may edit its goal under a KF draft it was linked
   * to by a controller).
   */
  async linkable(m: EntityManager, ids: readonly string[], visibility: DraftVisibility, linkedBefore: readonly string[]): Promise<Goal[]> {
    const kept = ids.filter((id) => linkedBefore.includes(id));
    const added = ids.filter((id) => !linkedBefore.includes(id));
    return [
      ...(added.length > 0 ? await goalQueries.keysAndLevels(m, added, visibility) : []),
      ...(kept.length > 0 ? await goalQueries.keysAndLevels(m, kept, EVERY_GOAL) : []),
    ];
  },

  /** Whether any goal belongs to the mandatperiod. */
  anyInMandatperiod: (m: EntityManager, mandatperiodId: string) => m.existsBy(Goal, { mandatperiodId }),

  /** The further goals each goal also serves, in one query. */
  async alsoServesOf(m: EntityManager, goalIds: readonly string[]): Promise<Map<string, string[]>> {
    const result = new Map<string, string[]>(goalIds.map((id) => [id, []]));
    if (goalIds.length === 0) return result;
    for (const link of await m.find(GoalLink, { where: { goalId: In([...goalIds]) } })) result.get(link.goalId)?.push(link.servesGoalId);
    return result;
  },

  async replaceAlsoServes(m: EntityManager, tenantId: string, goalId: string, servesGoalIds: readonly string[]): Promise<void> {
    await m.delete(GoalLink, { goalId });
    if (servesGoalIds.length > 0) await m.insert(GoalLink, servesGoalIds.map((servesGoalId) => ({ tenantId, goalId, servesGoalId })));
  },

  /** Whether goals are broken down from the goal, and whether it has a chain (chain_element rows). One query. */
  async dependants(m: EntityManager, goalId: string): Promise<{ children: boolean; chain: boolean }> {
    const [row]: { children: boolean; chain: boolean }[] = await m.query(
      `SELECT EXISTS (SELECT 1 FROM goal WHERE parent_goal_id = $1) AS children,
              EXISTS ${chainElementQueries.ofGoalSql('$1')} AS chain`,
      [goalId],
    );
    return row!;
  },

  /** All goals valid in the year that the visibility reads, with their owner and further served goals, in one query. */
  async validInYearWithOwners(m: EntityManager, year: number, visibility: DraftVisibility): Promise<CascadeRow[]> {
    const raw: {
      id: string; key: string; level: GoalLevel; title: string; geh: boolean; status: GoalStatus; parent_goal_id: string | null;
      sort_order: number; owner_id: string; owner_name: string; owner_kind: OrgNodeKind; also_serves: string[];
    }[] = await m.query(
      `SELECT g.id, g.key, g.level, g.title, g.geh, g.status, g.parent_goal_id, g.sort_order,
              n.id AS owner_id, n.name AS owner_name, n.kind AS owner_kind,
              ARRAY(SELECT l.serves_goal_id::text FROM goal_link l WHERE l.goal_id = g.id ORDER BY 1) AS also_serves
         FROM goal g JOIN org_node n ON n.id = g.owner_node_id
        WHERE g.valid_from_year <= $1 AND (g.valid_to_year IS NULL OR g.valid_to_year >= $1) AND ${visibleGoalSql('g', '$2', '$3')}`,
      [year, ...draftVisibilityParams(visibility)],
    );
    return raw.map((r) => ({
      id: r.id,
      key: r.key,
      level: r.level,
      title: r.title,
      geh: r.geh,
      status: r.status,
      parentGoalId: r.parent_goal_id,
      sortOrder: r.sort_order,
      ownerNode: { id: r.owner_id, name: r.owner_name, kind: r.owner_kind },
      alsoServesGoalIds: r.also_serves,
    }));
  },

  /** The goals of the given owners valid in the year that the visibility reads. */
  ownedValidInYear(
    m: EntityManager,
    ownerNodeIds: readonly string[],
    year: number,
    visibility: DraftVisibility,
  ): Promise<{ id: string; key: string; title: string; ownerNodeId: string }[]> {
    return m.query(
      `SELECT g.id, g.key, g.title, g.owner_node_id AS "ownerNodeId" FROM goal g
        WHERE g.owner_node_id = ANY($1::uuid[]) AND g.valid_from_year <= $2 AND (g.valid_to_year IS NULL OR g.valid_to_year >= $2)
          AND ${visibleGoalSql('g', '$3', '$4')}`,
      [ownerNodeIds, year, ...draftVisibilityParams(visibility)],
    );
  },

  /**
   * The first `take` goals valid in the year that have at least one indicator and that the visibility reads, by sort
   * order and key, and how many there are.
   */
  async withIndicatorsValidInYear(m: EntityManager, year: number, take: number, visibility: DraftVisibility): Promise<{ rows: Goal[]; total: number }> {
    const [rows, total] = await m
      .createQueryBuilder(Goal, 'g')
      .where(...visibleWhere('g', visibility))
      .andWhere(validInYearSql('g'), { year })
      .andWhere(`EXISTS ${indicatorQueries.idsOfGoalSql('g.id')}`)
      .orderBy('g.sortOrder')
      .addOrderBy('g.key')
      .take(take)
      .getManyAndCount();
    return { rows, total };
  },

  /**
   * The goals valid in `year` that have at least one indicator, are owned by one of `ownerNodeIds` and that the
   * visibility reads, the owners listed nearest first: goals of the farthest owner come first, then by sort order and key.
   */
  withIndicatorsOwnedBy(
    m: EntityManager,
    ownerNodeIds: readonly string[],
    year: number,
    visibility: DraftVisibility,
  ): Promise<{ id: string; key: string; title: string; level: GoalLevel; owner_node_id: string }[]> {
    return m.query(
      `SELECT g.id, g.key, g.title, g.level, g.owner_node_id
         FROM goal g JOIN unnest($1::uuid[]) WITH ORDINALITY AS up(id, depth) ON up.id = g.owner_node_id
        WHERE g.valid_from_year <= $2 AND (g.valid_to_year IS NULL OR g.valid_to_year >= $2)
          AND EXISTS ${indicatorQueries.idsOfGoalSql('g.id')}
          AND ${visibleGoalSql('g', '$3', '$4')}
        ORDER BY up.depth DESC, g.sort_order, g.key`,
      [ownerNodeIds, year, ...draftVisibilityParams(visibility)],
    );
  },

  /** SQL for "the goals owned by the org node in parameter `param`" (see orgNodeQueries.referencesOf). */
  ownedByNodeSql: (param: string) => `SELECT 1 FROM goal WHERE owner_node_id = ${param}`,
  /** Goals the visibility reads to be reviewed (omprövas senast) from `from` to `to`. */
  async reviewDueBetween(
    m: EntityManager,
    from: string,
    to: string,
    visibility: DraftVisibility,
  ): Promise<{ id: string; key: string; title: string; review_date: string; owner_node_id: string }[]> {
    return m.query(
      `SELECT g.id, g.key, g.title, g.review_date::text AS review_date, g.owner_node_id FROM goal g
        WHERE g.review_date BETWEEN $1::date AND $2::date AND ${visibleGoalSql('g', '$3', '$4')} ORDER BY g.review_date, g.key`,
      [from, to, ...draftVisibilityParams(visibility)],
    );
  },
};

/** The visibility as a query-builder condition on the goal alias `g`. */
function visibleWhere(g: string, visibility: DraftVisibility): [string, Record<string, unknown>] {
  const [draftRoots, commentRoots] = draftVisibilityParams(visibility);
  return [visibleGoalSql(g, ':draftRoots', ':commentRoots'), { draftRoots, commentRoots }];
}
