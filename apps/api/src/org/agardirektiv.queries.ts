import type { EntityManager } from 'typeorm';
import { In } from 'typeorm';
import { validInYearSql } from './year-range.js';
import { Agardirektiv } from './agardirektiv.entity.js';
import { AgardirektivGoal } from './agardirektiv-goal.entity.js';

/** Every query on agardirektiv and agardirektiv_goal (the KF goals a directive serves). */
export const agardirektivQueries = {
  /** Newest first, then by title. */
  async page(
    m: EntityManager,
    filter: { bolagNodeId?: string; year?: number },
    window: { skip: number; take: number },
  ): Promise<{ rows: Agardirektiv[]; total: number }> {
    const qb = m
      .createQueryBuilder(Agardirektiv, 'a')
      .orderBy('a.validFromYear', 'DESC')
      .addOrderBy('a.title', 'ASC')
      .addOrderBy('a.id', 'ASC')
      .skip(window.skip)
      .take(window.take);
    if (filter.bolagNodeId) qb.andWhere('a.bolagNodeId = :bolagNodeId', { bolagNodeId: filter.bolagNodeId });
    if (filter.year !== undefined) qb.andWhere(validInYearSql('a'), { year: filter.year });
    const [rows, total] = await qb.getManyAndCount();
    return { rows, total };
  },

  find: (m: EntityManager, id: string) => m.findOneBy(Agardirektiv, { id }),

  /** The directive, locked until the transaction ends. */
  lock: (m: EntityManager, id: string) => m.findOne(Agardirektiv, { where: { id }, lock: { mode: 'pessimistic_write' } }),

  /** Inserts the directive; its id is set on the returned row. */
  async insert(m: EntityManager, fields: Pick<Agardirektiv, 'tenantId' | 'bolagNodeId' | 'title' | 'body' | 'adoptedOn' | 'validFromYear' | 'validToYear'>): Promise<Agardirektiv> {
    const row = m.create(Agardirektiv, fields);
    await m.insert(Agardirektiv, row);
    return row;
  },

  update: (m: EntityManager, id: string, fields: Pick<Agardirektiv, 'title' | 'body' | 'adoptedOn' | 'validFromYear' | 'validToYear'>) =>
    m.update(Agardirektiv, { id }, fields),

  delete: (m: EntityManager, id: string) => m.delete(Agardirektiv, { id }),

  /** The served goal ids per directive, in one query. */
  async servedGoalIdsOf(m: EntityManager, directiveIds: readonly string[]): Promise<Map<string, string[]>> {
    const result = new Map<string, string[]>(directiveIds.map((id) => [id, []]));
    if (directiveIds.length === 0) return result;
    const rows = await m.find(AgardirektivGoal, { where: { agardirektivId: In([...directiveIds]) }, order: { goalId: 'ASC' } });
    for (const row of rows) result.get(row.agardirektivId)?.push(row.goalId);
    return result;
  },

  async replaceServedGoals(m: EntityManager, tenantId: string, directiveId: string, goalIds: readonly string[]): Promise<void> {
    await m.delete(AgardirektivGoal, { agardirektivId: directiveId });
    if (goalIds.length > 0) {
      await m.insert(AgardirektivGoal, goalIds.map((goalId) => ({ tenantId, agardirektivId: directiveId, goalId })));
    }
  },

  /** The given bolag's directives valid in the year with the goals they serve, newest first, in one query. */
  async validInYearOf(
    m: EntityManager,
    bolagNodeIds: readonly string[],
    year: number,
  ): Promise<{ id: string; title: string; bolagNodeId: string; servesGoalIds: string[] }[]> {
    const raw: { id: string; title: string; bolag_node_id: string; serves: string[] }[] = await m.query(
      `SELECT a.id, a.title, a.bolag_node_id,
              ARRAY(SELECT ag.goal_id::text FROM agardirektiv_goal ag WHERE ag.agardirektiv_id = a.id ORDER BY 1) AS serves
         FROM agardirektiv a
        WHERE a.bolag_node_id = ANY($1::uuid[]) AND a.valid_from_year <= $2 AND (a.valid_to_year IS NULL OR a.valid_to_year >= $2)
        ORDER BY a.valid_from_year DESC, a.title, a.id`,
      [bolagNodeIds, year],
    );
    return raw.map((r) => ({ id: r.id, title: r.title, bolagNodeId: r.bolag_node_id, servesGoalIds: r.serves }));
  },

  /** SQL for "the directives of the bolag in parameter `param`" (see orgNodeQueries.referencesOf). */
  ofBolagSql: (param: string) => `SELECT 1 FROM agardirektiv WHERE bolag_node_id = ${param}`,
};
