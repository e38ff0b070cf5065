import { agendaCandidates, ratioImprovementDirection } from './agenda.js';
import { whatIfResources } from './what-if.js';

const ratio = (fields: Partial<Parameters<typeof agendaCandidates>[0]['ratios'][number]> & { ratioId: string }) => ({
  goalId: 'g1', kind: 'produktivitet' as const, orgNodeId: 'n1',
  current: { value: 10, numerator: 100, denominator: 10 }, previous: { value: 10, numerator: 100, denominator: 10 }, ...fields,
});

describe('the analysis dialogue’s agenda from the data', () => {
  it('lists goals below target and falling goals, with the biggest gap first', () => {
    const items = agendaCandidates({
      goals: [
        { goalId: 'ok', level: 3, topLevel: 3, previousLevel: 3 },
        { goalId: 'delvis', level: 2, topLevel: 3, previousLevel: 2 },
        { goalId: 'ej', level: 1, topLevel: 3, previousLevel: 3 },
        { goalId: 'ejbedomt', level: 0, topLevel: 3, previousLevel: 3 },
      ],
      indicators: [], ratios: [], openActions: [],
    });
    expect(items.map((i) => [i.reason, i.goalId])).toEqual([
      ['mal_ej_uppfyllt', 'ej'], ['mal_ej_uppfyllt', 'delvis'], ['sjunkande_maluppfyllelse', 'ej'],
    ]);
  });

  it('judges a ratio’s change by its kind: cost per output falling is an improvement, productivity falling is not', () => {
    expect(ratioImprovementDirection('kostnad_per_prestation')).toBe('lower');
    expect(ratioImprovementDirection('effektivitet')).toBe('higher');
    expect(ratioImprovementDirection('kvot')).toBeNull();
    const items = agendaCandidates({
      goals: [], indicators: [], openActions: [],
      ratios: [
        ratio({ ratioId: 'cost', kind: 'kostnad_per_prestation', current: { value: 43_735, numerator: 22_130_000, denominator: 506 }, previous: { value: 53_226, numerator: 26_347_000, denominator: 495 } }),
        ratio({ ratioId: 'prod', current: { value: 9, numerator: 90, denominator: 10 } }),
        ratio({ ratioId: 'small', current: { value: 10.2, numerator: 102, denominator: 10 } }),
        ratio({ ratioId: 'plain', kind: 'kvot', current: { value: 20, numerator: 200, denominator: 10 } }),
      ],
    });
    expect(items.map((i) => [i.ratioId, i.improvement])).toEqual([['cost', true], ['prod', false]]);
    expect(items[0]!.magnitude).toBeCloseTo((53_226 - 43_735) / 53_226, 6);
  });

  it('finds units whose resources rose while their results fell (an effektivitet ratio’s parts)', () => {
    const items = agendaCandidates({
      goals: [], indicators: [], openActions: [],
      ratios: [
        ratio({ ratioId: 'eff', kind: 'effektivitet', orgNodeId: 'norr', current: { value: 0.7, numerator: 40, denominator: 57 }, previous: { value: 0.78, numerator: 42, denominator: 54 } }),
        ratio({ ratioId: 'eff', kind: 'effektivitet', orgNodeId: 'soder', current: { value: 0.9, numerator: 60, denominator: 66 }, previous: { value: 0.88, numerator: 58, denominator: 66 } }),
      ],
    });
    expect(items.filter((i) => i.reason === 'resurser_upp_resultat_ned').map((i) => i.orgNodeId)).toEqual(['norr']);
  });

  it('keeps only the largest ratio changes and lists stale indicators and open actions last', () => {
    const ratios = Array.from({ length: 8 }, (_, i) => ratio({ ratioId: `r${i}`, current: { value: 10 + i + 1, numerator: 1, denominator: 1 } }));
    const items = agendaCandidates(
      { goals: [], ratios, indicators: [{ indicatorId: 'i1', goalId: 'g1', fresh: false }, { indicatorId: 'i2', goalId: 'g1', fresh: true }], openActions: [{ actionId: 'a1', goalId: null, dueOn: '2026-11-30' }] },
      { maxRatioChanges: 3 },
    );
    expect(items.map((i) => i.ratioId ?? i.indicatorId ?? i.actionId)).toEqual(['r7', 'r6', 'r5', 'i1', 'a1']);
  });
});

describe('what-if on the resources of a ratio', () => {
  it('moves the denominator of productivity and the numerator of a cost ratio', () => {
    const productivity = whatIfResources({ kind: 'produktivitet', numerator: 450, denominator: 38, numeratorUnit: 'st', denominatorUnit: 'åa', unit: 'elever/åa' }, 0.1);
    expect(productivity!.value).toBeCloseTo(450 / 41.8, 9);
    const cost = whatIfResources({ kind: 'kostnad_per_prestation', numerator: 54_000_000, denominator: 450, numeratorUnit: 'kr', denominatorUnit: 'st', unit: 'kr/elev' }, -0.05);
    expect(cost!.value).toBeCloseTo(114_000, 6);
    expect(whatIfResources({ kind: 'kvot', numerator: 1, denominator: 2, numeratorUnit: 'st', denominatorUnit: 'st', unit: '' }, 0.1)).toBeNull();
    expect(whatIfResources({ kind: 'produktivitet', numerator: 1, denominator: 0, numeratorUnit: 'st', denominatorUnit: 'åa', unit: '' }, 0.1)!.reason).toBe('division_med_noll');
  });
});
