/** An org node with a parent link; roots (KF, or each tenant's top node) have parentId null. */
export interface OrgNode {
  readonly id: string;
  readonly parentId: string | null;
}

export interface OrgTree {
  /** Node ids in post-order (every node after all its descendants); children visited in id order. */
  readonly postOrder: readonly string[];
  has(id: string): boolean;
  parentOf(id: string): string | null;
  childrenOf(id: string): readonly string[];
}

export class OrgTreeError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'OrgTreeError';
  }
}

function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function postOrderFrom(roots: readonly string[], children: ReadonlyMap<string, readonly string[]>): string[] {
  const order: string[] = [];
  // Iterative DFS so that deep trees cannot overflow the call stack.
  const stack: { id: string; expanded: boolean }[] = [...roots].reverse().map((id) => ({ id, expanded: false }));
  while (stack.length > 0) {
    const top = stack.pop()!;
    if (top.expanded) {
      order.push(top.id);
      continue;
    }
    stack.push({ id: top.id, expanded: true });
    const kids = children.get(top.id) ?? [];
    for (let i = kids.length - 1; i >= 0; i -= 1) stack.push({ id: kids[i]!, expanded: false });
  }
  return order;
}

function makeTree(parents: ReadonlyMap<string, string | null>, roots: readonly string[]): OrgTree {
  const children = new Map<string, string[]>();
  for (const [id, parentId] of parents) {
    if (parentId === null) continue;
    const siblings = children.get(parentId);
    if (siblings) siblings.push(id);
    else children.set(parentId, [id]);
  }
  for (const siblings of children.values()) siblings.sort(compareIds);
  const postOrder = postOrderFrom([...roots].sort(compareIds), children);
  if (postOrder.length !== parents.size) {
    const reached = new Set(postOrder);
    const stuck = [...parents.keys()].filter((id) => !reached.has(id)).sort(compareIds);
    throw new OrgTreeError(`Organisationsträdet innehåller en cykel: ${stuck.join(', ')}`);
  }
  return {
    postOrder,
    has: (id) => parents.has(id),
    parentOf: (id) => {
      const parentId = parents.get(id);
      if (parentId === undefined) throw new OrgTreeError(`Okänd organisationsnod "${id}"`);
      return parentId;
    },
    childrenOf: (id) => children.get(id) ?? [],
  };
}

/** Builds the tree from parent links. Throws on duplicate ids, unknown parents and cycles. */
export function buildOrgTree(nodes: readonly OrgNode[]): OrgTree {
  const parents = new Map<string, string | null>();
  for (const node of nodes) {
    if (parents.has(node.id)) throw new OrgTreeError(`Organisationsnoden "${node.id}" förekommer flera gånger`);
    parents.set(node.id, node.parentId);
  }
  const roots: string[] = [];
  for (const [id, parentId] of parents) {
    if (parentId === null) roots.push(id);
    else if (!parents.has(parentId)) throw new OrgTreeError(`Noden "${id}" har okänd förälder "${parentId}"`);
  }
  return makeTree(parents, roots);
}

/** `rootId` and all its descendants, in post-order. */
export function subtreeIds(tree: OrgTree, rootId: string): string[] {
  if (!tree.has(rootId)) throw new OrgTreeError(`Okänd organisationsnod "${rootId}"`);
  const children = new Map<string, readonly string[]>();
  const pending = [rootId];
  while (pending.length > 0) {
    const id = pending.pop()!;
    const kids = tree.childrenOf(id);
    children.set(id, kids);
    pending.push(...kids);
  }
  return postOrderFrom([rootId], children);
}

/** The subtree rooted at `rootId` as a tree of its own (the root's parent link is cut). */
export function subtree(tree: OrgTree, rootId: string): OrgTree {
  const parents = new Map<string, string | null>();
  for (const id of subtreeIds(tree, rootId)) parents.set(id, id === rootId ? null : tree.parentOf(id));
  return makeTree(parents, [rootId]);
}
