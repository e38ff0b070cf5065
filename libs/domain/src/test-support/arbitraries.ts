import type { OrgNode } from '../aggregation/org-tree.js';
import { fc } from './fast-check.js';

/** A random org tree n0…n(k-1): node i's parent is one of the nodes before it, n0 is the root. */
export function orgTreeArb(maxNodes = 12): fc.Arbitrary<OrgNode[]> {
  return fc
    .array(fc.nat(), { minLength: 0, maxLength: maxNodes - 1 })
    .map((raw) => [
      { id: 'n0', parentId: null },
      ...raw.map((r, i) => ({ id: `n${i + 1}`, parentId: `n${r % (i + 1)}` })),
    ]);
}

/** A two-level tree root → groups → the given leaves, grouping each leaf by `assignment`. */
export function groupedTree(leafIds: readonly string[], assignment: readonly number[]): OrgNode[] {
  const groups = [...new Set(assignment)].map((g) => ({ id: `g${g}`, parentId: 'root' }));
  return [
    { id: 'root', parentId: null },
    ...groups,
    ...leafIds.map((id, i) => ({ id, parentId: `g${assignment[i]}` })),
  ];
}

/** Realistic municipal magnitudes (integers, so sums are exact and grouping cannot change them). */
export const countArb = fc.integer({ min: -1_000_000, max: 1_000_000 });

/** Any finite double, NaN, ±Infinity or a missing value. */
export const anyNumberOrMissingArb: fc.Arbitrary<number | null> = fc.oneof(
  fc.double(),
  fc.constantFrom(0, -0, 1, -1, Number.MAX_VALUE, -Number.MAX_VALUE, Number.MIN_VALUE),
  fc.constant(null),
);

/** A permutation of 0…n-1 for reordering inputs. */
export function permutationArb(n: number): fc.Arbitrary<number[]> {
  return fc.shuffledSubarray(Array.from({ length: n }, (_, i) => i), { minLength: n, maxLength: n });
}
