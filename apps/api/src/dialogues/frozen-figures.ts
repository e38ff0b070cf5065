import type { GoalChainView, PeriodSnapshotData } from '@resultatkedjan/contracts';

/**
 * The chains with the period's figures as frozen at its lock (snapshot version 2), so a locked period's agenda reads
 * what was locked even if a value was corrected after a controller reopened it: every ratio's value, numerator and
 * denominator at every node, and the indicators' figures (with their måluppfyllelse) at each goal's owner. The
 * previous year's figures stay as the chain view computed them.
 */
export function withFrozenFigures(chains: readonly GoalChainView[], periodKey: string, snapshot: PeriodSnapshotData): GoalChainView[] {
  const ratioAt = new Map(snapshot.ratios.map((r) => [`${r.ratioDefinitionId}:${r.orgNodeId}`, r]));
  const frozenChain = new Map(snapshot.followUp.chains.map((c) => [c.goal.id, c]));
  return chains.map((chain) => {
    const frozen = frozenChain.get(chain.goal.id);
    const frozenFigure = new Map(
      (frozen?.elements ?? []).flatMap((e) => e.indicators.flatMap((i) => i.figures.filter((f) => f.periodKey === periodKey).map((f) => [`${i.id}:${f.orgNodeId}`, f] as const))),
    );
    return {
      ...chain,
      elements: chain.elements.map((element) => ({
        ...element,
        indicators: element.indicators.map((indicator) => ({
          ...indicator,
          figures: indicator.figures.map((f) => (f.periodKey === periodKey ? (frozenFigure.get(`${indicator.id}:${f.orgNodeId}`) ?? f) : f)),
        })),
      })),
      ratios: chain.ratios.map((ratio) => ({
        ...ratio,
        results: ratio.results.map((r) => {
          if (r.periodKey !== periodKey) return r;
          const locked = ratioAt.get(`${ratio.id}:${r.orgNodeId}`);
          if (!locked) return { ...r, value: null, numerator: null, denominator: null, reason: 'saknar_varde' };
          const { value, numerator, denominator, numeratorUnit, denominatorUnit, unit } = locked;
          return { ...r, value, numerator, denominator, numeratorUnit, denominatorUnit, unit, reason: (locked.reason as typeof r.reason) ?? null };
        }),
      })),
    };
  });
}
