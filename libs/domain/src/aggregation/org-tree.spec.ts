import { buildOrgTree, OrgTreeError, subtree, subtreeIds } from './org-tree.js';

describe('buildOrgTree', () => {
  const tree = buildOrgTree([
    { id: 'kf', parentId: null },
    { id: 'bun', parentId: 'kf' },
    { id: 'von', parentId: 'kf' },
    { id: 'uf', parentId: 'bun' },
    { id: 'rev', parentId: null },
  ]);

  it('lists every node after its descendants, children in id order', () => {
    expect(tree.postOrder).toEqual(['uf', 'bun', 'von', 'kf', 'rev']);
    expect(tree.childrenOf('kf')).toEqual(['bun', 'von']);
    expect(tree.parentOf('uf')).toBe('bun');
    expect(tree.parentOf('kf')).toBeNull();
  });

  it('gives a subtree including its root', () => {
    expect(subtreeIds(tree, 'bun')).toEqual(['uf', 'bun']);
    const bun = subtree(tree, 'bun');
    expect(bun.postOrder).toEqual(['uf', 'bun']);
    expect(bun.parentOf('bun')).toBeNull();
    expect(bun.has('kf')).toBe(false);
  });

  it('rejects duplicates, unknown parents and cycles', () => {
    expect(() => buildOrgTree([{ id: 'a', parentId: null }, { id: 'a', parentId: null }])).toThrow(OrgTreeError);
    expect(() => buildOrgTree([{ id: 'a', parentId: 'x' }])).toThrow(/okänd förälder "x"/);
    expect(() => buildOrgTree([{ id: 'r', parentId: null }, { id: 'a', parentId: 'b' }, { id: 'b', parentId: 'a' }])).toThrow(/cykel: a, b/);
  });

  it('handles a very deep tree without recursion', () => {
    const deep = Array.from({ length: 50_000 }, (_, i) => ({ id: `n${i}`, parentId: i === 0 ? null : `n${i - 1}` }));
    expect(buildOrgTree(deep).postOrder[0]).toBe('n49999');
  });
});
