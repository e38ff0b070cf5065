import type { OrgNodeDto, OrgTreeNode } from '@resultatkedjan/contracts';

const collator = new Intl.Collator('sv', { sensitivity: 'base' });

export function compareOrgNodes(a: OrgNodeDto, b: OrgNodeDto): number {
  return a.sortOrder - b.sortOrder || collator.compare(a.name, b.name) || a.key.localeCompare(b.key);
}

/** Nests a flat list; a node whose parent is not in the list becomes a root. Children sorted by sortOrder, then name. */
export function nestOrgNodes(nodes: OrgNodeDto[]): OrgTreeNode[] {
  const byId = new Map<string, OrgTreeNode>(nodes.map((n) => [n.id, { ...n, children: [] }]));
  const roots: OrgTreeNode[] = [];
  for (const node of byId.values()) {
    const parent = node.parentId ? byId.get(node.parentId) : undefined;
    (parent ? parent.children : roots).push(node);
  }
  const sortDeep = (list: OrgTreeNode[]): OrgTreeNode[] => {
    list.sort(compareOrgNodes);
    for (const n of list) sortDeep(n.children);
    return list;
  };
  return sortDeep(roots);
}
