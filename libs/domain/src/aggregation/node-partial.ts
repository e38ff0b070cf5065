import type { OrgTree } from './org-tree.js';

/**
 * Additive partial result of one node or subtree: two sums (a, b), whether any data went into each, and
 * coverage counts. Because every field is additive, subtree results are sums of children's results.
 */
export interface NodePartial {
  a: number;
  b: number;
  hasA: boolean;
  hasB: boolean;
  /** Reporting nodes expected to have data. */
  expected: number;
  /** Expected nodes that do have (complete) data. */
  complete: number;
}

export function emptyPartial(): NodePartial {
  return { a: 0, b: 0, hasA: false, hasB: false, expected: 0, complete: 0 };
}

function addInto(target: NodePartial, source: NodePartial): void {
  target.a += source.a;
  target.b += source.b;
  target.hasA ||= source.hasA;
  target.hasB ||= source.hasB;
  target.expected += source.expected;
  target.complete += source.complete;
}

/**
 * Subtree totals for every node, bottom-up in one walk: total(X) = Σ total(child) (children in id order) + own(X).
 * The fixed order makes the floating-point result independent of input order and identical for a single-node
 * and a whole-tree computation.
 */
export function rollUpPartials(tree: OrgTree, own: ReadonlyMap<string, NodePartial>): Map<string, NodePartial> {
  const totals = new Map<string, NodePartial>();
  for (const id of tree.postOrder) {
    const ownPartial = own.get(id);
    let total = totals.get(id);
    if (ownPartial !== undefined) {
      if (total === undefined) {
        total = emptyPartial();
        totals.set(id, total);
      }
      addInto(total, ownPartial);
    }
    if (total === undefined) continue;
    const parentId = tree.parentOf(id);
    if (parentId === null) continue;
    let parentTotal = totals.get(parentId);
    if (parentTotal === undefined) {
      parentTotal = emptyPartial();
      totals.set(parentId, parentTotal);
    }
    addInto(parentTotal, total);
  }
  return totals;
}
