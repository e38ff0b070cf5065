import type { OrgNodeKind } from '@resultatkedjan/contracts';

/**
 * Which kind of parent each kind may have in the responsibility tree (DOMAIN 3.1): KF is the root;
 * KS and nämnder sit under KF; a förvaltning serves a nämnd (or KS); verksamhet and enhet sit in the
 * civil service; a bolag sits under KF or under another bolag (stadshus-/moderbolag).
 */
export const ALLOWED_PARENT_KINDS: Record<OrgNodeKind, readonly OrgNodeKind[]> = {
  kf: [],
  ks: ['kf'],
  namnd: ['kf'],
  bolag: ['kf', 'bolag'],
  forvaltning: ['namnd', 'ks'],
  verksamhet: ['forvaltning', 'verksamhet'],
  enhet: ['forvaltning', 'verksamhet', 'enhet'],
};

export const KIND_LABELS: Record<OrgNodeKind, string> = {
  kf: 'kommunfullmäktige',
  ks: 'kommunstyrelse',
  namnd: 'nämnd',
  bolag: 'bolag',
  forvaltning: 'förvaltning',
  verksamhet: 'verksamhet',
  enhet: 'enhet',
};

/** Why `kind` cannot sit under a parent of `parentKind` (null = no parent), or null when it can. */
export function parentKindProblem(kind: OrgNodeKind, parentKind: OrgNodeKind | null): string | null {
  const allowed = ALLOWED_PARENT_KINDS[kind];
  if (parentKind === null) {
    return allowed.length === 0 ? null : `Typen ${KIND_LABELS[kind]} måste ligga under en överordnad enhet.`;
  }
  if (allowed.length === 0) return 'Kommunfullmäktige är roten och kan inte ha någon överordnad enhet.';
  if (allowed.includes(parentKind)) return null;
  return `Typen ${KIND_LABELS[kind]} kan bara ligga under ${orList(allowed.map((k) => KIND_LABELS[k]))}, inte under ${KIND_LABELS[parentKind]}.`;
}

/** Ownership share and purpose describe a company only. */
export function bolagOnlyFields(kind: OrgNodeKind, body: { ownershipShare?: number | null; purpose?: string | null }): Record<string, string[]> {
  if (kind === 'bolag') return {};
  const fields: Record<string, string[]> = {};
  const message = ['Gäller bara bolag.'];
  if (body.ownershipShare !== undefined && body.ownershipShare !== null) fields.ownershipShare = message;
  if (body.purpose !== undefined && body.purpose !== null) fields.purpose = message;
  return fields;
}

function orList(words: string[]): string {
  return words.length <= 1 ? words.join('') : `${words.slice(0, -1).join(', ')} eller ${words[words.length - 1]}`;
}
