import type { OrgNodeKind, OrgTreeNode } from '@resultatkedjan/contracts';

export interface FlatNode {
  id: string;
  name: string;
  kind: OrgNodeKind;
  depth: number;
  closed: boolean;
}

/** Which kind of parent each kind may have (the API's rule, DOMAIN 3.1), so forms offer only parents that work. */
export const ALLOWED_PARENT_KINDS: Record<OrgNodeKind, readonly OrgNodeKind[]> = {
  kf: [],
  ks: ['kf'],
  namnd: ['kf'],
  bolag: ['kf', 'bolag'],
  forvaltning: ['namnd', 'ks'],
  verksamhet: ['forvaltning', 'verksamhet'],
  enhet: ['forvaltning', 'verksamhet', 'enhet'],
};

/** The tree depth first, in its sort order, with each node's depth. */
export function flattenTree(roots: readonly OrgTreeNode[]): FlatNode[] {
  const out: FlatNode[] = [];
  const walk = (nodes: readonly OrgTreeNode[], depth: number) => {
    for (const node of nodes) {
      out.push({ id: node.id, name: node.name, kind: node.kind, depth, closed: node.validTo !== null });
      walk(node.children, depth + 1);
    }
  };
  walk(roots, 0);
  return out;
}

/** The ids of a node and everything under it (a node cannot move under itself). */
export function subtreeIds(roots: readonly OrgTreeNode[], nodeId: string): Set<string> {
  const ids = new Set<string>();
  const collect = (node: OrgTreeNode) => {
    ids.add(node.id);
    node.children.forEach(collect);
  };
  const find = (nodes: readonly OrgTreeNode[]): void => {
    for (const node of nodes) {
      if (node.id === nodeId) collect(node);
      else find(node.children);
    }
  };
  find(roots);
  return ids;
}

/** Open nodes a node of `kind` may be placed under, excluding `exclude` (its own subtree when moving). */
export function parentOptions(flat: readonly FlatNode[], kind: OrgNodeKind, exclude: ReadonlySet<string> = new Set()): FlatNode[] {
  const allowed = ALLOWED_PARENT_KINDS[kind];
  return flat.filter((node) => !node.closed && allowed.includes(node.kind) && !exclude.has(node.id));
}

/** Indents a node's name in a select by its depth (a select cannot nest). */
export function indentedLabel(node: FlatNode): string {
  return `${'\u2003'.repeat(node.depth)}${node.name}`;
}
