import type { GoalChainView, PeriodSnapshotData } from '@resultatkedjan/contracts';
import { buildExportContent } from './build-export-content.js';

const LEVELS = [
  { level: 3, label: 'Uppfyllt' }, { level: 2, label: 'Delvis uppfyllt' }, { level: 1, label: 'Ej uppfyllt' }, { level: 0, label: 'Ej bedömt' },
];

function chain(goalId: string, key: string, level: number): GoalChainView {
  const figure = {
    orgNodeId: 'n', periodKey: '2025-H', value: 84, unit: '%', reason: null, numerator: 368, denominator: 438, coverage: { withData: 1, total: 1 },
    target: 86, targetPeriodKey: '2025', assessment: { level, label: LEVELS.find((l) => l.level === level)!.label, attainment: 0.97, reason: null },
  };
  return {
    goal: { id: goalId, key, title: key, level: 'namndmal', status: 'beslutad', ownerNodeId: 'n' },
    periods: ['2025-H'], orgNodes: [], warnings: [],
    elements: [{ id: 'e', indicators: [{ id: `i-${key}`, key: `${key}.K1`, name: 'Andel', unit: '%', numeratorIndicatorId: null, denominatorIndicatorId: null, figures: [figure] }] }],
    ratios: [],
  } as unknown as GoalChainView;
}

const snapshot = {
  version: 2, periodKey: '2025-H', coversFrom: '2025-01-01', coversTo: '2025-12-31', takenAt: '2026-03-24T06:00:00.000Z',
  periodKeys: [], values: [], aggregates: [], ratios: [], reports: [], problems: [],
  followUp: {
    kommunName: 'Testkommun', periodKind: 'helar', levels: LEVELS,
    orgNodes: [
      { id: 'kf', key: 'kf', name: 'Kommunfullmäktige', kind: 'kf', parentId: null, ownershipShare: null },
      { id: 'bun', key: 'bun', name: 'Barn- och utbildningsnämnden', kind: 'namnd', parentId: 'kf', ownershipShare: null },
      { id: 'uf', key: 'uf', name: 'Utbildningsförvaltningen', kind: 'forvaltning', parentId: 'bun', ownershipShare: null },
      { id: 'norr', key: 'norr', name: 'Norrskolan', kind: 'enhet', parentId: 'uf', ownershipShare: null },
      { id: 'hem', key: 'hem', name: 'Bostadsbolaget AB', kind: 'bolag', parentId: 'kf', ownershipShare: 91 },
    ],
    grunduppdrag: [{ orgNodeId: 'bun', text: 'Skola enligt skollagen.' }],
    goals: [
      { id: 'g-im', key: 'IM1', title: 'Inriktningsmål', level: 'inriktningsmal', status: 'beslutad', ownerNodeId: 'kf', parentGoalId: null, geh: false, sortOrder: 0 },
      { id: 'g-bun', key: 'BUN1', title: 'Behöriga', level: 'namndmal', status: 'beslutad', ownerNodeId: 'bun', parentGoalId: 'g-im', geh: true, sortOrder: 1 },
      { id: 'g-hem', key: 'HEM1', title: 'Bostäder', level: 'bolagsmal', status: 'beslutad', ownerNodeId: 'hem', parentGoalId: null, geh: true, sortOrder: 2 },
      { id: 'g-draft', key: 'X1', title: 'Förslag', level: 'namndmal', status: 'forslag', ownerNodeId: 'bun', parentGoalId: 'g-im', geh: true, sortOrder: 3 },
    ],
    chains: [chain('g-bun', 'BUN1', 2), chain('g-hem', 'HEM1', 3)],
    assessments: [{ goalId: 'g-bun', tier: 'namnd', orgNodeId: 'bun', level: 1, justification: 'Nämnden ser lärarbristen.' }],
    selfAssessments: [
      { goalId: 'g-bun', orgNodeId: 'norr', level: 2, justification: 'Nära målet.', whatHappened: 'Fler behöriga.', why: '', nextSteps: 'Läxhjälp.' },
    ],
  },
} as unknown as PeriodSnapshotData;

describe('buildExportContent', () => {
  const content = buildExportContent(snapshot);
  const goal = (key: string) => content.goals.find((g) => g.key === key)!;

  it('takes the highest tier that judged, keeps every assessment with its justification and the narrative', () => {
    expect(goal('BUN1').result).toEqual({ level: 1, label: 'Ej uppfyllt', tier: 'namnd' });
    expect(goal('BUN1').assessments.map((a) => [a.tierLabel, a.orgNodeName, a.label, a.justification])).toEqual([
      ['Självvärdering', 'Norrskolan', 'Delvis uppfyllt', 'Nära målet.'],
      ['Nämndens bedömning', 'Barn- och utbildningsnämnden', 'Ej uppfyllt', 'Nämnden ser lärarbristen.'],
    ]);
    expect(goal('BUN1').narratives).toEqual([{ orgNodeName: 'Norrskolan', whatHappened: 'Fler behöriga.', why: '', nextSteps: 'Läxhjälp.' }]);
    expect(goal('BUN1').suggested).toEqual({ level: 2, label: 'Delvis uppfyllt' });
  });

  it('says Ej bedömt where nobody assessed, and leaves proposals out', () => {
    expect(goal('HEM1').result).toEqual({ level: 0, label: 'Ej bedömt', tier: null });
    expect(goal('HEM1').suggested.label).toBe('Uppfyllt');
    expect(content.goals.map((g) => g.key)).toEqual(['IM1', 'BUN1', 'HEM1']);
  });

  it('counts GEH goals per level for kommunen and for the kommunkoncern (with the bolag and its share)', () => {
    const count = (list: { label: string; count: number }[]) => Object.fromEntries(list.map((l) => [l.label, l.count]));
    expect(count(content.geh.kommunen)).toEqual({ Uppfyllt: 0, 'Delvis uppfyllt': 0, 'Ej uppfyllt': 1, 'Ej bedömt': 0 });
    expect(count(content.geh.kommunkoncern)).toEqual({ Uppfyllt: 0, 'Delvis uppfyllt': 0, 'Ej uppfyllt': 1, 'Ej bedömt': 1 });
    expect(content.geh.bolag).toEqual([{ key: 'hem', name: 'Bostadsbolaget AB', ownershipShare: 91 }]);
  });

  it('puts goals under their KF goal, the rest in a last group, and each on its nämnd or bolag with the grunduppdrag', () => {
    expect(content.reconciliation).toEqual([
      { goalKey: 'IM1', title: 'Inriktningsmål', childKeys: ['BUN1'] },
      { goalKey: null, title: 'Övriga mål (utan koppling till fullmäktiges mål)', childKeys: ['HEM1'] },
    ]);
    expect(content.bodies.map((b) => [b.key, b.goalKeys, b.grunduppdrag])).toEqual([
      ['kf', ['IM1'], []], ['bun', ['BUN1'], ['Skola enligt skollagen.']], ['hem', ['HEM1'], []],
    ]);
    expect(content.reportKind).toBe('arsredovisning');
  });
});
