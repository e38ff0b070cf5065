import { describe, expect, it } from 'vitest';
import type { OrgTreeNode } from '@resultatkedjan/contracts';
import { analysisPeriods, changeLabel, groupOptions, unitsOf } from './goal-analysis-model';

const node = (id: string, children: OrgTreeNode[] = [], validTo: string | null = null): OrgTreeNode => ({
  id, key: id, name: id, kind: 'enhet', parentId: null, validFrom: '2020-01-01', validTo, ownershipShare: null, purpose: null, sortOrder: 0, children,
});

const tree = [
  node('KF', [
    node('BUN', [
      node('UF', [
        node('Grundskola', [node('F9', [node('Söderskolan'), node('Norrskolan')]), node('Lindskolan'), node('Gamla skolan', [], '2024-12-31')]),
      ]),
    ]),
    node('VON', [node('VOF')]),
  ]),
];

describe('the analysis view model', () => {
  it('offers the owner and the open parts under it that have units as comparison groups', () => {
    expect(groupOptions(tree, 'BUN').map((g) => `${g.depth}:${g.id}`)).toEqual(['0:BUN', '1:UF', '2:Grundskola', '3:F9']);
    expect(groupOptions(tree, 'Lindskolan')).toEqual([]);
  });

  it('compares the open units of a group by name, never closed ones', () => {
    expect(unitsOf(tree, 'BUN').map((u) => u.id)).toEqual(['Lindskolan', 'Norrskolan', 'Söderskolan']);
    expect(unitsOf(tree, 'F9').map((u) => u.id)).toEqual(['Norrskolan', 'Söderskolan']);
  });

  it('names the periods and the what-if change in Swedish', () => {
    expect(analysisPeriods(2026)).toEqual(['2026-Q1', '2026-Q2', '2026-Q3', '2026-Q4', '2026']);
    expect([changeLabel(0.1), changeLabel(-0.05), changeLabel(0), changeLabel(0.125)]).toEqual(['+10\u00a0%', '\u22125\u00a0%', '±0\u00a0%', '+12,5\u00a0%']);
  });
});
