import { convertUnit, isMoneyUnit, ratioUnitName, toBaseScale, unitScale } from './units.js';

describe('units', () => {
  it('scales money to kr and "tusen" units to their base', () => {
    expect(toBaseScale(54_000, 'tkr')).toEqual({ value: 54_000_000, unit: 'kr' });
    expect(toBaseScale(54, 'mnkr')).toEqual({ value: 54_000_000, unit: 'kr' });
    expect(toBaseScale(3.25, 'mdkr')).toEqual({ value: 3_250_000_000, unit: 'kr' });
    expect(toBaseScale(3800, 'tusen m³')).toEqual({ value: 3_800_000, unit: 'm³' });
    expect(toBaseScale(450, 'elev')).toEqual({ value: 450, unit: 'elev' });
    expect(unitScale('kr')).toEqual({ baseUnit: 'kr', factor: 1 });
  });

  it('converts between units of the same base and refuses others', () => {
    expect(convertUnit(54_000, 'tkr', 'mnkr')).toBe(54);
    expect(convertUnit(26_347, 'tkr', 'mnkr')).toBeCloseTo(26.347, 12);
    expect(convertUnit(1, 'mnkr', 'tkr')).toBe(1000);
    expect(() => convertUnit(1, 'tkr', 'st')).toThrow(/tkr till st/);
  });

  it('recognises money units only', () => {
    expect(['kr', 'tkr', 'mnkr', 'mdkr'].every(isMoneyUnit)).toBe(true);
    expect(isMoneyUnit('st')).toBe(false);
    expect(isMoneyUnit('toString')).toBe(false);
  });

  it('names ratio units', () => {
    expect(ratioUnitName('kr', 'elev')).toBe('kr/elev');
    expect(ratioUnitName('st', 'mnkr')).toBe('st per mnkr');
    expect(ratioUnitName('st', 'st', 100)).toBe('%');
    expect(ratioUnitName('lån', 'invånare', 1000)).toBe('lån per 1000 invånare');
  });
});
