import type { GoalLevel } from '@resultatkedjan/contracts';
import type { CascadeNode } from '../../api/goals';

/** Every node of the cascade by id (a node appears once, under its parent). */
export function indexCascade(roots: readonly CascadeNode[]): Map<string, CascadeNode> {
  const byId = new Map<string, CascadeNode>();
  const visit = (node: CascadeNode) => {
    byId.set(node.id, node);
    node.children.forEach(visit);
  };
  roots.forEach(visit);
  return byId;
}

export interface RootGroups {
  /** The vision(s) with everything broken down from them. */
  vision: CascadeNode[];
  /** KF's financial goals without a parent. */
  financial: CascadeNode[];
  /** Any other goal without a parent that year (e.g. a bolag's own financial goal, a goal whose parent has expired). */
  other: CascadeNode[];
}

export function groupRoots(roots: readonly CascadeNode[]): RootGroups {
  return {
    vision: roots.filter((r) => r.level === 'vision'),
    financial: roots.filter((r) => r.level === 'finansiellt_mal'),
    other: roots.filter((r) => r.level !== 'vision' && r.level !== 'finansiellt_mal'),
  };
}

const KF_LEVELS: readonly GoalLevel[] = ['inriktningsmal', 'finansiellt_mal'];

export interface BolagsmalLink {
  goal: CascadeNode;
  /** `parent`: broken down from the KF goal; `also`: serves it beside its parent. */
  relation: 'parent' | 'also';
}

export interface KfGoalWithBolag {
  kfGoal: CascadeNode;
  bolagsmal: BolagsmalLink[];
}

/**
 * Ägardirektiv view: each KF goal with the bolagsmål that serve it, as parent or "also serves", in cascade
 * order; bolagsmål that serve no KF goal are listed apart so the gap is visible.
 */
export function bolagsmalByKfGoal(roots: readonly CascadeNode[]): { groups: KfGoalWithBolag[]; unlinked: CascadeNode[] } {
  const all = [...indexCascade(roots).values()];
  const parentOf = new Map<string, string>();
  for (const node of all) for (const child of node.children) parentOf.set(child.id, node.id);

  const kfGoals = all.filter((n) => KF_LEVELS.includes(n.level));
  const kfIds = new Set(kfGoals.map((g) => g.id));
  const bolagsmal = all.filter((n) => n.level === 'bolagsmal');

  const groups = kfGoals.map((kfGoal) => ({
    kfGoal,
    bolagsmal: bolagsmal.flatMap((goal): BolagsmalLink[] => {
      if (parentOf.get(goal.id) === kfGoal.id) return [{ goal, relation: 'parent' }];
      if (goal.alsoServesGoalIds.includes(kfGoal.id)) return [{ goal, relation: 'also' }];
      return [];
    }),
  }));
  const unlinked = bolagsmal.filter((goal) => {
    const parent = parentOf.get(goal.id);
    return !(parent !== undefined && kfIds.has(parent)) && !goal.alsoServesGoalIds.some((id) => kfIds.has(id));
  });
  return { groups, unlinked };
}

/** Year choices around now, always including the one asked for. */
export function yearOptions(currentYear: number, selected: number): number[] {
  const years = new Set<number>();
  for (let y = currentYear - 3; y <= currentYear + 1; y++) years.add(y);
  years.add(selected);
  return [...years].sort((a, b) => a - b);
}

/** "2026" → 2026; anything but a plausible four-digit year → the fallback. */
export function parseYear(value: string | null, fallback: number): number {
  if (!value || !/^\d{4}$/.test(value)) return fallback;
  const year = Number(value);
  return year >= 1900 && year <= 2200 ? year : fallback;
}
