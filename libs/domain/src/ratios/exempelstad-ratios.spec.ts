// DOMAIN.md 7.5: every expected computed value, from the 7.4 tables, asserted rounded to the decimals shown.
import { aggregateIndicator } from '../aggregation/aggregate-indicator.js';
import { createAggregationContext, type AggregationContext } from '../aggregation/aggregation-context.js';
import { perCapita } from '../numbers/per-capita.js';
import { demoInput, demoYear, EXEMPELSTAD_ORG, GRUNDSKOLA_ANNUAL_INDICATORS, GRUNDSKOLA_ANNUAL_VALUES } from '../test-support/demo/index.js';
import { roundTo } from '../test-support/round.js';
import { computeRatio } from './compute-ratio.js';
import type { RatioDefinition } from './ratio-definition.js';

const contexts = new Map<string, AggregationContext>();
function yearContext(year: 2025 | 2026): AggregationContext {
  const key = String(year);
  if (!contexts.has(key)) contexts.set(key, demoYear(year));
  return contexts.get(key)!;
}

const elevPerLarare: RatioDefinition = { kind: 'produktivitet', numeratorIndicatorId: 'gr.elever', denominatorIndicatorId: 'gr.lararårsarbetare' };
const kostnadPerElev: RatioDefinition = { kind: 'kostnad_per_prestation', numeratorIndicatorId: 'gr.nettokostnad', denominatorIndicatorId: 'gr.elever' };
const behorigaPerMnkr: RatioDefinition = { kind: 'effektivitet', numeratorIndicatorId: 'gr.behoriga', denominatorIndicatorId: 'gr.nettokostnad' };
const kostnadPerBehorig: RatioDefinition = { kind: 'kostnad_per_resultat', numeratorIndicatorId: 'gr.nettokostnad', denominatorIndicatorId: 'gr.behoriga' };
const andelBehoriga: RatioDefinition = { kind: 'kvot', numeratorIndicatorId: 'gr.behoriga', denominatorIndicatorId: 'gr.avgangna', scale: 100 };
const hemtjanstKostnadPerTimme: RatioDefinition = { kind: 'kostnad_per_prestation', numeratorIndicatorId: 'VON1.R1', denominatorIndicatorId: 'VON1.P1' };

interface Case {
  readonly row: string;
  readonly year: 2025 | 2026;
  readonly node: string;
  readonly definition: RatioDefinition;
  readonly decimals: number;
  readonly expected: number;
  readonly unit?: string;
  readonly numerator?: number;
  readonly denominator?: number;
}

const cases: readonly Case[] = [
  { row: '1 Norrskolan elever per lärartjänst', year: 2025, node: 'uf.gr.norr', definition: elevPerLarare, decimals: 2, expected: 11.84, unit: 'elev/åa' },
  { row: '2 Norrskolan kostnad per elev', year: 2025, node: 'uf.gr.norr', definition: kostnadPerElev, decimals: 0, expected: 120000, unit: 'kr/elev', numerator: 54_000_000, denominator: 450 },
  { row: '3 Norrskolan behöriga per mnkr', year: 2025, node: 'uf.gr.norr', definition: behorigaPerMnkr, decimals: 3, expected: 0.778, unit: 'st per mnkr', numerator: 42, denominator: 54 },
  { row: '4 Norrskolan kostnad per behörig avgångselev', year: 2025, node: 'uf.gr.norr', definition: kostnadPerBehorig, decimals: 0, expected: 1_285_714 },
  { row: '5 Centralskolan behöriga per mnkr', year: 2025, node: 'uf.gr.central', definition: behorigaPerMnkr, decimals: 3, expected: 2.205 },
  { row: '7 Grundskola elever per lärartjänst', year: 2025, node: 'uf.gr', definition: elevPerLarare, decimals: 2, expected: 12.09, numerator: 4400, denominator: 364 },
  { row: '8 Grundskola kostnad per elev', year: 2025, node: 'uf.gr', definition: kostnadPerElev, decimals: 0, expected: 119_730 },
  { row: '8 (unrounded) Grundskola kostnad per elev', year: 2025, node: 'uf.gr', definition: kostnadPerElev, decimals: 2, expected: 119_729.55 },
  { row: '9 Grundskola andel behöriga', year: 2025, node: 'uf.gr', definition: andelBehoriga, decimals: 2, expected: 84.02, unit: '%', numerator: 368, denominator: 438 },
  { row: '10 Grundskola behöriga per mnkr', year: 2025, node: 'uf.gr', definition: behorigaPerMnkr, decimals: 4, expected: 0.6985 },
  { row: '11 Grundskola kostnad per behörig avgångselev', year: 2025, node: 'uf.gr', definition: kostnadPerBehorig, decimals: 0, expected: 1_431_549 },
  { row: '15 Hemtjänst Centrum kostnad per utförd timme', year: 2025, node: 'vof.ht.centrum', definition: hemtjanstKostnadPerTimme, decimals: 2, expected: 701.72, unit: 'kr/h', numerator: 31_900_000, denominator: 45_460 },
  {
    row: '17 Hemtjänst Centrum utförda timmar per årsarbetare (average FTE)', year: 2025, node: 'vof.ht.centrum', decimals: 2, expected: 1082.38, denominator: 42,
    definition: { kind: 'produktivitet', numeratorIndicatorId: 'VON1.P1', denominatorIndicatorId: 'VON1.R2' },
  },
  {
    row: '18 Hemtjänst Centrum kostnad per brukare (average of quarter-ends)', year: 2025, node: 'vof.ht.centrum', decimals: 0, expected: 211_258, denominator: 151,
    definition: { kind: 'kvot', numeratorIndicatorId: 'VON1.R1', denominatorIndicatorId: 'VON1.B1' },
  },
  { row: '19 Hemtjänst total kostnad per utförd timme 2025', year: 2025, node: 'vof.ht', definition: hemtjanstKostnadPerTimme, decimals: 2, expected: 718.07, numerator: 108_300_000, denominator: 150_820 },
  { row: '19 Hemtjänst total kostnad per utförd timme 2026', year: 2026, node: 'vof.ht', definition: hemtjanstKostnadPerTimme, decimals: 2, expected: 715.23, numerator: 113_500_000, denominator: 158_690 },
  ...([[2025, 90.75], [2026, 91.25]] as const).map(([year, expected]): Case => ({
    row: `20 Hemtjänst total utförd andel av beviljad tid ${year}`, year, node: 'vof.ht', decimals: 2, expected,
    definition: { kind: 'kvot', numeratorIndicatorId: 'VON1.P1', denominatorIndicatorId: 'VON1.B2', scale: 100 },
  })),
  ...([[2025, 19.32, 25.625], [2026, 20.76, 24.375]] as const).map(([year, expected, denominator]): Case => ({
    row: `22 IFO avslutade utredningar per årsarbetare (egna + konsulter) ${year}`, year, node: 'sof.bof', decimals: 2, expected, denominator,
    definition: { kind: 'produktivitet', numeratorIndicatorId: 'SN1.P1', denominatorIndicatorId: ['SN1.R2', 'SN1.R3'] },
  })),
  ...([[2025, 53_226], [2026, 43_735]] as const).map(([year, expected]): Case => ({
    row: `23 IFO kostnad per avslutad utredning ${year}`, year, node: 'sof.bof', decimals: 0, expected,
    definition: { kind: 'kostnad_per_prestation', numeratorIndicatorId: 'SN1.R1', denominatorIndicatorId: 'SN1.P1' },
  })),
  ...([[2025, 15.68], [2026, 20.88]] as const).map(([year, expected]): Case => ({
    row: `24 IFO utredningar inom 4 mån per mnkr ${year}`, year, node: 'sof.bof', decimals: 2, expected, unit: 'st per mnkr',
    definition: { kind: 'effektivitet', numeratorIndicatorId: 'SN1.K1', denominatorIndicatorId: 'SN1.R1' },
  })),
  ...([[2025, 63_794], [2026, 47_900]] as const).map(([year, expected]): Case => ({
    row: `25 IFO kostnad per utredning inom lagstadgad tid ${year}`, year, node: 'sof.bof', decimals: 0, expected,
    definition: { kind: 'kostnad_per_resultat', numeratorIndicatorId: 'SN1.R1', denominatorIndicatorId: 'SN1.K1' },
  })),
  ...([[2025, 15_690], [2026, 16_160]] as const).map(([year, expected]): Case => ({
    row: `26 Bygglov bruttokostnad per beslut ${year}`, year, node: 'sbf.bygglov', decimals: 0, expected, unit: 'kr/beslut',
    definition: { kind: 'kostnad_per_prestation', numeratorIndicatorId: 'SBN1.R1', denominatorIndicatorId: 'SBN1.P1' },
  })),
  ...([[2025, 18_458], [2026, 17_414]] as const).map(([year, expected]): Case => ({
    row: `27 Bygglov kostnad per beslut inom tid ${year}`, year, node: 'sbf.bygglov', decimals: 0, expected,
    definition: { kind: 'kostnad_per_resultat', numeratorIndicatorId: 'SBN1.R1', denominatorIndicatorId: 'SBN1.K1' },
  })),
  ...([[2025, 125.0], [2026, 125.25]] as const).map(([year, expected]): Case => ({
    row: `28 Bibliotek kostnad per besök ${year}`, year, node: 'kff.bibl', decimals: 2, expected,
    definition: { kind: 'kostnad_per_prestation', numeratorIndicatorId: 'KFN1.R1', denominatorIndicatorId: 'KFN1.P1' },
  })),
  ...([[2025, 55_151, 3844], [2026, 56_230, 3912.5]] as const).map(([year, expected, denominator]): Case => ({
    row: `29 Exempelstadshem förvaltningskostnad per lägenhet (average of quarter-ends) ${year}`, year, node: 'hem', decimals: 0, expected, denominator,
    definition: { kind: 'kostnad_per_prestation', numeratorIndicatorId: 'HEM.R1', denominatorIndicatorId: 'HEM.P2', denominatorTimeAggregation: 'AVG' },
  })),
  ...([[2025, 86.84], [2026, 90.06]] as const).map(([year, expected]): Case => ({
    row: `30 Exempelstadshem felanmälningar inom 5 dagar ${year}`, year, node: 'hem', decimals: 2, expected,
    definition: { kind: 'kvot', numeratorIndicatorId: 'HEM.A3', denominatorIndicatorId: 'HEM.A2', scale: 100 },
  })),
  ...([[2025, 23.68], [2026, 24.48]] as const).map(([year, expected]): Case => ({
    row: `31 Energi och Vatten rörelsekostnad per m³ ${year}`, year, node: 'ev', decimals: 2, expected, unit: 'kr/m³',
    definition: { kind: 'kostnad_per_prestation', numeratorIndicatorId: 'EV1.R1', denominatorIndicatorId: 'EV1.P1' },
  })),
  ...([[2025, 1.8, 58.5, 3250], [2026, 2.2, 74.1, 3370]] as const).map(([year, expected, numerator, denominator]): Case => ({
    row: `32 FM1 resultat i % av skatter och generella statsbidrag ${year}`, year, node: 'kf', decimals: 2, expected, numerator, denominator, unit: '%',
    definition: { kind: 'kvot', numeratorIndicatorId: 'KF.resultat', denominatorIndicatorId: 'KF.skatteintakter', scale: 100, numeratorUnit: 'mnkr', denominatorUnit: 'mnkr' },
  })),
  ...([[2025, 85.0, 178.5, 210], [2026, 77.73, 202.1, 260]] as const).map(([year, expected, numerator, denominator]): Case => ({
    row: `33 FM2 självfinansieringsgrad ${year}`, year, node: 'kf', decimals: 2, expected, numerator, denominator,
    definition: {
      kind: 'kvot', numeratorIndicatorId: ['KF.resultat', 'KF.avskrivningar'], denominatorIndicatorId: 'KF.investeringar',
      scale: 100, numeratorUnit: 'mnkr', denominatorUnit: 'mnkr',
    },
  })),
  {
    row: '34 Per invånare 2025: skatteintäkter och generella statsbidrag', year: 2025, node: 'kf', decimals: 0, expected: 72_222, unit: 'kr/invånare',
    definition: { kind: 'kvot', numeratorIndicatorId: 'KF.skatteintakter', denominatorIndicatorId: 'KF.invanare' },
  },
];

describe('DOMAIN.md 7.5 expected computed values', () => {
  it.each(cases)('row $row', ({ year, node, definition, decimals, expected, unit, numerator, denominator }) => {
    const result = computeRatio(yearContext(year), definition, node);
    expect(result.reason).toBeNull();
    expect(roundTo(result.value, decimals)).toBe(expected);
    if (unit !== undefined) expect(result.unit).toBe(unit);
    if (numerator !== undefined) expect(result.numerator).toBeCloseTo(numerator, 6);
    if (denominator !== undefined) expect(result.denominator).toBeCloseTo(denominator, 6);
  });

  it('row 6: Ekbackaskolan (F–6) behöriga per mnkr is null with saknar_varde, not 0 or NaN', () => {
    const result = computeRatio(yearContext(2025), behorigaPerMnkr, 'uf.gr.ekbacka');
    expect(result.value).toBeNull();
    expect(result.reason).toBe('saknar_varde');
    expect(result.denominator).toBeCloseTo(55.2, 10);
    expect(result.numerator).toBeNull();
  });

  it('rule 3: at grundskola level the ratio includes the F–6 schools’ costs (10 cost reporters, all complete)', () => {
    const result = computeRatio(yearContext(2025), behorigaPerMnkr, 'uf.gr');
    expect(result.denominator).toBeCloseTo(526.81, 9);
    expect(result.coverage).toEqual({ withData: 10, total: 10 });
  });

  describe('rows 12–13: roll-up of Norrskolan + Söderskolan is a ratio of sums', () => {
    const pair = createAggregationContext({
      values: GRUNDSKOLA_ANNUAL_VALUES,
      orgTree: [
        { id: 'norr+soder', parentId: null },
        { id: 'uf.gr.norr', parentId: 'norr+soder' },
        { id: 'uf.gr.soder', parentId: 'norr+soder' },
      ],
      periodKeys: ['2025'],
      indicators: GRUNDSKOLA_ANNUAL_INDICATORS,
    });

    it('row 12: elever per lärartjänst 1 050 / 86.0 = 12.21, not the mean of ratios 12.17', () => {
      const result = computeRatio(pair, elevPerLarare, 'norr+soder');
      expect(result.numerator).toBe(1050);
      expect(result.denominator).toBe(86);
      expect(roundTo(result.value, 2)).toBe(12.21);
      const meanOfRatios = (450 / 38 + 600 / 48) / 2;
      expect(roundTo(meanOfRatios, 2)).toBe(12.17);
      expect(roundTo(result.value, 2)).not.toBe(roundTo(meanOfRatios, 2));
    });

    it('row 13: andel behöriga 101 / 116 = 87.07 %, not the mean of ratios 86.70 %', () => {
      const result = aggregateIndicator(pair, 'gr.andelBehoriga', 'norr+soder');
      expect([result.numerator, result.denominator]).toEqual([101, 116]);
      expect(roundTo(result.value, 2)).toBe(87.07);
      const meanOfRatios = ((42 / 50) * 100 + (59 / 66) * 100) / 2;
      expect(roundTo(meanOfRatios, 2)).toBe(86.7);
      expect(roundTo(result.value, 2)).not.toBe(roundTo(meanOfRatios, 2));
    });
  });

  it('row 14: Norrskolan 2025 andel genomförd undervisning 21 474 / 22 200 = 96.73 %', () => {
    const result = aggregateIndicator(yearContext(2025), 'BUN1.A3', 'uf.gr.norr');
    expect([result.numerator, result.denominator]).toEqual([21474, 22200]);
    expect(roundTo(result.value, 2)).toBe(96.73);
    expect(result.unit).toBe('%');
  });

  it('row 16: Hemtjänst Centrum 25Q3 kostnad per utförd timme uses the quarter alone', () => {
    const q3 = createAggregationContext(demoInput(['2025-Q3']));
    const result = computeRatio(q3, hemtjanstKostnadPerTimme, 'vof.ht.centrum');
    expect([result.numerator, result.denominator]).toEqual([8_450_000, 11_480]);
    expect(roundTo(result.value, 2)).toBe(736.06);
  });

  it.each([
    [2025, 14.71, 29_354, 1_996],
    [2026, 12.87, 26_712, 2_076],
  ] as const)('row 21: hemtjänst personalkontinuitet %i weighted by brukare over all quarters and areas', (year, expected, sumVW, sumW) => {
    const result = aggregateIndicator(yearContext(year), 'VON1.K1', 'vof.ht');
    expect(result.numerator).toBeCloseTo(sumVW, 9);
    expect(result.denominator).toBeCloseTo(sumW, 9);
    expect(roundTo(result.value, 2)).toBe(expected);
    expect(result.coverage).toEqual({ withData: 3, total: 3 });
  });

  it('row 34 via perCapita: 3 250 mnkr over 45 000 invånare → 72 222 kr', () => {
    const result = perCapita(3250, 45_000, { amountUnit: 'mnkr' });
    expect(result.numerator).toBe(3_250_000_000);
    expect(roundTo(result.value, 0)).toBe(72_222);
    expect(result.unit).toBe('kr/invånare');
  });

  it('the grundskola totals are the same from the quarterly seed (FTE averaged, cost split summed)', () => {
    const context = yearContext(2025);
    const quarterly = computeRatio(context, { kind: 'produktivitet', numeratorIndicatorId: 'BUN1.B1', denominatorIndicatorId: 'BUN1.R2' }, 'uf.gr');
    expect(roundTo(quarterly.value, 2)).toBe(12.09);
    const cost = computeRatio(context, { kind: 'kostnad_per_prestation', numeratorIndicatorId: 'BUN1.R1', denominatorIndicatorId: 'BUN1.B1' }, 'uf.gr');
    expect(roundTo(cost.value, 0)).toBe(119_730);
    const share = aggregateIndicator(context, 'BUN1.K2', 'uf.gr');
    expect(roundTo(share.value, 2)).toBe(84.02);
    expect(share.coverage).toEqual({ withData: 4, total: 4 });
  });

  it('uses the org tree from DOMAIN.md 7.2 (kommun level includes every nämnd and bolag)', () => {
    expect(EXEMPELSTAD_ORG).toHaveLength(34);
    const result = computeRatio(yearContext(2025), hemtjanstKostnadPerTimme, 'kf');
    expect(roundTo(result.value, 2)).toBe(718.07);
  });
});
