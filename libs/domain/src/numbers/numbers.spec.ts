import { anyNumberOrMissingArb } from '../test-support/arbitraries.js';
import { fc } from '../test-support/fast-check.js';
import { perCapita } from './per-capita.js';
import { periodChange } from './period-change.js';
import { ratioFromSums } from './ratio-from-sums.js';
import { safeDivide } from './safe-divide.js';

describe('safeDivide', () => {
  it('divides and scales', () => {
    expect(safeDivide(368, 438, 100).value).toBeCloseTo(84.018, 3);
  });

  it('gives saknar_varde for missing or non-finite inputs and division_med_noll for a zero denominator', () => {
    expect(safeDivide(null, 5)).toEqual({ value: null, reason: 'saknar_varde' });
    expect(safeDivide(5, undefined)).toEqual({ value: null, reason: 'saknar_varde' });
    expect(safeDivide(Number.NaN, 5)).toEqual({ value: null, reason: 'saknar_varde' });
    expect(safeDivide(5, 0)).toEqual({ value: null, reason: 'division_med_noll' });
    expect(safeDivide(0, 0)).toEqual({ value: null, reason: 'division_med_noll' });
    expect(safeDivide(0, -3)).toEqual({ value: 0, reason: null });
    expect(Object.is(safeDivide(0, -3).value, 0)).toBe(true);
  });

  it('reports overflow instead of returning Infinity', () => {
    expect(safeDivide(Number.MAX_VALUE, Number.MIN_VALUE)).toEqual({ value: null, reason: 'utanfor_talomrade' });
  });
});

describe('ratioFromSums', () => {
  it('expresses a cost numerator in kr and a cost denominator under a count in mnkr by default', () => {
    const cost = ratioFromSums({ numerator: 54_000, denominator: 450, numeratorUnit: 'tkr', denominatorUnit: 'elev' });
    expect(cost).toMatchObject({ value: 120_000, numerator: 54_000_000, numeratorUnit: 'kr', unit: 'kr/elev', reason: null });
    const effect = ratioFromSums({ numerator: 42, denominator: 54_000, numeratorUnit: 'st', denominatorUnit: 'tkr' });
    expect(effect).toMatchObject({ denominator: 54, denominatorUnit: 'mnkr', unit: 'st per mnkr' });
    expect(effect.value).toBeCloseTo(0.7778, 4);
  });

  it('honours explicit units and display unit', () => {
    const result = ratioFromSums({
      numerator: 90_000, denominator: 3800, numeratorUnit: 'tkr', denominatorUnit: 'tusen m³',
      targetNumeratorUnit: 'tkr', targetDenominatorUnit: 'tusen m³', unit: 'kr/m³',
    });
    expect(result).toMatchObject({ numerator: 90_000, denominator: 3800, unit: 'kr/m³' });
    expect(result.value).toBeCloseTo(23.684, 3);
  });

  it('defaults to a coverage of one computation', () => {
    expect(ratioFromSums({ numerator: null, denominator: 1, numeratorUnit: 'st', denominatorUnit: 'st' }).coverage).toEqual({ withData: 0, total: 1 });
  });
});

describe('periodChange', () => {
  it('gives absolute and relative change', () => {
    const change = periodChange(22_130, 26_347);
    expect(change.absolute).toBe(-4217);
    expect(change.relative).toBeCloseTo(-0.16, 2); // "cost falls 16 %" (DOMAIN.md 7.4 C)
    expect(change.reason).toBeNull();
  });

  it('is null-safe', () => {
    expect(periodChange(null, 5)).toEqual({ absolute: null, relative: null, reason: 'saknar_varde' });
    expect(periodChange(5, 0)).toEqual({ absolute: 5, relative: null, reason: 'division_med_noll' });
    expect(periodChange(-2, -4)).toEqual({ absolute: 2, relative: 0.5, reason: null });
  });
});

describe('perCapita', () => {
  it('normalises per invånare, per brukare and per 1000 invånare', () => {
    expect(perCapita(3250, 45_000, { amountUnit: 'mnkr' }).value).toBeCloseTo(72_222.22, 2);
    expect(perCapita(31_900, 151, { amountUnit: 'tkr', populationUnit: 'brukare' })).toMatchObject({ unit: 'kr/brukare' });
    const perThousand = perCapita(1350, 45_000, { per: 1000, amountUnit: 'orosanmälningar' });
    expect(perThousand.value).toBe(30);
    expect(perThousand.unit).toBe('orosanmälningar per 1000 invånare');
    expect(perCapita(100, 0)).toMatchObject({ value: null, reason: 'division_med_noll' });
  });
});

describe('property: arithmetic helpers never return NaN or Infinity', () => {
  it('for any finite, non-finite, zero or missing inputs', () => {
    const finiteOrNull = (x: number | null) => x === null || Number.isFinite(x);
    fc.assert(
      fc.property(anyNumberOrMissingArb, anyNumberOrMissingArb, (a, b) => {
        expect(finiteOrNull(safeDivide(a, b, 100).value)).toBe(true);
        const change = periodChange(a, b);
        expect(finiteOrNull(change.absolute) && finiteOrNull(change.relative)).toBe(true);
        const ratio = ratioFromSums({ numerator: a, denominator: b, numeratorUnit: 'mdkr', denominatorUnit: 'st' });
        expect(finiteOrNull(ratio.value) && finiteOrNull(ratio.numerator) && finiteOrNull(ratio.denominator)).toBe(true);
        expect(ratio.value === null).toBe(ratio.reason !== null);
        expect(finiteOrNull(perCapita(a, b, { per: 1000 }).value)).toBe(true);
      }),
    );
  });
});
