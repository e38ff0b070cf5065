import type { EntityManager, FindOptionsWhere } from 'typeorm';
import { In, Raw } from 'typeorm';
import type { ChainLink, Direction, OrgAggregation, Periodicity } from '@resultatkedjan/contracts';
import { draftVisibilityParams, visibleGoalIdsSql, visibleGoalSql, type DraftVisibility } from '../../goals/draft-visibility.js';
import { Indicator } from '../indicator.entity.js';

export interface IndicatorFilter {
  goalId?: string;
  chainElementId?: string;
}

/** An indicator with its element's link, as value writes and ratio checks need it. */
export interface LinkedIndicator {
  id: string;
  goalId: string;
  key: string;
  unit: string;
  direction: Direction;
  periodicity: Periodicity;
  orgAggregation: OrgAggregation;
  link: ChainLink;
}

type IndicatorFields = Omit<Indicator, 'id' | 'createdAt'>;

export interface KoladaMappedIndicator {
  id: string;
  key: string;
  name: string;
  koladaId: string;
  orgAggregation: OrgAggregation;
  ownerNodeId: string;
}

/**
 * Every query on indicator. Other features reach indicators through these functions or the SQL fragments at the end.
 */
/** An item due for review, with the goal it belongs to and that goal's owner node. */
export interface ReviewDueRow {
  id: string;
  key: string;
  name: string;
  review_date: string;
  goal_id: string;
  goal_key: string;
  owner_node_id: string;
}

export const indicatorQueries = {
  /** Indicators of the goals the visibility reads (draft-visibility.ts), by sort order and key. */
  async page(
    m: EntityManager,
    filter: IndicatorFilter,
    window: { skip: number; take: number },
    visibility: DraftVisibility,
  ): Promise<{ rows: Indicator[]; total: number }> {
    const [draftRoots, commentRoots] = draftVisibilityParams(visibility);
    const where: FindOptionsWhere<Indicator> = {
      goalId: Raw((column) => `${filter.goalId ? `${column} = :goalId AND ` : ''}${column} IN ${visibleGoalIdsSql(':draftRoots', ':commentRoots')}`, {
        goalId: filter.goalId, draftRoots, commentRoots,
      }),
    };
    if (filter.chainElementId) where.chainElementId = filter.chainElementId;
    const [rows, total] = await m.findAndCount(Indicator, { where, order: { sortOrder: 'ASC', key: 'ASC' }, skip: window.skip, take: window.take });
    return { rows, total };
  },

  find: (m: EntityManager, id: string) => m.findOneBy(Indicator, { id }),

  /** The given indicators (missing ones are left out), in one query. */
  async findMany(m: EntityManager, ids: readonly string[]): Promise<Indicator[]> {
    if (ids.length === 0) return [];
    return m.findBy(Indicator, { id: In([...new Set(ids)]) });
  },

  ofElement: (m: EntityManager, chainElementId: string) => m.findBy(Indicator, { chainElementId }),

  countOfGoal: (m: EntityManager, goalId: string) => m.countBy(Indicator, { goalId }),

  keyTaken: (m: EntityManager, key: string) => m.existsBy(Indicator, { key }),

  /** Those of the keys already used in the kommun, sorted. */
  async takenKeys(m: EntityManager, keys: readonly string[]): Promise<string[]> {
    if (keys.length === 0) return [];
    const rows = await m.find(Indicator, { where: { key: In([...keys]) }, select: { key: true }, order: { key: 'ASC' } });
    return rows.map((r) => r.key);
  },

  /** Inserts the indicator; its id and defaults are set on the returned row. */
  insert: (m: EntityManager, fields: IndicatorFields) => m.save(m.create(Indicator, fields)),

  /** Writes the loaded indicator's changed fields back. */
  save: (m: EntityManager, indicator: Indicator) => m.save(indicator),

  /** Deletes the indicator; its targets go by cascade. */
  delete: (m: EntityManager, id: string) => m.delete(Indicator, { id }),

  /** The given indicators with their element's link (missing ones are left out), in one query. */
  async linked(m: EntityManager, ids: readonly string[]): Promise<LinkedIndicator[]> {
    if (ids.length === 0) return [];
    const rows: {
      id: string; goal_id: string; key: string; unit: string; direction: Direction; periodicity: Periodicity;
      org_aggregation: OrgAggregation; link: ChainLink;
    }[] = await m.query(
      `SELECT i.id, i.goal_id, i.key, i.unit, i.direction, i.periodicity, i.org_aggregation, e.link
         FROM indicator i JOIN chain_element e ON e.id = i.chain_element_id
        WHERE i.id = ANY($1::uuid[])`,
      [[...new Set(ids)]],
    );
    return rows.map((r) => ({
      id: r.id, goalId: r.goal_id, key: r.key, unit: r.unit, direction: r.direction, periodicity: r.periodicity,
      orgAggregation: r.org_aggregation, link: r.link,
    }));
  },

  /**
   * Keys of the indicators outside `indicatorIds` that use one of them as numerator, denominator or weight. Deleting
   * a referenced indicator would silently break them (the foreign key sets null), so callers refuse with 409.
   */
  async dependentKeys(m: EntityManager, indicatorIds: readonly string[]): Promise<string[]> {
    if (indicatorIds.length === 0) return [];
    const rows: { key: string }[] = await m.query(
      `SELECT key FROM indicator
        WHERE NOT (id = ANY($1::uuid[]))
          AND (numerator_indicator_id = ANY($1::uuid[]) OR denominator_indicator_id = ANY($1::uuid[])
               OR weight_indicator_id = ANY($1::uuid[]))
        ORDER BY key`,
      [indicatorIds],
    );
    return rows.map((r) => r.key);
  },

  /**
   * Indicators mapped to a Kolada KPI of the goals the visibility reads, each with its goal's owner node (where the
   * kommun's own Kolada values land).
   */
  async koladaMapped(m: EntityManager, visibility: DraftVisibility): Promise<KoladaMappedIndicator[]> {
    const rows: { id: string; key: string; name: string; kolada_id: string; org_aggregation: OrgAggregation; owner_node_id: string }[] = await m.query(
      `SELECT i.id, i.key, i.name, i.kolada_id, i.org_aggregation, g.owner_node_id
         FROM indicator i JOIN goal g ON g.id = i.goal_id
        WHERE i.kolada_id IS NOT NULL AND i.kolada_id <> '' AND ${visibleGoalSql('g', '$1', '$2')} ORDER BY i.key`,
      draftVisibilityParams(visibility),
    );
    return rows.map((r) => ({ id: r.id, key: r.key, name: r.name, koladaId: r.kolada_id, orgAggregation: r.org_aggregation, ownerNodeId: r.owner_node_id }));
  },

  /** SQL for "the ids of the indicators of the goal `goalRef`" (a parameter or a column). */
  idsOfGoalSql: (goalRef: string) => `(SELECT id FROM indicator WHERE goal_id = ${goalRef})`,

  /** SQL: the ids of the indicators of goals the caller may read (parameters as visibleGoalSql in draft-visibility.ts). */
  idsOfVisibleGoalsSql: (draftParam: string, commentParam: string) =>
    `(SELECT id FROM indicator WHERE goal_id IN ${visibleGoalIdsSql(draftParam, commentParam)})`,

  /** Indicators per goal (goals without any are left out). */
  async countsByGoal(m: EntityManager, goalIds: readonly string[]): Promise<Map<string, number>> {
    const rows: { goalId: string; n: number }[] = await m.query(
      `SELECT goal_id AS "goalId", count(*)::int AS n FROM indicator WHERE goal_id = ANY($1::uuid[]) GROUP BY goal_id`,
      [goalIds],
    );
    return new Map(rows.map((c) => [c.goalId, c.n]));
  },
  /** Indicators to be reviewed (omprövas senast) from `from` to `to` of goals the visibility reads, with the goal and its owner node (R-2). */
  async reviewDueBetween(m: EntityManager, from: string, to: string, visibility: DraftVisibility): Promise<ReviewDueRow[]> {
    return m.query(
      `SELECT i.id, i.key, i.name, i.review_date::text AS review_date, g.id AS goal_id, g.key AS goal_key, g.owner_node_id
         FROM indicator i JOIN goal g ON g.id = i.goal_id
        WHERE i.review_date BETWEEN $1::date AND $2::date AND ${visibleGoalSql('g', '$3', '$4')} ORDER BY i.review_date, i.key`,
      [from, to, ...draftVisibilityParams(visibility)],
    );
  },

  /** Indicators created before `before` of goals the visibility reads, with the goal and its owner (the candidates for retirement, R-2). */
  async createdBefore(m: EntityManager, before: string, visibility: DraftVisibility): Promise<(Omit<ReviewDueRow, 'review_date'> & { created_at: Date })[]> {
    return m.query(
      `SELECT i.id, i.key, i.name, i.created_at, g.id AS goal_id, g.key AS goal_key, g.owner_node_id
         FROM indicator i JOIN goal g ON g.id = i.goal_id
        WHERE i.created_at < $1::date AND ${visibleGoalSql('g', '$2', '$3')} ORDER BY i.key`,
      [before, ...draftVisibilityParams(visibility)],
    );
  },
};
