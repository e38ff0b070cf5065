import { diffBenchmarks, isRealKommunkod, lastFiveYears } from './kolada-diff.js';
import type { KoladaValue } from '../client/kolada-types.js';

const v = (fields: Partial<KoladaValue>): KoladaValue => ({
  kpi: 'N15428', municipality: '1384', year: 2022, gender: 'T', value: 90, deleted: false, provenance: 'real', ...fields,
});

describe('diffBenchmarks', () => {
  it('writes new rows without a revision and flags a changed value as one', () => {
    const stored = [{ kpiId: 'N15428', municipalityId: '1384', year: 2022, gender: 'T', value: 88, attributable: true }];
    const { write, revisions } = diffBenchmarks([v({}), v({ year: 2021, value: 80 })], stored);
    expect(write).toHaveLength(2);
    expect(revisions).toEqual([{ kpiId: 'N15428', municipalityId: '1384', year: 2022, gender: 'T', oldValue: 88, newValue: 90 }]);
  });

  it('never attributes synthetic or derived values to Kolada, and removes deleted rows', () => {
    const stored = [{ kpiId: 'N15428', municipalityId: '1384', year: 2021, gender: 'T', value: 80, attributable: true }];
    const { write, remove } = diffBenchmarks([v({ provenance: 'synthetic' }), v({ provenance: 'derived', gender: 'K' }), v({ year: 2021, deleted: true, value: null })], stored);
    expect(write.map((r) => r.attributable)).toEqual([false, false]);
    expect(remove.map((r) => r.year)).toEqual([2021]);
  });
});

describe('kommunkod and years', () => {
  it('treats 99xx and Riket as not a real kommun', () => {
    expect(isRealKommunkod('1384')).toBe(true);
    expect(isRealKommunkod('9901')).toBe(false);
    expect(isRealKommunkod('0000')).toBe(false);
  });
  it('takes the five years before today', () => {
    expect(lastFiveYears('2026-12-02')).toEqual([2021, 2022, 2023, 2024, 2025]);
  });
});
