import type { AgardirektivRef, GoalCascadeNode, GoalLevel, GoalOwnerRef, GoalStatus } from '@resultatkedjan/contracts';
import { LEVEL_RANK } from './goal-rules.js';

/** One goal row as the cascade query returns it. */
export interface CascadeRow {
  id: string;
  key: string;
  level: GoalLevel;
  title: string;
  geh: boolean;
  status: GoalStatus;
  parentGoalId: string | null;
  sortOrder: number;
  ownerNode: GoalOwnerRef;
  alsoServesGoalIds: string[];
}

/** A bolag's directive valid in the year, with the KF goals it serves. */
export interface DirectiveRow extends AgardirektivRef {
  bolagNodeId: string;
}

const byPlace = (a: CascadeRow, b: CascadeRow) => a.sortOrder - b.sortOrder || a.key.localeCompare(b.key, 'sv');
const byLevelThenPlace = (a: CascadeRow, b: CascadeRow) => LEVEL_RANK[a.level] - LEVEL_RANK[b.level] || byPlace(a, b);

/**
 * Nests the year's goals under their parents. A goal whose parent is not among them (no parent, or a parent
 * not valid that year) is a root. Each bolagsmål carries its bolag's directive: preferably one that serves
 * the goal's parent or a goal it also serves, else the bolag's first directive, else null.
 */
export function buildCascade(rows: CascadeRow[], directives: DirectiveRow[]): GoalCascadeNode[] {
  const ids = new Set(rows.map((r) => r.id));
  const childrenOf = new Map<string, CascadeRow[]>();
  const roots: CascadeRow[] = [];
  for (const row of rows) {
    if (row.parentGoalId && ids.has(row.parentGoalId) && row.parentGoalId !== row.id) {
      const list = childrenOf.get(row.parentGoalId) ?? [];
      list.push(row);
      childrenOf.set(row.parentGoalId, list);
    } else {
      roots.push(row);
    }
  }
  const directivesOf = new Map<string, DirectiveRow[]>();
  for (const d of directives) directivesOf.set(d.bolagNodeId, [...(directivesOf.get(d.bolagNodeId) ?? []), d]);

  const toNode = (row: CascadeRow): GoalCascadeNode => ({
    id: row.id,
    key: row.key,
    level: row.level,
    title: row.title,
    ownerNode: row.ownerNode,
    geh: row.geh,
    status: row.status,
    alsoServesGoalIds: row.alsoServesGoalIds,
    ...(row.level === 'bolagsmal' ? { agardirektiv: directiveFor(row, directivesOf.get(row.ownerNode.id) ?? []) } : {}),
    children: (childrenOf.get(row.id) ?? []).sort(byPlace).map(toNode),
  });
  return roots.sort(byLevelThenPlace).map(toNode);
}

function directiveFor(goal: CascadeRow, candidates: DirectiveRow[]): AgardirektivRef | null {
  const served = new Set([goal.parentGoalId, ...goal.alsoServesGoalIds]);
  const chosen = candidates.find((d) => d.servesGoalIds.some((id) => served.has(id))) ?? candidates[0];
  return chosen ? { id: chosen.id, title: chosen.title, servesGoalIds: chosen.servesGoalIds } : null;
}
