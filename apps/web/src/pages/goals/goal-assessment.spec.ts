import type { GoalChainView } from '@resultatkedjan/contracts';
import { describe, expect, it } from 'vitest';
import { summarizeChain } from './goal-assessment';
import { trendBetween } from './goal-results';

const a = (level: number, label: string, attainment: number | null) => ({ level, label, attainment, reason: null });
const fig = (periodKey: string, value: number, target: number | null, assessment: ReturnType<typeof a>) => ({
  orgNodeId: 'n', periodKey, value, unit: '%', reason: null, numerator: null, denominator: null,
  coverage: { withData: 1, total: 1 }, target, targetPeriodKey: periodKey, assessment,
});

function view(indicators: { targeted: boolean; figures: ReturnType<typeof fig>[] }[]): GoalChainView {
  return {
    goal: {}, periods: ['2025', '2026'], orgNodes: [{ id: 'n', key: 'n', name: 'N' }], ratios: [], warnings: [],
    elements: [
      { id: 'e', link: 'resultat', indicators: indicators.map((i, n) => ({ id: `i${n}`, name: `I${n}`, direction: 'higher', ...i })) },
      { id: 'r', link: 'resurs', indicators: [{ id: 'cost', targeted: true, figures: [fig('2026', 1, 2, a(1, 'Ej uppfyllt', 0.5))] }] },
    ],
  } as unknown as GoalChainView;
}

describe('summarizeChain', () => {
  it('suggests the lowest assessed level of the result indicators and a trend from the weakest attainment', () => {
    const summary = summarizeChain(
      view([
        { targeted: true, figures: [fig('2025', 84, 86, a(2, 'Delvis uppfyllt', 0.977)), fig('2026', 86.5, 88, a(2, 'Delvis uppfyllt', 0.983))] },
        { targeted: true, figures: [fig('2025', 80, 80, a(3, 'Uppfyllt', 1.0)), fig('2026', 81, 80, a(3, 'Uppfyllt', 1.01))] },
        // A count without a target does not pull the level down.
        { targeted: false, figures: [fig('2026', 368, null, a(0, 'Ej bedömt', null))] },
      ]),
      'n',
      2026,
    );
    expect(summary).toEqual({ level: 2, label: 'Delvis uppfyllt', periodKey: '2026', trend: 'up' });
  });

  it('says Ej bedömt when nothing is assessed, and null when there are no result indicators', () => {
    expect(summarizeChain(view([{ targeted: true, figures: [fig('2026', 1, 2, a(0, 'Ej bedömt', null))] }]), 'n', 2026)).toMatchObject({
      level: 0,
      label: 'Ej bedömt',
      trend: null,
    });
    expect(summarizeChain(view([]), 'n', 2026)).toBeNull();
  });

  it('names a level no figure names with the kommun’s name for it', () => {
    const grades = { 3: 'Hög grad', 2: 'Viss grad', 1: 'Låg grad', 0: 'Ingen bedömning' };
    // Figures of another year only: nothing is assessed this year, and no figure carries a label for it.
    const summary = summarizeChain(view([{ targeted: true, figures: [fig('2025', 84, 86, a(2, 'Viss grad', 0.977))] }]), 'n', 2026, grades);
    expect(summary).toMatchObject({ level: 0, label: 'Ingen bedömning' });
  });
});

describe('trendBetween', () => {
  it('judges the movement by the indicator direction', () => {
    expect(trendBetween(14, 13, 'lower')).toEqual({ movement: 'down', judgement: 'better' });
    expect(trendBetween(84, 86, 'higher')).toEqual({ movement: 'up', judgement: 'better' });
    expect(trendBetween(9, 9, 'lower')).toEqual({ movement: 'flat', judgement: 'neutral' });
    expect(trendBetween(4400, 4450, 'neutral')).toEqual({ movement: 'up', judgement: 'neutral' });
    expect(trendBetween(null, 3, 'higher')).toBeNull();
  });
});
