import type { EntityManager, SelectQueryBuilder } from 'typeorm';
import type { OrgNodeKind } from '@resultatkedjan/contracts';
import { OrgNode } from './org-node.entity.js';

export interface OrgNodeFilter {
  kind?: OrgNodeKind;
  parentId?: string;
  /** Only nodes existing that day (YYYY-MM-DD). */
  activeOn?: string;
}

/**
 * Every query on org_node's rows (the tree's shape is read through org-tree.queries.ts). Other features that
 * refer to org nodes hand out an SQL fragment for `referencesOf`, so deleting a node checks them in one query.
 */
export const orgNodeQueries = {
  /** Nodes by sort order, name and id. */
  async page(m: EntityManager, filter: OrgNodeFilter, window: { skip: number; take: number }): Promise<{ rows: OrgNode[]; total: number }> {
    const qb = m
      .createQueryBuilder(OrgNode, 'n')
      .orderBy('n.sortOrder', 'ASC')
      .addOrderBy('n.name', 'ASC')
      .addOrderBy('n.id', 'ASC')
      .skip(window.skip)
      .take(window.take);
    if (filter.kind) qb.andWhere('n.kind = :kind', { kind: filter.kind });
    if (filter.parentId) qb.andWhere('n.parentId = :parentId', { parentId: filter.parentId });
    if (filter.activeOn) activeOn(qb, filter.activeOn);
    const [rows, total] = await qb.getManyAndCount();
    return { rows, total };
  },

  /** Every node, or those existing on `date`. */
  all(m: EntityManager, date?: string): Promise<OrgNode[]> {
    const qb = m.createQueryBuilder(OrgNode, 'n');
    if (date) activeOn(qb, date);
    return qb.getMany();
  },

  find: (m: EntityManager, id: string) => m.findOneBy(OrgNode, { id }),

  /** The node, locked until the transaction ends. */
  lock: (m: EntityManager, id: string) => m.findOne(OrgNode, { where: { id }, lock: { mode: 'pessimistic_write' } }),

  exists: (m: EntityManager, id: string) => m.existsBy(OrgNode, { id }),

  keyTaken: (m: EntityManager, key: string) => m.existsBy(OrgNode, { key }),

  countOfKind: (m: EntityManager, kind: OrgNodeKind) => m.countBy(OrgNode, { kind }),

  /** One node, or many in one statement (children may refer to parents in the same list). */
  insert: (m: EntityManager, node: OrgNode | OrgNode[]) => m.insert(OrgNode, node),

  /** Builds an unsaved node (its id is set by the insert). */
  build: (m: EntityManager, fields: Partial<OrgNode>) => m.create(OrgNode, fields),

  update: (m: EntityManager, id: string, fields: Partial<Pick<OrgNode, 'name' | 'parentId' | 'sortOrder' | 'ownershipShare' | 'purpose' | 'validTo'>>) =>
    m.update(OrgNode, { id }, fields),

  delete: (m: EntityManager, id: string) => m.delete(OrgNode, { id }),

  /** Children of the node that still exist after `validTo` (or have no last day). */
  openChildrenAfter: (m: EntityManager, id: string, validTo: string) =>
    m
      .createQueryBuilder(OrgNode, 'c')
      .where('c.parentId = :id', { id })
      .andWhere('(c.validTo IS NULL OR c.validTo > :validTo)', { validTo })
      .getCount(),

  /** Nodes of the given kinds existing at some time in the year, with name and kind. */
  ofKindsInYear(m: EntityManager, kinds: readonly OrgNodeKind[], year: number): Promise<{ id: string; name: string; kind: OrgNodeKind }[]> {
    return m.query(
      `SELECT id, name, kind FROM org_node
        WHERE kind = ANY($1::text[]) AND valid_from <= make_date($2, 12, 31) AND (valid_to IS NULL OR valid_to >= make_date($2, 1, 1))`,
      [kinds, year],
    );
  },

  /** Ids of the nodes of the given kinds existing at some time in [from, to], by sort order and key. */
  async idsOfKindsDuring(m: EntityManager, kinds: readonly OrgNodeKind[], from: string, to: string): Promise<string[]> {
    const rows: { id: string }[] = await m.query(
      `SELECT id FROM org_node
       WHERE kind = ANY($1::text[]) AND valid_from <= $2 AND (valid_to IS NULL OR valid_to >= $3)
       ORDER BY sort_order, key`,
      [kinds, to, from],
    );
    return rows.map((r) => r.id);
  },

  /**
   * Which kinds of rows refer to the node, in one query: each entry is an owner's SQL for "rows referring to the
   * org node in parameter `param`" (e.g. goalQueries.ownedByNodeSql).
   */
  async referencesOf<K extends string>(m: EntityManager, nodeId: string, references: Record<K, (param: string) => string>): Promise<K[]> {
    const names = Object.keys(references) as K[];
    const select = names.map((name) => `EXISTS (${references[name]('$1')}) AS "${name}"`).join(', ');
    const [row]: Record<K, boolean>[] = await m.query(`SELECT ${select}`, [nodeId]);
    return names.filter((name) => row![name]);
  },

  /** SQL for "the children of the node in parameter `param`". */
  childrenSql: (param: string) => `SELECT 1 FROM org_node WHERE parent_id = ${param}`,
};

/** valid_to is the last day (inclusive). */
function activeOn(qb: SelectQueryBuilder<OrgNode>, date: string): void {
  qb.andWhere('n.validFrom <= :activeOn', { activeOn: date }).andWhere('(n.validTo IS NULL OR n.validTo >= :activeOn)', { activeOn: date });
}
