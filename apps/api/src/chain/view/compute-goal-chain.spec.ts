import type { IndicatorDto, RatioDefinitionDto } from '@resultatkedjan/contracts';
import { DEFAULT_LEVEL_NAMES } from '@resultatkedjan/domain';
import type { ChainData, ChainValue } from './chain-data.js';
import { computeGoalChain } from './compute-goal-chain.js';

const indicator = (id: string, fields: Partial<IndicatorDto>): IndicatorDto => ({
  id, goalId: 'bun1', chainElementId: 'e-' + (fields.link ?? 'resurs'), link: 'resurs', key: id, name: id, unit: 'st', direction: 'neutral',
  orgAggregation: 'SUM', timeAggregation: 'SUM', weightIndicatorId: null, numeratorIndicatorId: null, denominatorIndicatorId: null,
  scale: null, periodicity: 'ar', targeted: true, purpose: 'Test.', source: 'manual', koladaId: null, baselineValue: null,
  baselinePeriodKey: null, reviewDate: null, levelScale: null, sortOrder: 0, createdAt: '2026-01-01T00:00:00.000Z', ...fields,
});
const ratio = (id: string, fields: Partial<RatioDefinitionDto>): RatioDefinitionDto => ({
  id, goalId: 'bun1', kind: 'kvot', name: id, numeratorIndicatorId: '', denominatorIndicatorId: '', scale: null, unit: null, sortOrder: 0,
  createdAt: '2026-01-01T00:00:00.000Z', ...fields,
});
const value = (indicatorId: string, orgNodeId: string, periodKey: string, v: number, referencePeriodKey: string | null = null): ChainValue =>
  ({ indicatorId, orgNodeId, periodKey, value: v, referencePeriodKey });

const element = (link: 'resurs' | 'prestation' | 'resultat') =>
  ({ id: `e-${link}`, goalId: 'bun1', link, name: link, description: '', sortOrder: 0, resultIndicatorId: null, createdAt: '2026-01-01T00:00:00.000Z' });

function data(overrides: Partial<ChainData> = {}): ChainData {
  return {
    goal: { id: 'bun1', key: 'BUN1', title: 'Behöriga', level: 'namndmal', status: 'beslutad', ownerNodeId: 'f9' },
    elements: [element('resultat'), element('resurs'), element('prestation')],
    indicators: [
      indicator('larare', { unit: 'åa', timeAggregation: 'AVG' }),
      indicator('elever', { link: 'prestation', chainElementId: 'e-prestation', unit: 'elever', timeAggregation: 'ANNUAL' }),
      indicator('avgangna', { link: 'prestation', chainElementId: 'e-prestation', timeAggregation: 'ANNUAL' }),
      indicator('behoriga', { link: 'resultat', chainElementId: 'e-resultat', timeAggregation: 'ANNUAL' }),
      indicator('andel', {
        link: 'resultat', chainElementId: 'e-resultat', unit: '%', direction: 'higher', orgAggregation: 'RATIO', timeAggregation: 'ANNUAL',
        numeratorIndicatorId: 'behoriga', denominatorIndicatorId: 'avgangna', scale: 100, sortOrder: 1,
      }),
    ],
    referencedIndicators: [],
    targets: [{ indicatorId: 'andel', periodKey: '2025', targetValue: 86 }],
    ratios: [ratio('produktivitet', { kind: 'produktivitet', numeratorIndicatorId: 'elever', denominatorIndicatorId: 'larare' })],
    orgNodes: [
      { id: 'f9', parentId: null, key: 'uf.gr.f9', name: 'F–9-skolor' },
      { id: 'soder', parentId: 'f9', key: 'uf.gr.soder', name: 'Söderskolan' },
      { id: 'norr', parentId: 'f9', key: 'uf.gr.norr', name: 'Norrskolan' },
    ],
    values: [
      value('elever', 'norr', '2025', 450), value('larare', 'norr', '2025', 38), value('avgangna', 'norr', '2025', 50), value('behoriga', 'norr', '2025', 42),
      value('elever', 'soder', '2025', 600), value('larare', 'soder', '2025', 48), value('avgangna', 'soder', '2025', 66), value('behoriga', 'soder', '2025', 59),
    ],
    targetScale: null,
    levelNames: DEFAULT_LEVEL_NAMES,
    ...overrides,
  };
}

describe('computeGoalChain', () => {
  it('rolls up ratios of sums (DOMAIN.md 7.5 rows 12–13) and lists elements in link order, nodes by name', () => {
    const view = computeGoalChain(data(), { periods: ['2025'], orgNodeIds: ['soder', 'f9', 'norr'] });
    expect(view.elements.map((e) => e.link)).toEqual(['resurs', 'prestation', 'resultat']);
    expect(view.orgNodes.map((n) => n.name)).toEqual(['F–9-skolor', 'Norrskolan', 'Söderskolan']);
    const results = view.ratios[0]!.results;
    expect(results.map((r) => r.orgNodeId)).toEqual(['f9', 'norr', 'soder']);
    expect(results[0]).toMatchObject({ numerator: 1050, denominator: 86, unit: 'elever/åa', reason: null, coverage: { withData: 2, total: 2 } });
    expect(results[0]!.value!.toFixed(2)).toBe('12.21');
    const andel = view.elements[2]!.indicators.find((i) => i.id === 'andel')!.figures[0]!;
    expect(andel).toMatchObject({ numerator: 101, denominator: 116, target: 86, targetPeriodKey: '2025' });
    expect(andel.value!.toFixed(2)).toBe('87.07');
    expect(andel.assessment).toMatchObject({ level: 3, label: 'Uppfyllt' });
  });

  it('uses the indicator’s own thresholds, then the kommun’s', () => {
    const strict = { fulfilledFrom: 1.05, partlyFrom: 1.02 };
    const kommun = computeGoalChain(data({ targetScale: strict }), { periods: ['2025'], orgNodeIds: ['norr'] });
    // Norrskolan 84 % against 86 → 0.977: Ej uppfyllt on the strict scale.
    expect(kommun.elements[2]!.indicators[1]!.figures[0]!.assessment.label).toBe('Ej uppfyllt');
    const lenient = data({ targetScale: strict });
    lenient.indicators[4] = { ...lenient.indicators[4]!, levelScale: { fulfilledFrom: 0.97, partlyFrom: 0.9 } };
    expect(computeGoalChain(lenient, { periods: ['2025'], orgNodeIds: ['norr'] }).elements[2]!.indicators[1]!.figures[0]!.assessment.label).toBe('Uppfyllt');
  });

  it('labels levels with the kommun’s names, also on an indicator’s own thresholds', () => {
    const names = { 3: 'Hög grad', 2: 'Viss grad', 1: 'Låg grad', 0: 'Ingen bedömning' };
    const renamed = data({ targetScale: { fulfilledFrom: 1.05, partlyFrom: 1.02 }, levelNames: names });
    renamed.indicators[4] = { ...renamed.indicators[4]!, levelScale: { fulfilledFrom: 0.97, partlyFrom: 0.9 } };
    const figures = computeGoalChain(renamed, { periods: ['2025', '2024'], orgNodeIds: ['norr'] }).elements[2]!.indicators[1]!.figures;
    expect(figures.map((f) => f.assessment.label)).toEqual(['Hög grad', 'Ingen bedömning']);
  });

  it('is Ej bedömt when one contributing unit’s data is stale, and for bevakningsnyckeltal', () => {
    const quarterly = data({
      indicators: [indicator('larm', { link: 'resultat', chainElementId: 'e-resultat', periodicity: 'kvartal', timeAggregation: 'AVG', direction: 'lower' })],
      targets: [{ indicatorId: 'larm', periodKey: '2025', targetValue: 3 }],
      ratios: [],
      values: [value('larm', 'norr', '2025-Q4', 2), value('larm', 'soder', '2025-Q3', 2)],
    });
    const figures = computeGoalChain(quarterly, { periods: ['2025'], orgNodeIds: ['f9', 'norr'] }).elements[2]!.indicators[0]!.figures;
    expect(figures[0]!.assessment).toMatchObject({ level: 0, reason: 'inaktuellt_varde' });
    expect(figures[1]!.assessment).toMatchObject({ level: 3 });
    quarterly.indicators[0] = { ...quarterly.indicators[0]!, targeted: false };
    expect(computeGoalChain(quarterly, { periods: ['2025'], orgNodeIds: ['norr'] }).elements[2]!.indicators[0]!.figures[0]!.assessment.reason).toBe('saknar_mal');
  });

  it('reports an indicator whose reference is gone, and an invalid ratio, instead of failing', () => {
    const broken = data();
    broken.indicators[4] = { ...broken.indicators[4]!, numeratorIndicatorId: null };
    broken.ratios.push(ratio('fel', { kind: 'kostnad_per_prestation', numeratorIndicatorId: 'larare', denominatorIndicatorId: 'elever' }));
    const view = computeGoalChain(broken, { periods: ['2025'], orgNodeIds: ['norr'] });
    expect(view.elements[2]!.indicators[1]!.figures[0]).toMatchObject({ value: null, reason: 'ogiltig_definition' });
    expect(view.ratios[1]!.results[0]).toMatchObject({ value: null, reason: 'ogiltig_definition' });
    expect(view.warnings).toEqual([
      'Indikatorn andel saknar en summerbar täljare eller nämnare och kan inte beräknas.',
      expect.stringMatching(/^Nyckeltalet "fel" kan inte beräknas: kostnad_per_prestation kräver en kostnad/),
    ]);
  });

  it('orders figures node by node, then period by period', () => {
    const view = computeGoalChain(data(), { periods: ['2025-Q2', '2025'], orgNodeIds: ['soder', 'norr'] });
    expect(view.ratios[0]!.results.map((r) => `${r.orgNodeId} ${r.periodKey}`)).toEqual(['norr 2025-Q2', 'norr 2025', 'soder 2025-Q2', 'soder 2025']);
  });
});
