import { UNCLEAN_TEXT_MESSAGE } from '../common/validation/clean-text.js';
import { checkRowShapes } from './value-row-shape.js';

const id = '6f1c2d3e-4b5a-4c6d-8e7f-9a0b1c2d3e4f';

describe('checkRowShapes', () => {
  it('passes well-formed rows through', () => {
    const rows = [{ indicatorId: id, orgNodeId: id, periodKey: '2025-Q1', value: 1.5, comment: null, referencePeriodKey: '2025', source: 'import' }];
    expect(checkRowShapes(rows)).toEqual({ rows, fields: {} });
  });

  it('keys type errors and unknown fields by row, with the pipe’s Swedish messages', () => {
    const { fields } = checkRowShapes([
      null,
      { indicatorId: 'x', orgNodeId: id, periodKey: 2025, value: '1', extra: true },
      { indicatorId: id, orgNodeId: id, periodKey: '2025-Q1', value: Number.NaN, comment: 'x'.repeat(2001), source: 'gissning' },
    ]);
    expect(fields).toEqual({
      'rows.0': ['Måste vara ett objekt.'],
      'rows.1.extra': ['Fältet är inte tillåtet.'],
      'rows.1.indicatorId': ['Måste vara ett giltigt id (UUID).'],
      'rows.1.periodKey': ['Måste vara text.'],
      'rows.1.value': ['Måste vara ett tal.'],
      'rows.2.value': ['Måste vara ett tal.'],
      'rows.2.comment': ['Texten är för lång.'],
      'rows.2.source': ['Källan måste vara en av manual, import, kolada.'],
    });
  });

  it('refuses text PostgreSQL cannot store, keyed by row: NUL, lone surrogates, control characters', () => {
    const row = (comment: string, periodKey = '2025-Q1') => ({ indicatorId: id, orgNodeId: id, periodKey, value: 1, comment });
    const { fields } = checkRowShapes([row('rad ett\nrad två\tflik'), row('noll\u0000'), row('\ud800'), row('ok', '2025-Q1\u0007')]);
    expect(fields).toEqual({
      'rows.1.comment': [UNCLEAN_TEXT_MESSAGE],
      'rows.2.comment': [UNCLEAN_TEXT_MESSAGE],
      'rows.3.periodKey': [UNCLEAN_TEXT_MESSAGE],
    });
  });
});
