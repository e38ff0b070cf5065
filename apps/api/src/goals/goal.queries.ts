import type { EntityManager } from 'typeorm';
import { In } from 'typeorm';
import { Goal } from './goal.entity.js';

/** Every query on goal and goal_link. */
export const goalQueries = {
  /** Id, key and level of the given goals (missing ones are left out), in one query. */
  keysAndLevels: (m: EntityManager, ids: readonly string[]) =>
    m.find(Goal, { select: { id: true, key: true, level: true }, where: { id: In([...ids]) } }),

  /** SQL for "the goals owned by the org node in parameter `param`" (see orgNodeQueries.referencesOf). */
  ownedByNodeSql: (param: string) => `SELECT 1 FROM goal WHERE owner_node_id = ${param}`,
};
