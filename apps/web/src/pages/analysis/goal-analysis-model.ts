import type { OrgTreeNode } from '@resultatkedjan/contracts';

export interface GroupOption {
  id: string;
  name: string;
  depth: number;
}

function findNode(roots: readonly OrgTreeNode[], id: string): OrgTreeNode | null {
  for (const node of roots) {
    if (node.id === id) return node;
    const below = findNode(node.children, id);
    if (below) return below;
  }
  return null;
}

const open = (node: OrgTreeNode) => node.validTo === null;

/** The owner and every open node under it that has open children: the groups whose units can be compared. */
export function groupOptions(roots: readonly OrgTreeNode[], ownerId: string): GroupOption[] {
  const owner = findNode(roots, ownerId);
  if (!owner) return [];
  const out: GroupOption[] = [];
  const walk = (node: OrgTreeNode, depth: number) => {
    const children = node.children.filter(open);
    if (children.length === 0) return;
    out.push({ id: node.id, name: node.name, depth });
    children.forEach((child) => walk(child, depth + 1));
  };
  walk(owner, 0);
  return out;
}

/** The open units (nodes without open children) under the group, by name: compared side by side, never ranked. */
export function unitsOf(roots: readonly OrgTreeNode[], groupId: string): { id: string; name: string }[] {
  const group = findNode(roots, groupId);
  if (!group) return [];
  const units: { id: string; name: string }[] = [];
  const walk = (node: OrgTreeNode) => {
    const children = node.children.filter(open);
    if (children.length === 0) units.push({ id: node.id, name: node.name });
    else children.forEach(walk);
  };
  group.children.filter(open).forEach(walk);
  return units.sort((a, b) => a.name.localeCompare(b.name, 'sv'));
}

/** The quarters of the year and the year itself, as the chain view answers them. */
export function analysisPeriods(year: number): string[] {
  return [1, 2, 3, 4].map((q) => `${year}-Q${q}`).concat(String(year));
}

/** "+10 %", "−5 %", "±0 %" for a resource change of 0.1, −0.05, 0. */
export function changeLabel(change: number): string {
  const pct = Math.round(change * 1000) / 10;
  const text = String(Math.abs(pct)).replace('.', ',');
  return `${pct > 0 ? '+' : pct < 0 ? '\u2212' : '±'}${text}\u00a0%`;
}
