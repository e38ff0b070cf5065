import { In, type EntityManager } from 'typeorm';
import type { ChainLink } from '@resultatkedjan/contracts';
import { ChainElement } from '../chain-element.entity.js';

type ChainElementFields = Pick<ChainElement, 'tenantId' | 'goalId' | 'link' | 'name' | 'description' | 'sortOrder' | 'resultIndicatorId'>;

/** Every query on chain_element (a goal's links: behov, resurs, aktivitet, prestation, resultat). */
export const chainElementQueries = {
  ofGoal: (m: EntityManager, goalId: string) => m.findBy(ChainElement, { goalId }),

  find: (m: EntityManager, id: string) => m.findOneBy(ChainElement, { id }),

  /** The element an existing indicator points to (the foreign key guarantees it). */
  get: (m: EntityManager, id: string) => m.findOneByOrFail(ChainElement, { id }),

  /** The link of each of the given elements (missing ones are left out), in one query. */
  async linksOf(m: EntityManager, ids: readonly string[]): Promise<Map<string, ChainLink>> {
    if (ids.length === 0) return new Map();
    const elements = await m.findBy(ChainElement, { id: In([...new Set(ids)]) });
    return new Map(elements.map((e) => [e.id, e.link]));
  },

  insert: (m: EntityManager, fields: ChainElementFields) => m.save(m.create(ChainElement, fields)),

  /** Writes the loaded element's changed fields back. */
  save: (m: EntityManager, element: ChainElement) => m.save(element),

  /** Deletes the element; its indicators, their targets and the ratio definitions using them go by cascade. */
  delete: (m: EntityManager, id: string) => m.delete(ChainElement, { id }),

  /** SQL for "the chain elements of the goal `goalRef`" (a parameter or a column), for EXISTS in another owner's query. */
  ofGoalSql: (goalRef: string) => `(SELECT 1 FROM chain_element WHERE goal_id = ${goalRef})`,
};
