import { countByLevel, decidingAssessment, excerpt } from './level-summary.js';
import { csvField, parseCsv, parseCsvNumber, toCsv } from './csv.js';
import { figureText } from './figure-text.js';

const SCALE = [
  { level: 3, label: 'Uppfyllt' },
  { level: 2, label: 'Delvis uppfyllt' },
  { level: 1, label: 'Ej uppfyllt' },
  { level: 0, label: 'Ej bedömt' },
];

describe('export helpers', () => {
  it('writes sv-SE CSV (semicolons, decimal comma, quoting) and reads it back', () => {
    const text = toCsv(['mål', 'värde'], [['BUN1; "behöriga"', 84.0182648401826], ['Rad\nbrytning', null], ['neg', -0.5]]);
    expect(text.startsWith('\uFEFFmål;värde\r\n')).toBe(true);
    expect(text).toContain('"BUN1; ""behöriga""";84,0182648401826\r\n');
    const rows = parseCsv(text);
    expect(rows).toEqual([['mål', 'värde'], ['BUN1; "behöriga"', '84,0182648401826'], ['Rad\nbrytning', ''], ['neg', '-0,5']]);
    expect(parseCsvNumber(rows[1]![1]!)).toBe(84.0182648401826);
    expect(parseCsvNumber('')).toBeNull();
    expect(csvField(true)).toBe('ja');
  });

  it('counts goals per level with every level listed, unknown levels as Ej bedömt', () => {
    expect(countByLevel(SCALE, [3, 2, 2, 0, 7])).toEqual([
      { level: 3, label: 'Uppfyllt', count: 1 },
      { level: 2, label: 'Delvis uppfyllt', count: 2 },
      { level: 1, label: 'Ej uppfyllt', count: 0 },
      { level: 0, label: 'Ej bedömt', count: 2 },
    ]);
  });

  it('takes the highest tier that judged (lowest level within it) and never invents one', () => {
    expect(decidingAssessment([])).toBeNull();
    expect(decidingAssessment([{ tier: 'self', level: 0 }])).toBeNull();
    const self = { tier: 'self' as const, level: 3 };
    const namndA = { tier: 'namnd' as const, level: 2 };
    const namndB = { tier: 'namnd' as const, level: 1 };
    expect(decidingAssessment([self, namndA, namndB])).toBe(namndB);
    expect(decidingAssessment([self, { tier: 'forvaltning' as const, level: 0 }])).toBe(self);
  });

  it('cuts narrative excerpts at a word', () => {
    expect(excerpt('Kort text.', 40)).toBe('Kort text.');
    expect(excerpt('Lärarbristen  påverkade\nundervisningen under hösten', 30)).toBe('Lärarbristen påverkade…');
  });
});

describe('figureText', () => {
  it('prints sv-SE digits with the unit beside them', () => {
    expect(figureText(1431549.4, 'kr')).toBe('1\u00A0431\u00A0549,4\u00A0kr');
    expect(figureText(0.69853, 'per mnkr')).toBe('0,6985\u00A0per mnkr');
    expect(figureText(null, '%')).toBe('–');
  });
});
