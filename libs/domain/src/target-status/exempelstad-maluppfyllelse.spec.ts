// DOMAIN.md 7.6: indicator-level måluppfyllelse for 2025 and 2026 with default thresholds, from computed values.
import { aggregateIndicator } from '../aggregation/aggregate-indicator.js';
import type { AggregationContext } from '../aggregation/aggregation-context.js';
import { computeRatio } from '../ratios/compute-ratio.js';
import type { RatioDefinition } from '../ratios/ratio-definition.js';
import { demoYear } from '../test-support/demo/index.js';
import { roundTo } from '../test-support/round.js';
import { assessTarget, type TargetDirection } from './assess-target.js';
import { suggestGoalLevel } from './suggest-goal-level.js';
import { DEFAULT_TARGET_SCALE, LABEL_DELVIS_UPPFYLLT as DELVIS, LABEL_EJ_UPPFYLLT as EJ, LABEL_UPPFYLLT as UPPFYLLT } from './target-scale.js';

const years: Record<2025 | 2026, AggregationContext> = { 2025: demoYear(2025), 2026: demoYear(2026) };
const ratio = (definition: RatioDefinition, node: string) => (year: 2025 | 2026) => computeRatio(years[year], definition, node).value!;
const indicator = (indicatorId: string, node: string) => (year: 2025 | 2026) => aggregateIndicator(years[year], indicatorId, node).value!;
const fixed = (v2025: number, v2026: number) => (year: 2025 | 2026) => (year === 2025 ? v2025 : v2026);

interface Row {
  readonly goal: string;
  readonly direction: TargetDirection;
  readonly value: (year: 2025 | 2026) => number;
  readonly target: readonly [number, number];
  /** [attainment rounded to 3 decimals or null, label] per year. */
  readonly expected: readonly [readonly [number | null, string], readonly [number | null, string]];
}

const rows: readonly Row[] = [
  {
    goal: 'FM1 resultat %', direction: 'higher', target: [2.0, 2.0], expected: [[0.9, EJ], [1.099, UPPFYLLT]],
    value: ratio({ kind: 'kvot', numeratorIndicatorId: 'KF.resultat', denominatorIndicatorId: 'KF.skatteintakter', scale: 100 }, 'kf'),
  },
  {
    goal: 'FM2 självfinansieringsgrad', direction: 'higher', target: [80, 80], expected: [[1.063, UPPFYLLT], [0.972, DELVIS]],
    value: ratio({ kind: 'kvot', numeratorIndicatorId: ['KF.resultat', 'KF.avskrivningar'], denominatorIndicatorId: 'KF.investeringar', scale: 100 }, 'kf'),
  },
  { goal: 'BUN1 andel behöriga (total)', direction: 'higher', target: [86, 88], expected: [[0.977, DELVIS], [0.983, DELVIS]], value: indicator('gr.andelBehoriga', 'uf.gr') },
  { goal: 'VON1 personalkontinuitet (lower)', direction: 'lower', target: [14, 13], expected: [[0.952, DELVIS], [1.01, UPPFYLLT]], value: indicator('VON1.K1', 'vof.ht') },
  { goal: 'SN1 andel inom 4 mån', direction: 'higher', target: [90, 95], expected: [[0.927, EJ], [0.961, DELVIS]], value: indicator('SN1.K2', 'sof.bof') },
  { goal: 'SBN1 andel inom 10 v', direction: 'higher', target: [90, 92], expected: [[0.944, EJ], [1.009, UPPFYLLT]], value: indicator('SBN1.K2', 'sbf.bygglov') },
  {
    goal: 'KFN1 utlån per barn', direction: 'higher', target: [8.0, 8.5], expected: [[1.038, UPPFYLLT], [1.048, UPPFYLLT]],
    value: ratio({ kind: 'kvot', numeratorIndicatorId: 'KFN1.P2', denominatorIndicatorId: 'KOMMUN.barn0_17' }, 'kf'),
  },
  { goal: 'HEM1 färdigställda lägenheter', direction: 'higher', target: [60, 60], expected: [[1.0, UPPFYLLT], [1.167, UPPFYLLT]], value: indicator('HEM1.P1', 'hem') },
  { goal: 'HEM2 NKI', direction: 'higher', target: [80, 80], expected: [[0.963, DELVIS], [1.0, UPPFYLLT]], value: indicator('HEM2.K2', 'hem') },
  { goal: 'HEM2 vräkningar barnfamiljer (target 0)', direction: 'lower', target: [0, 0], expected: [[null, EJ], [null, UPPFYLLT]], value: indicator('HEM2.K3', 'hem') },
  { goal: 'HEM-F soliditet', direction: 'higher', target: [15, 15], expected: [[1.08, UPPFYLLT], [1.12, UPPFYLLT]], value: indicator('HEM-F.soliditet', 'hem') },
  { goal: 'HEM-F direktavkastning (boundary 3.8 / 4.0)', direction: 'higher', target: [4.0, 4.0], expected: [[0.95, DELVIS], [1.025, UPPFYLLT]], value: indicator('HEM-F.direktavkastning', 'hem') },
  {
    goal: 'EV1 förnyelsetakt %', direction: 'higher', target: [1.0, 1.0], expected: [[0.905, EJ], [1.071, UPPFYLLT]],
    value: ratio({ kind: 'kvot', numeratorIndicatorId: 'EV1.A1', denominatorIndicatorId: 'EV1.natlangd', scale: 100 }, 'ev'),
  },
  {
    goal: 'EV1 läckor per 100 km (lower)', direction: 'lower', target: [9, 9], expected: [[0.945, EJ], [1.112, UPPFYLLT]],
    value: ratio({ kind: 'kvot', numeratorIndicatorId: 'EV1.K1', denominatorIndicatorId: 'EV1.natlangd', scale: 100, unit: 'läckor per 100 km' }, 'ev'),
  },
];

describe('DOMAIN.md 7.6 expected måluppfyllelse', () => {
  describe.each(rows)('$goal', ({ direction, value, target, expected }) => {
    it.each([0, 1] as const)('year index %i', (i) => {
      const year = i === 0 ? 2025 : 2026;
      const assessment = assessTarget({ value: value(year), target: target[i], direction });
      const [attainment, label] = expected[i];
      expect(assessment.label).toBe(label);
      expect(roundTo(assessment.attainment, 3)).toBe(attainment);
    });
  });

  it('uses unrounded inputs: VON1 2025 is 14 / 14.706 and EV1 renewal 3.8 / 420 = 0.905 %', () => {
    expect(roundTo(indicator('VON1.K1', 'vof.ht')(2025), 3)).toBe(14.706);
    expect(roundTo(rows[12]!.value(2025), 3)).toBe(0.905);
    expect(roundTo(rows[12]!.value(2026), 3)).toBe(1.071);
  });

  it('classifies on the boundary with a tolerance: 1.045 / 1.1 is 0.9499999999999998 in floating point yet Delvis', () => {
    expect(assessTarget({ value: fixed(3.8, 4.1)(2025), target: 4.0, direction: 'higher' }).level).toBe(2);
    expect(1.045 / 1.1).toBeLessThan(0.95);
    expect(assessTarget({ value: 1.045, target: 1.1, direction: 'higher' }).label).toBe(DELVIS);
    const withoutTolerance = { ...DEFAULT_TARGET_SCALE, tolerance: 0 };
    expect(assessTarget({ value: 1.045, target: 1.1, direction: 'higher' }, withoutTolerance).label).toBe(EJ);
  });

  it('suggests the lowest indicator level per goal (HEM2 2025: Delvis and Ej → Ej uppfyllt)', () => {
    const hem2 = [rows[8]!, rows[9]!].map((row) => assessTarget({ value: row.value(2025), target: row.target[0], direction: row.direction }).level);
    expect(hem2).toEqual([2, 1]);
    expect(suggestGoalLevel(hem2)).toBe(1);
  });
});
