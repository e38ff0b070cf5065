import type { GoalOwnerRef, HygieneBody, HygieneReport } from '@resultatkedjan/contracts';

export interface HygieneGoalRow {
  id: string;
  key: string;
  title: string;
  ownerNodeId: string;
}

const collator = new Intl.Collator('sv', { sensitivity: 'base' });

/**
 * R-1 "few goals": per body, its own goals against the goal ceiling and each goal's indicators against the
 * indicator ceiling, with the body's indicator and uppdrag counts for politicians to see. Warnings only; bodies sorted by name, goals by key.
 */
export function buildHygieneReport(
  year: number,
  ceilings: { goalCeiling: number; indicatorCeiling: number },
  bodies: GoalOwnerRef[],
  goals: HygieneGoalRow[],
  indicatorCounts: Map<string, number>,
  uppdragCounts: Map<string, number> = new Map(),
): HygieneReport {
  const { goalCeiling, indicatorCeiling } = ceilings;
  const report = (node: GoalOwnerRef): HygieneBody => {
    const own = goals.filter((g) => g.ownerNodeId === node.id).sort((a, b) => collator.compare(a.key, b.key));
    const warnings: string[] = [];
    if (own.length > goalCeiling) {
      warnings.push(`${node.name} har ${own.length} mål för ${year}; kommunens tak är ${goalCeiling} (R-1). Färre mål ger tydligare styrning.`);
    }
    const hygieneGoals = own.map((g) => {
      const indicatorCount = indicatorCounts.get(g.id) ?? 0;
      const overCeiling = indicatorCount > indicatorCeiling;
      if (overCeiling) warnings.push(`Målet ${g.key} har ${indicatorCount} indikatorer; kommunens tak är ${indicatorCeiling} (R-1).`);
      return { id: g.id, key: g.key, title: g.title, indicatorCount, overCeiling };
    });
    const indicatorCount = hygieneGoals.reduce((sum, g) => sum + g.indicatorCount, 0);
    return {
      node, goalCount: own.length, overCeiling: own.length > goalCeiling, indicatorCount, uppdragCount: uppdragCounts.get(node.id) ?? 0,
      goals: hygieneGoals, warnings,
    };
  };
  const sorted = [...bodies].sort((a, b) => collator.compare(a.name, b.name));
  return { year, goalCeiling, indicatorCeiling, bodies: sorted.map(report) };
}
