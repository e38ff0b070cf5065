/** A level of the kommun's måluppfyllelse scale (0 = Ej bedömt). */
export interface LevelOfScale {
  readonly level: number;
  readonly label: string;
}

/**
 * How many goals reached each level, in the scale's order (best first, Ej bedömt last), every level listed even at
 * zero so summaries of different years line up. A level outside the scale counts as Ej bedömt.
 */
export function countByLevel(scale: readonly LevelOfScale[], levels: readonly number[]): (LevelOfScale & { count: number })[] {
  const known = new Set(scale.map((s) => s.level));
  const counts = new Map<number, number>();
  for (const level of levels) {
    const key = known.has(level) ? level : 0;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return scale.map(({ level, label }) => ({ level, label, count: counts.get(level) ?? 0 }));
}

/** Who judges last decides: KS over the nämnd (or bolag board) over the förvaltning over the units' own. */
export const DECIDING_TIER_ORDER = ['ks', 'namnd', 'forvaltning', 'self'] as const;
export type DecidingTier = (typeof DECIDING_TIER_ORDER)[number];

/**
 * The goal's recorded result: the highest tier's judgement (when a tier has several bodies, the lowest level, the
 * cautious reading); null when nobody assessed — the export then says Ej bedömt and never invents a level.
 */
export function decidingAssessment<T extends { readonly tier: DecidingTier; readonly level: number }>(assessments: readonly T[]): T | null {
  for (const tier of DECIDING_TIER_ORDER) {
    const ofTier = assessments.filter((a) => a.tier === tier && a.level > 0);
    if (ofTier.length > 0) return ofTier.reduce((low, a) => (a.level < low.level ? a : low));
  }
  return null;
}

/** A text shortened at a word boundary to at most `max` characters, with an ellipsis (narrative excerpts). */
export function excerpt(text: string, max: number): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
