import type { EntityManager } from 'typeorm';
import { validInYearSql } from './year-range.js';
import { Grunduppdrag } from './grunduppdrag.entity.js';

/** Every query on grunduppdrag, the standing mission per org node. */
export const grunduppdragQueries = {
  /** Newest first. */
  async page(
    m: EntityManager,
    filter: { orgNodeId?: string; year?: number },
    window: { skip: number; take: number },
  ): Promise<{ rows: Grunduppdrag[]; total: number }> {
    const qb = m.createQueryBuilder(Grunduppdrag, 'g').orderBy('g.validFromYear', 'DESC').addOrderBy('g.id', 'ASC').skip(window.skip).take(window.take);
    if (filter.orgNodeId) qb.andWhere('g.orgNodeId = :orgNodeId', { orgNodeId: filter.orgNodeId });
    if (filter.year !== undefined) qb.andWhere(validInYearSql('g'), { year: filter.year });
    const [rows, total] = await qb.getManyAndCount();
    return { rows, total };
  },

  find: (m: EntityManager, id: string) => m.findOneBy(Grunduppdrag, { id }),

  /** Every mission valid in the year (the period snapshot freezes them beside the goals). */
  validInYear: (m: EntityManager, year: number) =>
    m.createQueryBuilder(Grunduppdrag, 'g').where(validInYearSql('g'), { year }).orderBy('g.orgNodeId').addOrderBy('g.id').getMany(),

  /** The mission, locked until the transaction ends. */
  lock: (m: EntityManager, id: string) => m.findOne(Grunduppdrag, { where: { id }, lock: { mode: 'pessimistic_write' } }),

  /** Inserts the mission; its id is set on the returned row. */
  async insert(m: EntityManager, fields: Pick<Grunduppdrag, 'tenantId' | 'orgNodeId' | 'text' | 'validFromYear' | 'validToYear'>): Promise<Grunduppdrag> {
    const row = m.create(Grunduppdrag, fields);
    await m.insert(Grunduppdrag, row);
    return row;
  },

  update: (m: EntityManager, id: string, fields: Pick<Grunduppdrag, 'text' | 'validFromYear' | 'validToYear'>) => m.update(Grunduppdrag, { id }, fields),

  delete: (m: EntityManager, id: string) => m.delete(Grunduppdrag, { id }),

  /** SQL for "the missions of the org node in parameter `param`" (see orgNodeQueries.referencesOf). */
  ofNodeSql: (param: string) => `SELECT 1 FROM grunduppdrag WHERE org_node_id = ${param}`,
};
