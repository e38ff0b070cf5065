import type { IndicatorValueDto, OrgTreeNode } from '@resultatkedjan/contracts';
import { describe, expect, it } from 'vitest';
import { changedRows, errorsByCell, gridFromValues, periodsOfYear, unitsUnder, type CellNote } from './economy-grid-model';

const node = (id: string, name: string, kind: OrgTreeNode['kind'], children: OrgTreeNode[] = []): OrgTreeNode => ({
  id, key: id, name, kind, parentId: null, validFrom: '2020-01-01', validTo: null, ownershipShare: null, purpose: null, sortOrder: 0, children,
});
const tree = [node('bun', 'BUN', 'namnd', [node('uf', 'UF', 'forvaltning', [node('s', 'Söderskolan', 'enhet'), node('a', 'Åsby skola', 'enhet'), node('b', 'Björkskolan', 'enhet')])]), node('von', 'VON', 'namnd')];
const stored = (orgNodeId: string, periodKey: string, value: number, extra: Partial<IndicatorValueDto> = {}): IndicatorValueDto => ({
  id: `${orgNodeId}-${periodKey}`, indicatorId: 'ind', orgNodeId, periodKey, value, referencePeriodKey: null, source: 'manual', comment: null,
  enteredBy: null, enteredAt: '2026-01-01T00:00:00Z', version: 1, ...extra,
});

describe('economy grid model', () => {
  it('has the periods of the indicator’s periodicity', () => {
    expect(periodsOfYear('kvartal', 2026)).toEqual(['2026-Q1', '2026-Q2', '2026-Q3', '2026-Q4']);
    expect(periodsOfYear('manad', 2026)).toHaveLength(12);
    expect(periodsOfYear('manad', 2026)[8]).toBe('2026-M09');
    expect(periodsOfYear('ar', 2026)).toEqual(['2026']);
  });

  it('lists the units below the owner by Swedish name, or the owner when it has none', () => {
    expect(unitsUnder(tree, 'bun').map((u) => u.name)).toEqual(['Björkskolan', 'Söderskolan', 'Åsby skola']);
    expect(unitsUnder(tree, 'von')).toEqual([{ id: 'von', name: 'VON' }]);
    expect(unitsUnder(tree, 'nowhere')).toEqual([]);
  });

  it('sends only what changed, with notes, and reports text that is not a number', () => {
    const units = unitsUnder(tree, 'bun');
    const periods = ['2026-Q1', '2026-Q2'];
    const values = [stored('b', '2026-Q1', 1234.5), stored('s', '2026-Q1', 980, { comment: 'Prel.' })];
    const { grid, notes } = gridFromValues(units, periods, values);
    expect(grid).toEqual([['1234,5', ''], ['980', ''], ['', '']]);
    grid[0]![1] = '1 100';
    grid[1]![0] = '';
    grid[2]![0] = 'tolv';
    const withNote = new Map<string, CellNote>(notes).set('b|2026-Q1', { comment: 'Vikarier', referencePeriodKey: '' });
    const changes = changedRows('ind', units, periods, grid, withNote, values);
    expect(changes.rows).toEqual([
      { indicatorId: 'ind', orgNodeId: 'b', periodKey: '2026-Q1', value: 1234.5, comment: 'Vikarier', referencePeriodKey: null },
      { indicatorId: 'ind', orgNodeId: 'b', periodKey: '2026-Q2', value: 1100, comment: null, referencePeriodKey: null },
    ]);
    expect(changes.cells).toEqual(['b|2026-Q1', 'b|2026-Q2']);
    expect(changes.invalid).toEqual(['a|2026-Q1']);
    expect(changes.emptied).toBe(1);
    expect(errorsByCell({ 'rows.1.value': ['För stort.'], rows: ['x'] }, changes.cells)).toEqual(new Map([['b|2026-Q2', ['För stort.']]]));
  });
});
