import type { EntityManager } from 'typeorm';
import { orgTreeQueries } from '../org/org-tree.queries.js';
import { Uppdrag } from './uppdrag.entity.js';

type UppdragFields = Omit<Uppdrag, 'id' | 'createdAt' | 'updatedAt' | 'version'>;

/** Every query on uppdrag. */
export const uppdragQueries = {
  /** By deadline (none last), then title. */
  async page(
    m: EntityManager,
    filter: { year?: number; ownerNodeId?: string },
    window: { skip: number; take: number },
  ): Promise<{ rows: Uppdrag[]; total: number }> {
    const qb = m.createQueryBuilder(Uppdrag, 'u').orderBy('u.deadline', 'ASC', 'NULLS LAST').addOrderBy('u.title', 'ASC').addOrderBy('u.id', 'ASC')
      .skip(window.skip).take(window.take);
    if (filter.year !== undefined) qb.andWhere('u.year = :year', { year: filter.year });
    if (filter.ownerNodeId) qb.andWhere(`u.ownerNodeId IN ${orgTreeQueries.subtreeIdsSql(':ownerIds')}`, { ownerIds: [filter.ownerNodeId] });
    const [rows, total] = await qb.getManyAndCount();
    return { rows, total };
  },

  find: (m: EntityManager, id: string) => m.findOneBy(Uppdrag, { id }),

  lock: (m: EntityManager, id: string) => m.findOne(Uppdrag, { where: { id }, lock: { mode: 'pessimistic_write' } }),

  async insert(m: EntityManager, fields: UppdragFields): Promise<Uppdrag> {
    const row = m.create(Uppdrag, fields);
    await m.insert(Uppdrag, row);
    return row;
  },

  async update(m: EntityManager, id: string, fields: Partial<UppdragFields>): Promise<void> {
    await m.update(Uppdrag, { id }, fields);
  },

  /** Uppdrag of the year that are not cancelled, per owner node. */
  async activeCountsByOwner(m: EntityManager, year: number): Promise<Map<string, number>> {
    const rows: { owner_node_id: string; n: string }[] = await m.query(
      `SELECT owner_node_id, count(*) AS n FROM uppdrag WHERE year = $1 AND status <> 'avbrutet' GROUP BY owner_node_id`,
      [year],
    );
    return new Map(rows.map((r) => [r.owner_node_id, Number(r.n)]));
  },
};
