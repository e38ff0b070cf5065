// DOMAIN.md 7.4: the "yr" columns are the year values after time aggregation; this checks them per chain.
import { aggregateIndicator } from './aggregate-indicator.js';
import { createAggregationContext, type AggregationContext } from './aggregation-context.js';
import { demoInput, demoYear } from '../test-support/demo/index.js';
import { roundTo } from '../test-support/round.js';

const years: Record<2025 | 2026, AggregationContext> = { 2025: demoYear(2025), 2026: demoYear(2026) };

type Row = readonly [indicatorId: string, node: string, decimals: number, yr2025: number, yr2026: number];

const rows: readonly Row[] = [
  // A. Norrskolan
  ['BUN1.R1', 'uf.gr.norr', 0, 54_000, 56_000],
  ['BUN1.R2', 'uf.gr.norr', 1, 38.0, 38.5],
  ['BUN1.B1', 'uf.gr.norr', 0, 450, 460],
  ['BUN1.A1', 'uf.gr.norr', 0, 22_200, 22_200],
  ['BUN1.A2', 'uf.gr.norr', 0, 21_474, 21_714],
  ['BUN1.A3', 'uf.gr.norr', 2, 96.73, 97.81],
  ['BUN1.P1', 'uf.gr.norr', 0, 50, 48],
  ['BUN1.K1', 'uf.gr.norr', 0, 42, 42],
  ['BUN1.K2', 'uf.gr.norr', 1, 84.0, 87.5],
  ['BUN1.K3', 'uf.gr.norr', 2, 82.11, 84.95],
  // A. grundskola totals (annual table)
  ['gr.elever', 'uf.gr', 0, 4400, 4450],
  ['gr.lararårsarbetare', 'uf.gr', 1, 364.0, 367.0],
  ['gr.nettokostnad', 'uf.gr', 2, 526.81, 545.73],
  ['gr.avgangna', 'uf.gr', 0, 438, 436],
  ['gr.behoriga', 'uf.gr', 0, 368, 377],
  // B. Hemtjänst (per area and total)
  ['VON1.B1', 'vof.ht.centrum', 1, 151.0, 159.0],
  ['VON1.B2', 'vof.ht.centrum', 0, 50_700, 53_100],
  ['VON1.R1', 'vof.ht.centrum', 0, 31_900, 33_000],
  ['VON1.R2', 'vof.ht.centrum', 3, 42.0, 42.625],
  ['VON1.P1', 'vof.ht.centrum', 0, 45_460, 48_320],
  ['VON1.K3', 'vof.ht.centrum', 0, 86, 90],
  ['VON1.B1', 'vof.ht.vaster', 1, 179.0, 185.0],
  ['VON1.R2', 'vof.ht.vaster', 3, 50.0, 50.875],
  ['VON1.P1', 'vof.ht.vaster', 0, 54_630, 57_070],
  ['VON1.B1', 'vof.ht.norr', 1, 169.0, 175.0],
  ['VON1.R1', 'vof.ht.norr', 0, 38_750, 40_850],
  ['VON1.R2', 'vof.ht.norr', 1, 48.0, 49.0],
  ['VON1.B2', 'vof.ht', 0, 166_200, 173_900],
  ['VON1.P1', 'vof.ht', 0, 150_820, 158_690],
  // C. IFO
  ['SN1.B1', 'sof.bof', 0, 1350, 1400],
  ['SN1.R1', 'sof.bof', 0, 26_347, 22_130],
  ['SN1.R2', 'sof.bof', 3, 20.875, 23.375],
  ['SN1.R3', 'sof.bof', 2, 4.75, 1.0],
  ['SN1.R4', 'sof.bof', 0, 18, 13],
  ['SN1.A1', 'sof.bof', 0, 1208, 1321],
  ['SN1.A2', 'sof.bof', 2, 89.48, 94.36],
  ['SN1.A3', 'sof.bof', 0, 505, 508],
  ['SN1.P1', 'sof.bof', 0, 495, 506],
  ['SN1.K1', 'sof.bof', 0, 413, 462],
  ['SN1.K2', 'sof.bof', 2, 83.43, 91.3],
  ['SN1.K3', 'sof.bof', 0, 78, 81],
  // D. Bygglov
  ['SBN1.B1', 'sbf.bygglov', 0, 600, 630],
  ['SBN1.R1', 'sbf.bygglov', 0, 9100, 10_100],
  ['SBN1.R2', 'sbf.bygglov', 0, 6300, 6950],
  ['SBN1.R3', 'sbf.bygglov', 3, 6.875, 8.0],
  ['SBN1.P1', 'sbf.bygglov', 0, 580, 625],
  ['SBN1.K1', 'sbf.bygglov', 0, 493, 580],
  ['SBN1.K2', 'sbf.bygglov', 2, 85.0, 92.8],
  ['SBN1.K3', 'sbf.bygglov', 0, 68, 72],
  // E. Bibliotek
  ['KFN1.R1', 'kff.bibl', 0, 24_000, 24_800],
  ['KFN1.R2', 'kff.bibl', 1, 16.0, 16.5],
  ['KFN1.A1', 'kff.bibl', 0, 165, 200],
  ['KFN1.P1', 'kff.bibl', 0, 192_000, 198_000],
  ['KFN1.P2', 'kff.bibl', 0, 80_000, 86_000],
  // F. Exempelstadshem
  ['HEM.R1', 'hem', 0, 212_000, 220_000],
  ['HEM.R2', 'hem', 0, 95, 96],
  ['HEM.A1', 'hem', 0, 143, 162],
  ['HEM.A2', 'hem', 0, 15_200, 15_600],
  ['HEM.A3', 'hem', 0, 13_200, 14_049],
  ['HEM1.P1', 'hem', 0, 60, 70],
  ['HEM.P2', 'hem', 0, 3880, 3950],
  ['HEM2.K1', 'hem', 2, 98.65, 99.08],
  ['HEM2.K2', 'hem', 0, 77, 80],
  ['HEM2.K3', 'hem', 0, 1, 0],
  // G. Energi och Vatten
  ['EV1.R1', 'ev', 0, 90_000, 94_000],
  ['EV1.A1', 'ev', 1, 3.8, 4.5],
  ['EV1.P1', 'ev', 0, 3800, 3840],
  ['EV1.K1', 'ev', 0, 40, 34],
];

describe('DOMAIN.md 7.4 "yr" columns (time aggregation SUM / AVG / LAST / ANNUAL / RATIO)', () => {
  it.each(rows)('%s at %s', (indicatorId, node, decimals, yr2025, yr2026) => {
    expect(roundTo(aggregateIndicator(years[2025], indicatorId, node).value, decimals)).toBe(yr2025);
    expect(roundTo(aggregateIndicator(years[2026], indicatorId, node).value, decimals)).toBe(yr2026);
  });

  it.each([
    ['2025-Q1', 97.0, 88.0],
    ['2025-Q2', 96.5, 90.9],
    ['2025-Q3', 98.0, 85.2],
    ['2025-Q4', 96.0, 92.9],
  ] as const)('per-quarter ratios use the quarter’s own sums (%s)', (quarter, norrskolanA3, ifoA2) => {
    const context = createAggregationContext(demoInput([quarter]));
    expect(roundTo(aggregateIndicator(context, 'BUN1.A3', 'uf.gr.norr').value, 1)).toBe(norrskolanA3);
    expect(roundTo(aggregateIndicator(context, 'SN1.A2', 'sof.bof').value, 1)).toBe(ifoA2);
  });

  it('NONE indicators cannot be rolled up: Norr’s satisfaction exists, hemtjänst total is ej_aggregerbar', () => {
    expect(aggregateIndicator(years[2025], 'VON1.K3', 'vof.ht.norr').value).toBe(91);
    const total = aggregateIndicator(years[2025], 'VON1.K3', 'vof.ht');
    expect(total.value).toBeNull();
    expect(total.reason).toBe('ej_aggregerbar');
  });
});
