import type { GoalLevel, OrgNodeKind } from '@resultatkedjan/contracts';
import { KIND_LABELS } from '../org/org-node-rules.js';

/** Height in the cascade: the vision on top, KF goals, nämnd-/bolagsmål, verksamhetsmål at the bottom. */
export const LEVEL_RANK: Record<GoalLevel, number> = {
  vision: 0,
  inriktningsmal: 1,
  finansiellt_mal: 1,
  namndmal: 2,
  bolagsmal: 2,
  verksamhetsmal: 3,
};

/**
 * The breakdown (DOMAIN 3.1): vision ← inriktningsmål ← nämndmål/bolagsmål ← verksamhetsmål. A finansiellt mål
 * has no parent or the vision; nämnd and bolag may also break down a finansiellt mål (the economic side of GEH).
 * A parent is optional: e.g. a bolag's own financial goal (HEM-F in the demo) serves koncern-GEH directly.
 */
export const ALLOWED_PARENT_LEVELS: Record<GoalLevel, readonly GoalLevel[]> = {
  vision: [],
  inriktningsmal: ['vision'],
  finansiellt_mal: ['vision'],
  namndmal: ['inriktningsmal', 'finansiellt_mal'],
  bolagsmal: ['inriktningsmal', 'finansiellt_mal'],
  verksamhetsmal: ['namndmal', 'bolagsmal'],
};

/** Who owns a goal of each level. */
export const OWNER_KINDS: Record<GoalLevel, readonly OrgNodeKind[]> = {
  vision: ['kf'],
  inriktningsmal: ['kf'],
  finansiellt_mal: ['kf'],
  namndmal: ['namnd', 'ks'],
  bolagsmal: ['bolag'],
  verksamhetsmal: ['forvaltning', 'verksamhet', 'enhet'],
};

export const LEVEL_LABELS: Record<GoalLevel, string> = {
  vision: 'vision',
  inriktningsmal: 'inriktningsmål',
  finansiellt_mal: 'finansiellt mål',
  namndmal: 'nämndmål',
  bolagsmal: 'bolagsmål',
  verksamhetsmal: 'verksamhetsmål',
};

/** "Ett nämndmål", "En vision" — the start of a Swedish sentence. */
function aGoal(level: GoalLevel): string {
  return `${level === 'vision' ? 'En' : 'Ett'} ${LEVEL_LABELS[level]}`;
}

export function ownerKindProblem(level: GoalLevel, ownerKind: OrgNodeKind): string | null {
  const allowed = OWNER_KINDS[level];
  return allowed.includes(ownerKind)
    ? null
    : `${aGoal(level)} ägs av ${orList(allowed.map((k) => KIND_LABELS[k]))}, inte av ${KIND_LABELS[ownerKind]}.`;
}

export function parentLevelProblem(level: GoalLevel, parentLevel: GoalLevel): string | null {
  const allowed = ALLOWED_PARENT_LEVELS[level];
  if (allowed.includes(parentLevel)) return null;
  if (allowed.length === 0) return `${aGoal(level)} har inget överordnat mål.`;
  return `${aGoal(level)} bryts ned från ${orList(allowed.map((l) => LEVEL_LABELS[l]))}, inte från ${LEVEL_LABELS[parentLevel]}.`;
}

/** A goal may also serve goals higher up than itself. */
export function mayAlsoServe(level: GoalLevel, servedLevel: GoalLevel): boolean {
  return LEVEL_RANK[servedLevel] < LEVEL_RANK[level];
}

function orList(words: string[]): string {
  return words.length <= 1 ? words.join('') : `${words.slice(0, -1).join(', ')} eller ${words[words.length - 1]}`;
}
