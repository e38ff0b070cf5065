import type { EntityManager } from 'typeorm';
import type { OrgNodeKind } from '@resultatkedjan/contracts';

/** A node as the tree readers need it. */
export interface OrgTreeRow {
  id: string;
  parentId: string | null;
  key: string;
  name: string;
  kind: OrgNodeKind;
  sortOrder: number;
}

interface TreeRow { id: string; parent_id: string | null; key: string; name: string; kind: OrgNodeKind; sort_order: number }

const toRow = (r: TreeRow): OrgTreeRow => ({ id: r.id, parentId: r.parent_id, key: r.key, name: r.name, kind: r.kind, sortOrder: r.sort_order });

/**
 * The org tree's shape, written once: subtrees, ancestors and the tree at a date, all over org_node_closure (kept by
 * triggers on org_node). Other features call these instead of querying org_node or writing recursive queries.
 * Everything runs in the caller's transaction, under its kommun's row-level security.
 */
export const orgTreeQueries = {
  /** The given nodes and every node below them (each once). */
  async subtreeIds(m: EntityManager, rootIds: readonly string[]): Promise<string[]> {
    if (rootIds.length === 0) return [];
    const rows: { id: string }[] = await m.query(
      `SELECT DISTINCT descendant_id AS id FROM org_node_closure WHERE ancestor_id = ANY($1::uuid[])`,
      [rootIds],
    );
    return rows.map((r) => r.id);
  },

  /** The node and its ancestors, nearest first (the node itself at index 0); [] for an unknown node. */
  async ancestorIds(m: EntityManager, nodeId: string): Promise<string[]> {
    const rows: { id: string }[] = await m.query(
      `SELECT ancestor_id AS id FROM org_node_closure WHERE descendant_id = $1 ORDER BY depth`,
      [nodeId],
    );
    return rows.map((r) => r.id);
  },

  /** Whether `nodeId` is one of `rootIds` or lies below one of them. */
  async isWithin(m: EntityManager, nodeId: string, rootIds: readonly string[]): Promise<boolean> {
    if (rootIds.length === 0) return false;
    const rows: unknown[] = await m.query(
      `SELECT 1 FROM org_node_closure WHERE descendant_id = $1 AND ancestor_id = ANY($2::uuid[]) LIMIT 1`,
      [nodeId, rootIds],
    );
    return rows.length > 0;
  },

  /** Every (root, node) pair of the given roots' subtrees, for roll-ups that keep the roots apart. */
  async subtreePairs(m: EntityManager, rootIds: readonly string[]): Promise<{ rootId: string; nodeId: string }[]> {
    if (rootIds.length === 0) return [];
    const rows: { root_id: string; node_id: string }[] = await m.query(
      `SELECT ancestor_id AS root_id, descendant_id AS node_id FROM org_node_closure WHERE ancestor_id = ANY($1::uuid[])`,
      [rootIds],
    );
    return rows.map((r) => ({ rootId: r.root_id, nodeId: r.node_id }));
  },

  /** The given nodes and everything below them, with names and parents (parents outside the set kept as they are). */
  async subtrees(m: EntityManager, rootIds: readonly string[]): Promise<OrgTreeRow[]> {
    if (rootIds.length === 0) return [];
    const rows: TreeRow[] = await m.query(
      `SELECT n.id, n.parent_id, n.key, n.name, n.kind, n.sort_order FROM org_node n
        WHERE n.id IN (SELECT descendant_id FROM org_node_closure WHERE ancestor_id = ANY($1::uuid[]))`,
      [rootIds],
    );
    return rows.map(toRow);
  },

  /** The given nodes (those that exist), with names; no descendants. */
  async nodes(m: EntityManager, ids: readonly string[]): Promise<OrgTreeRow[]> {
    if (ids.length === 0) return [];
    const rows: TreeRow[] = await m.query(`SELECT id, parent_id, key, name, kind, sort_order FROM org_node WHERE id = ANY($1::uuid[])`, [ids]);
    return rows.map(toRow);
  },

  /** The tree as it stood on `date` (YYYY-MM-DD): nodes valid that day. */
  async treeAt(m: EntityManager, date: string): Promise<OrgTreeRow[]> {
    const rows: TreeRow[] = await m.query(
      `SELECT id, parent_id, key, name, kind, sort_order FROM org_node
        WHERE valid_from <= $1::date AND (valid_to IS NULL OR valid_to >= $1::date)`,
      [date],
    );
    return rows.map(toRow);
  },

  /** Every node's parent (null for a root), closed nodes included, by id: the whole tree as the roll-up engine takes it. */
  async allParents(m: EntityManager): Promise<{ id: string; parentId: string | null }[]> {
    const rows: { id: string; parent_id: string | null }[] = await m.query(`SELECT id, parent_id FROM org_node ORDER BY id`);
    return rows.map((r) => ({ id: r.id, parentId: r.parent_id }));
  },

  /** The nearest ancestor-or-self whose kind is one of `kinds` (e.g. the nämnd or bolag a unit belongs to); null if none. */
  async nearestOfKind(m: EntityManager, nodeId: string, kinds: readonly OrgNodeKind[]): Promise<string | null> {
    const [row]: { id: string }[] = await m.query(
      `SELECT c.ancestor_id AS id FROM org_node_closure c JOIN org_node n ON n.id = c.ancestor_id
        WHERE c.descendant_id = $1 AND n.kind = ANY($2::text[]) ORDER BY c.depth LIMIT 1`,
      [nodeId, kinds],
    );
    return row?.id ?? null;
  },

  /**
   * The node and its ancestors, nearest first, up to and including the nearest one whose kind is one of `kinds` (all
   * the way to the root when there is none): e.g. a school, its grundskola, förvaltning and nämnd.
   */
  async ancestorsUpToKind(m: EntityManager, nodeId: string, kinds: readonly OrgNodeKind[]): Promise<string[]> {
    const rows: { id: string }[] = await m.query(
      `SELECT c.ancestor_id AS id FROM org_node_closure c
        WHERE c.descendant_id = $1
          AND c.depth <= coalesce((SELECT min(b.depth) FROM org_node_closure b JOIN org_node n ON n.id = b.ancestor_id
                                    WHERE b.descendant_id = $1 AND n.kind = ANY($2::text[])), 2147483647)
        ORDER BY c.depth`,
      [nodeId, kinds],
    );
    return rows.map((r) => r.id);
  },

  /**
   * SQL for "the ids in the subtrees of the uuid[] parameter $n", to embed where a feature's own query filters by a
   * subtree (one round trip instead of two). org owns the closure; the fragment is the only way others reach it.
   */
  subtreeIdsSql: (param: string) => `(SELECT descendant_id FROM org_node_closure WHERE ancestor_id = ANY(${param}))`,

  /** SQL for "the nodes of the uuid[] parameter $n and every node above them", to embed like subtreeIdsSql. */
  ancestorsOfAnySql: (param: string) => `(SELECT ancestor_id FROM org_node_closure WHERE descendant_id = ANY(${param}))`,

  /**
   * SQL for the (root_id, node_id) pairs of the subtrees of the uuid[] parameter $n, to join a feature's own rows to
   * the roots they roll up to (each node under every listed root it lies below, itself included).
   */
  subtreePairsSql: (param: string) =>
    `(SELECT ancestor_id AS root_id, descendant_id AS node_id FROM org_node_closure WHERE ancestor_id = ANY(${param}))`,

  /** SQL for "the ancestors-or-self of the uuid parameter $n". */
  ancestorIdsSql: (param: string) => `(SELECT ancestor_id FROM org_node_closure WHERE descendant_id = ${param}::uuid)`,
};
