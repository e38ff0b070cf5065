import type { EntityManager } from 'typeorm';
import { Mandatperiod } from './mandatperiod.entity.js';

type Term = Pick<Mandatperiod, 'label' | 'startsOn' | 'endsOn'>;

/** Every query on mandatperiod, KF's terms of office. */
export const mandatperiodQueries = {
  /** Terms by start date. */
  async page(m: EntityManager, window: { skip: number; take: number }): Promise<{ rows: Mandatperiod[]; total: number }> {
    const [rows, total] = await m.findAndCount(Mandatperiod, { order: { startsOn: 'ASC', id: 'ASC' }, skip: window.skip, take: window.take });
    return { rows, total };
  },

  find: (m: EntityManager, id: string) => m.findOneBy(Mandatperiod, { id }),

  exists: (m: EntityManager, id: string) => m.existsBy(Mandatperiod, { id }),

  /** The term, locked until the transaction ends. */
  lock: (m: EntityManager, id: string) => m.findOne(Mandatperiod, { where: { id }, lock: { mode: 'pessimistic_write' } }),

  /** Inserts the term; its id is set on the returned row. */
  async insert(m: EntityManager, tenantId: string, term: Term): Promise<Mandatperiod> {
    const row = m.create(Mandatperiod, { tenantId, ...term });
    await m.insert(Mandatperiod, row);
    return row;
  },

  update: (m: EntityManager, id: string, term: Term) => m.update(Mandatperiod, { id }, term),

  delete: (m: EntityManager, id: string) => m.delete(Mandatperiod, { id }),

  /** The earliest other term sharing a day with [startsOn, endsOn] (dates inclusive), if any. */
  firstOverlapping(m: EntityManager, startsOn: string, endsOn: string, exceptId: string | null): Promise<Mandatperiod | null> {
    const qb = m
      .createQueryBuilder(Mandatperiod, 'p')
      .where('p.startsOn <= :endsOn AND p.endsOn >= :startsOn', { startsOn, endsOn })
      .orderBy('p.startsOn', 'ASC');
    if (exceptId) qb.andWhere('p.id <> :exceptId', { exceptId });
    return qb.getOne();
  },
};
