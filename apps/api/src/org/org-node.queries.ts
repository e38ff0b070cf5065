import type { EntityManager } from 'typeorm';
import { OrgNode } from './org-node.entity.js';

/** Every query on org_node's rows (the tree's shape is read through org-tree.queries.ts). */
export const orgNodeQueries = {
  exists: (m: EntityManager, id: string) => m.existsBy(OrgNode, { id }),
};
