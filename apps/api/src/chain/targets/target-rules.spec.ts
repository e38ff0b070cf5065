import { checkTargets } from './target-rules.js';

describe('checkTargets', () => {
  it('accepts year and coarser-or-equal periods for the periodicity', () => {
    expect(checkTargets([{ periodKey: '2026', targetValue: 1 }, { periodKey: '2026-H', targetValue: 1 }], 'ar')).toEqual({});
    expect(checkTargets([{ periodKey: '2026-Q2', targetValue: 1 }, { periodKey: '2026-D', targetValue: 1 }, { periodKey: '2026-T1', targetValue: 1 }], 'kvartal')).toEqual({});
    expect(checkTargets([{ periodKey: '2026-M03', targetValue: 1 }], 'manad')).toEqual({});
  });

  it('keys errors by row: invalid key, too fine a period, duplicates', () => {
    expect(checkTargets([
      { periodKey: '2026-Q1', targetValue: 1 }, { periodKey: '2026-M01', targetValue: 1 }, { periodKey: 'Q1', targetValue: 1 }, { periodKey: '2026-Q1', targetValue: 2 },
    ], 'kvartal')).toEqual({
      'targets.1.periodKey': ['Indikatorn rapporteras kvartalsvis; målvärden kan inte anges per månad.'],
      'targets.2.periodKey': [expect.stringMatching(/^Ogiltig period/)],
      'targets.3.periodKey': ['Perioden finns redan på rad 0.'],
    });
    expect(Object.keys(checkTargets([{ periodKey: '2026-Q1', targetValue: 1 }], 'ar'))).toEqual(['targets.0.periodKey']);
  });
});
