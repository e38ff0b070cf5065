import { describe, expect, it } from 'vitest';
import type { OrgTreeNode } from '@resultatkedjan/contracts';
import { flattenTree, parentOptions, subtreeIds } from './org-options';

const node = (id: string, kind: OrgTreeNode['kind'], children: OrgTreeNode[] = [], validTo: string | null = null): OrgTreeNode => ({
  id, key: id, name: id.toUpperCase(), kind, parentId: null, validFrom: '2020-01-01', validTo, ownershipShare: null, purpose: null, sortOrder: 0, children,
});

const tree = [
  node('kf', 'kf', [
    node('bun', 'namnd', [node('uf', 'forvaltning', [node('norr', 'enhet', [node('norr-a', 'enhet')]), node('gamla', 'enhet', [], '2024-12-31')])]),
    node('bolag', 'bolag'),
  ]),
];

describe('org options', () => {
  it('flattens depth first with depths and closed nodes marked', () => {
    const flat = flattenTree(tree);
    expect(flat.map((n) => `${n.depth}:${n.id}`)).toEqual(['0:kf', '1:bun', '2:uf', '3:norr', '4:norr-a', '3:gamla', '1:bolag']);
    expect(flat.find((n) => n.id === 'gamla')!.closed).toBe(true);
  });

  it('offers only open parents of an allowed kind, never the node itself or its subtree', () => {
    const flat = flattenTree(tree);
    expect(parentOptions(flat, 'enhet').map((n) => n.id)).toEqual(['uf', 'norr', 'norr-a']);
    expect(parentOptions(flat, 'enhet', subtreeIds(tree, 'norr')).map((n) => n.id)).toEqual(['uf']);
    expect(parentOptions(flat, 'bolag').map((n) => n.id)).toEqual(['kf', 'bolag']);
    expect(parentOptions(flat, 'kf')).toEqual([]);
  });
});
