import { fc } from '../test-support/fast-check.js';
import { anyNumberOrMissingArb } from '../test-support/arbitraries.js';
import { assessIndicatorForPeriod } from './assess-indicator-for-period.js';
import { assessTarget } from './assess-target.js';
import { expectedReferencePeriod, isValueFresh } from './freshness.js';
import { suggestGoalLevel } from './suggest-goal-level.js';
import {
  createTargetScale, DEFAULT_TARGET_SCALE, LABEL_EJ_BEDOMT, MALUPPFYLLELSE_LABELS, TargetScaleError, validateTargetScale, type TargetScale,
} from './target-scale.js';

describe('assessTarget', () => {
  it('exports the Swedish labels', () => {
    expect(MALUPPFYLLELSE_LABELS).toEqual({ 3: 'Uppfyllt', 2: 'Delvis uppfyllt', 1: 'Ej uppfyllt', 0: 'Ej bedömt' });
  });

  it.each([
    [100, 100, 'higher', 3],
    [95, 100, 'higher', 2],
    [94.99, 100, 'higher', 1],
    [3.8, 4.0, 'higher', 2],
    [100, 95, 'lower', 2],
    [14, 14, 'lower', 3],
    [-5, 10, 'higher', 1],
  ] as const)('utfall %d against mål %d (%s is better) → level %i', (value, target, direction, level) => {
    expect(assessTarget({ value, target, direction }).level).toBe(level);
  });

  it('lower-is-better target 0: Uppfyllt iff utfall is 0', () => {
    expect(assessTarget({ value: 0, target: 0, direction: 'lower' })).toMatchObject({ level: 3, attainment: null });
    expect(assessTarget({ value: 1, target: 0, direction: 'lower' })).toMatchObject({ level: 1, attainment: null });
    expect(assessTarget({ value: 0, target: 9, direction: 'lower' }).level).toBe(3);
    expect(assessTarget({ value: 0, target: 0, direction: 'higher' }).level).toBe(3);
    expect(assessTarget({ value: -1, target: 0, direction: 'higher' }).level).toBe(1);
  });

  it.each([
    [{ value: 5, target: null, direction: 'higher' }, 'saknar_mal'],
    [{ value: null, target: 5, direction: 'higher' }, 'saknar_varde'],
    [{ value: 5, target: 5, direction: 'neutral' }, 'neutral_riktning'],
    [{ value: 5, target: -5, direction: 'higher' }, 'negativt_mal'],
  ] as const)('Ej bedömt: %o → %s', (input, reason) => {
    expect(assessTarget(input)).toEqual({ level: 0, label: LABEL_EJ_BEDOMT, attainment: null, reason });
  });

  it('thresholds are configurable', () => {
    const strict = createTargetScale({ fulfilledFrom: 1.0, partlyFrom: 0.9 });
    expect(assessTarget({ value: 92, target: 100, direction: 'higher' }, strict).level).toBe(2);
    expect(assessTarget({ value: 92, target: 100, direction: 'higher' }).level).toBe(1);
  });

  it('the number of levels and their names are configurable', () => {
    const skolinspektionen: TargetScale = {
      levels: [
        { level: 3, label: 'Hög grad', minAttainment: 1 },
        { level: 2, label: 'Viss grad', minAttainment: 0.8 },
        { level: 1, label: 'Låg grad', minAttainment: null },
      ],
      notAssessedLabel: 'Ej bedömt',
    };
    expect(assessTarget({ value: 85, target: 100, direction: 'higher' }, skolinspektionen).label).toBe('Viss grad');
    const twoLevels: TargetScale = { levels: [{ level: 2, label: 'Ja', minAttainment: 1 }, { level: 1, label: 'Nej', minAttainment: null }], notAssessedLabel: '–' };
    expect(assessTarget({ value: 99, target: 100, direction: 'higher' }, twoLevels).label).toBe('Nej');
  });

  it('rejects inconsistent scales', () => {
    expect(() => createTargetScale({ fulfilledFrom: 0.9, partlyFrom: 0.95 })).toThrow(TargetScaleError);
    expect(() => validateTargetScale({ levels: [], notAssessedLabel: '' })).toThrow(/minst en nivå/);
    expect(() => validateTargetScale({ levels: [{ level: 1, label: 'x', minAttainment: 1 }], notAssessedLabel: '' })).toThrow(TargetScaleError);
  });

  it('property: never NaN; level 0 exactly when not assessed; attainment monotone in utfall', () => {
    fc.assert(
      fc.property(anyNumberOrMissingArb, anyNumberOrMissingArb, fc.constantFrom('higher' as const, 'lower' as const), (value, target, direction) => {
        const result = assessTarget({ value, target, direction });
        expect(result.attainment === null || Number.isFinite(result.attainment)).toBe(true);
        expect(result.level === 0).toBe(result.reason !== null);
        expect([0, 1, 2, 3]).toContain(result.level);
      }),
    );
    fc.assert(
      fc.property(fc.double({ min: 0.001, max: 1e6, noNaN: true }), fc.double({ min: 0.001, max: 1e6, noNaN: true }), fc.double({ min: 0.001, max: 1e6, noNaN: true }), (a, b, target) => {
        const [low, high] = a < b ? [a, b] : [b, a];
        expect(assessTarget({ value: high, target, direction: 'higher' }).level).toBeGreaterThanOrEqual(assessTarget({ value: low, target, direction: 'higher' }).level);
        expect(assessTarget({ value: low, target, direction: 'lower' }).level).toBeGreaterThanOrEqual(assessTarget({ value: high, target, direction: 'lower' }).level);
      }),
    );
  });
});

describe('staleness', () => {
  it('expects the latest whole month or quarter inside the judged period, or its year', () => {
    expect(expectedReferencePeriod('2026-D', 'kvartal')).toBe('2026-Q2');
    expect(expectedReferencePeriod('2026-D', 'manad')).toBe('2026-M08');
    expect(expectedReferencePeriod('2026-D', 'ar')).toBe('2026');
    expect(expectedReferencePeriod('2026-Q3', 'kvartal')).toBe('2026-Q3');
    expect(expectedReferencePeriod('2026-M02', 'kvartal')).toBe('2025-Q4');
  });

  it.each([
    ['2026-Q2', '2026-D', 'kvartal', true],
    ['2026-Q1', '2026-D', 'kvartal', false],
    ['2026-Q3', '2026-D', 'kvartal', false],
    ['2026-Q2', '2026-Q3', 'kvartal', false],
    ['2026-M08', '2026-D', 'manad', true],
    ['2026-M07', '2026-D', 'manad', false],
    ['2026-Q2', '2026-D', 'ar', true],
    ['2025', '2026', 'ar', false],
    ['2026', '2026-H', 'ar', true],
  ] as const)('value %s judged in %s (%s) fresh: %s', (valuePeriodKey, judgedPeriodKey, periodicity, fresh) => {
    expect(isValueFresh({ valuePeriodKey, judgedPeriodKey, periodicity })).toBe(fresh);
  });

  it('a stale value is never green: Ej bedömt with inaktuellt_varde', () => {
    const base = { value: 11, target: 13, direction: 'lower' as const, judgedPeriodKey: '2026-Q3', periodicity: 'kvartal' as const };
    expect(assessIndicatorForPeriod({ ...base, valuePeriodKey: '2026-Q3' }).label).toBe('Uppfyllt');
    expect(assessIndicatorForPeriod({ ...base, valuePeriodKey: '2026-Q2' })).toMatchObject({ level: 0, label: 'Ej bedömt', reason: 'inaktuellt_varde' });
    expect(assessIndicatorForPeriod({ ...base, valuePeriodKey: null }).reason).toBe('inaktuellt_varde');
    expect(assessIndicatorForPeriod({ ...base, target: null, valuePeriodKey: '2026-Q3' }).reason).toBe('saknar_mal');
  });

  it('uses the tenant’s delår end month', () => {
    const input = { value: 90, target: 90, direction: 'higher' as const, valuePeriodKey: '2026-M06', judgedPeriodKey: '2026-D', periodicity: 'manad' as const };
    expect(assessIndicatorForPeriod(input).level).toBe(0);
    expect(assessIndicatorForPeriod(input, DEFAULT_TARGET_SCALE, { delarEndMonth: 6 }).level).toBe(3);
  });
});

describe('suggestGoalLevel', () => {
  it('is the lowest assessed level, ignoring Ej bedömt unless nothing was assessed', () => {
    expect(suggestGoalLevel([3, 2, 3])).toBe(2);
    expect(suggestGoalLevel([3, 0, 1])).toBe(1);
    expect(suggestGoalLevel([0, 3])).toBe(3);
    expect(suggestGoalLevel([0, 0])).toBe(0);
    expect(suggestGoalLevel([])).toBe(0);
  });
});
