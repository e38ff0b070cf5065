import { In, type EntityManager } from 'typeorm';
import { RatioDefinition } from '../ratio-definition.entity.js';

type RatioDefinitionFields = Omit<RatioDefinition, 'id' | 'createdAt'>;

/** Every query on ratio_definition (a goal's nyckeltal over two of its indicators). */
export const ratioDefinitionQueries = {
  /** The goal's ratios by sort order and name. */
  ofGoal: (m: EntityManager, goalId: string) => m.find(RatioDefinition, { where: { goalId }, order: { sortOrder: 'ASC', name: 'ASC' } }),

  find: (m: EntityManager, id: string) => m.findOneBy(RatioDefinition, { id }),

  /** Ratios whose numerator or denominator is one of the indicators. */
  async using(m: EntityManager, indicatorIds: readonly string[]): Promise<RatioDefinition[]> {
    if (indicatorIds.length === 0) return [];
    const ids = In([...indicatorIds]);
    return m.find(RatioDefinition, { where: [{ numeratorIndicatorId: ids }, { denominatorIndicatorId: ids }] });
  },

  insert: (m: EntityManager, fields: RatioDefinitionFields) => m.save(m.create(RatioDefinition, fields)),

  /** Writes the loaded ratio's changed fields back. */
  save: (m: EntityManager, ratio: RatioDefinition) => m.save(ratio),

  delete: (m: EntityManager, id: string) => m.delete(RatioDefinition, { id }),
};
