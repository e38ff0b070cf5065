import type { ChainIndicatorView, GoalChainView, GoalLevel } from '@resultatkedjan/contracts';
import { DEFAULT_LEVEL_NAMES, levelName, suggestGoalLevel, type LevelNames } from '@resultatkedjan/domain';
import type { GoalAssessmentSummary } from '../../api/goals';

/** Levels whose goals carry indicators of their own (the vision and inriktningsmål are followed through them). */
export const MEASURED_LEVELS: readonly GoalLevel[] = ['finansiellt_mal', 'namndmal', 'bolagsmal', 'verksamhetsmal'];

/** The goal's result indicators that have targets; all result indicators when none has. */
export function resultIndicators(view: GoalChainView): ChainIndicatorView[] {
  const all = view.elements.filter((e) => e.link === 'resultat').flatMap((e) => e.indicators);
  const targeted = all.filter((i) => i.targeted !== false && i.figures.some((f) => f.target !== null));
  return targeted.length > 0 ? targeted : all;
}

/** The org node the figures are read for: the goal's owner when the view has it, else its first node. */
export function figureNode(view: GoalChainView, ownerNodeId: string): string {
  return view.orgNodes.some((n) => n.id === ownerNodeId) ? ownerNodeId : (view.orgNodes[0]?.id ?? ownerNodeId);
}

/**
 * The product's suggestion for a goal's måluppfyllelse in `year` (DOMAIN 4.4): the lowest assessed level among
 * its result indicators. Trend: the weakest attainment this year against last year's. Null when the goal has no
 * result indicators. The label is the figures' own (the API's, in the kommun's names), else the kommun's name for the level.
 */
export function summarizeChain(
  view: GoalChainView,
  ownerNodeId: string,
  year: number,
  names: LevelNames = DEFAULT_LEVEL_NAMES,
): GoalAssessmentSummary | null {
  const indicators = resultIndicators(view);
  if (indicators.length === 0) return null;
  const nodeId = figureNode(view, ownerNodeId);
  const figuresFor = (periodKey: string) =>
    indicators.flatMap((i) => i.figures.filter((f) => f.orgNodeId === nodeId && f.periodKey === periodKey));
  const now = figuresFor(String(year));
  const before = figuresFor(String(year - 1));
  const level = suggestGoalLevel(now.map((f) => f.assessment.level));
  const weakest = (figs: typeof now) => {
    const values = figs.map((f) => f.assessment.attainment).filter((a): a is number => a !== null && Number.isFinite(a));
    return values.length === 0 ? null : Math.min(...values);
  };
  const a = weakest(now);
  const b = weakest(before);
  const trend = a === null || b === null ? null : Math.abs(a - b) < 1e-9 ? 'flat' : a > b ? 'up' : 'down';
  const label = now.find((f) => f.assessment.level === level)?.assessment.label ?? levelName(names, level);
  return { level, label, periodKey: String(year), trend };
}
