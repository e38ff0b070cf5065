import {
  aggregateIndicator, assessIndicatorForPeriod, assessTarget, buildOrgTree, comparePeriodKeys, computeRatio, createAggregationContext, LABEL_DELVIS_UPPFYLLT,
  LABEL_EJ_UPPFYLLT, LABEL_UPPFYLLT, perCapita, subtreeIds, type AggregationContext, type RatioDefinition,
} from '@resultatkedjan/domain';
import { seedDemoKommun } from '../src/seed/index.js';
import { inDemoKommun, loadDemoEngineInput, type DemoEngineInput } from './support/seed-demo.js';
import { startTestApp, type TestApp } from './support/test-app.js';

type Year = 2025 | 2026;
const round = (value: number | null, decimals: number) => (value === null ? null : Number(value.toFixed(decimals)));
const quartersOf = (year: Year) => [1, 2, 3, 4].map((q) => `${year}-Q${q}`);

/**
 * DOMAIN.md 7.5 and 7.6 recomputed with the pure engine over what the seed wrote: indicators, ratio definitions,
 * targets and values are read back from the database (keys as ids), never taken from the seed modules.
 */
describe('demo kommun Exempelstad: the 7.5 / 7.6 oracle over the seeded rows', () => {
  let app: TestApp;
  let input: DemoEngineInput;
  const contexts = new Map<string, AggregationContext>();

  /** A year is its year key plus its four quarters (annual values live on '2025', quarterly ones on '2025-Q1' …). */
  function context(periodKeys: string[]): AggregationContext {
    const key = periodKeys.join(',');
    if (!contexts.has(key)) contexts.set(key, createAggregationContext({ ...input, periodKeys }));
    return contexts.get(key)!;
  }
  const year = (y: Year) => context([String(y), ...quartersOf(y)]);
  function ratio(name: string): RatioDefinition {
    const definition = input.ratios.get(name);
    if (!definition) throw new Error(`no seeded ratio definition "${name}"`);
    return definition;
  }

  beforeAll(async () => {
    app = await startTestApp();
    await seedDemoKommun(app.database.ownerUrl);
    input = await loadDemoEngineInput(app);
  });
  afterAll(async () => app?.close());

  describe('7.5 ratios from the seeded ratio definitions', () => {
    const cases: [row: string, y: Year, node: string, definition: string, decimals: number, expected: number][] = [
      ['1 Norrskolan elever per lärartjänst', 2025, 'uf.gr.norr', 'BUN1: Elever per lärartjänst', 2, 11.84],
      ['2 Norrskolan kostnad per elev', 2025, 'uf.gr.norr', 'BUN1: Kostnad per elev', 0, 120_000],
      ['3 Norrskolan behöriga per mnkr', 2025, 'uf.gr.norr', 'BUN1: Behöriga elever per mnkr', 3, 0.778],
      ['4 Norrskolan kostnad per behörig avgångselev', 2025, 'uf.gr.norr', 'BUN1: Kostnad per behörig avgångselev', 0, 1_285_714],
      ['5 Centralskolan behöriga per mnkr', 2025, 'uf.gr.central', 'BUN1: Behöriga elever per mnkr', 3, 2.205],
      ['7 Grundskola elever per lärartjänst', 2025, 'uf.gr', 'BUN1: Elever per lärartjänst', 2, 12.09],
      ['8 Grundskola kostnad per elev', 2025, 'uf.gr', 'BUN1: Kostnad per elev', 0, 119_730],
      ['8 Grundskola kostnad per elev (unrounded)', 2025, 'uf.gr', 'BUN1: Kostnad per elev', 2, 119_729.55],
      ['10 Grundskola behöriga per mnkr', 2025, 'uf.gr', 'BUN1: Behöriga elever per mnkr', 4, 0.6985],
      ['11 Grundskola kostnad per behörig avgångselev', 2025, 'uf.gr', 'BUN1: Kostnad per behörig avgångselev', 0, 1_431_549],
      ['15 Hemtjänst Centrum kostnad per utförd timme', 2025, 'vof.ht.centrum', 'VON1: Kostnad per utförd timme', 2, 701.72],
      ['17 Hemtjänst Centrum utförda timmar per årsarbetare', 2025, 'vof.ht.centrum', 'VON1: Utförda timmar per årsarbetare', 2, 1082.38],
      ['18 Hemtjänst Centrum kostnad per brukare', 2025, 'vof.ht.centrum', 'VON1: Kostnad per brukare', 0, 211_258],
      ['19 Hemtjänst total kostnad per utförd timme', 2025, 'vof.ht', 'VON1: Kostnad per utförd timme', 2, 718.07],
      ['19 Hemtjänst total kostnad per utförd timme', 2026, 'vof.ht', 'VON1: Kostnad per utförd timme', 2, 715.23],
      ['20 Hemtjänst total utförd andel av beviljad tid', 2025, 'vof.ht', 'VON1: Utförd andel av beviljad tid', 2, 90.75],
      ['20 Hemtjänst total utförd andel av beviljad tid', 2026, 'vof.ht', 'VON1: Utförd andel av beviljad tid', 2, 91.25],
      ['22 IFO avslutade utredningar per årsarbetare', 2025, 'sof.bof', 'SN1: Avslutade utredningar per årsarbetare', 2, 19.32],
      ['22 IFO avslutade utredningar per årsarbetare', 2026, 'sof.bof', 'SN1: Avslutade utredningar per årsarbetare', 2, 20.76],
      ['23 IFO kostnad per avslutad utredning', 2025, 'sof.bof', 'SN1: Kostnad per avslutad utredning', 0, 53_226],
      ['23 IFO kostnad per avslutad utredning', 2026, 'sof.bof', 'SN1: Kostnad per avslutad utredning', 0, 43_735],
      ['24 IFO utredningar inom 4 mån per mnkr', 2025, 'sof.bof', 'SN1: Utredningar inom 4 månader per mnkr', 2, 15.68],
      ['24 IFO utredningar inom 4 mån per mnkr', 2026, 'sof.bof', 'SN1: Utredningar inom 4 månader per mnkr', 2, 20.88],
      ['25 IFO kostnad per utredning inom lagstadgad tid', 2025, 'sof.bof', 'SN1: Kostnad per utredning inom lagstadgad tid', 0, 63_794],
      ['25 IFO kostnad per utredning inom lagstadgad tid', 2026, 'sof.bof', 'SN1: Kostnad per utredning inom lagstadgad tid', 0, 47_900],
      ['26 Bygglov bruttokostnad per beslut', 2025, 'sbf.bygglov', 'SBN1: Bruttokostnad per beslut', 0, 15_690],
      ['26 Bygglov bruttokostnad per beslut', 2026, 'sbf.bygglov', 'SBN1: Bruttokostnad per beslut', 0, 16_160],
      ['27 Bygglov kostnad per beslut inom tid', 2025, 'sbf.bygglov', 'SBN1: Bruttokostnad per beslut inom lagstadgad tid', 0, 18_458],
      ['27 Bygglov kostnad per beslut inom tid', 2026, 'sbf.bygglov', 'SBN1: Bruttokostnad per beslut inom lagstadgad tid', 0, 17_414],
      ['28 Bibliotek kostnad per besök', 2025, 'kff.bibl', 'KFN1: Kostnad per besök', 2, 125.0],
      ['28 Bibliotek kostnad per besök', 2026, 'kff.bibl', 'KFN1: Kostnad per besök', 2, 125.25],
      ['29 Exempelstadshem förvaltningskostnad per lägenhet', 2025, 'hem', 'HEM2: Förvaltningskostnad per lägenhet', 0, 55_151],
      ['29 Exempelstadshem förvaltningskostnad per lägenhet', 2026, 'hem', 'HEM2: Förvaltningskostnad per lägenhet', 0, 56_230],
      ['30 Exempelstadshem felanmälningar inom 5 dagar', 2025, 'hem', 'HEM2: Felanmälningar åtgärdade inom 5 arbetsdagar', 2, 86.84],
      ['30 Exempelstadshem felanmälningar inom 5 dagar', 2026, 'hem', 'HEM2: Felanmälningar åtgärdade inom 5 arbetsdagar', 2, 90.06],
      ['31 Energi och Vatten rörelsekostnad per m³', 2025, 'ev', 'EV1: Rörelsekostnad per m³', 2, 23.68],
      ['31 Energi och Vatten rörelsekostnad per m³', 2026, 'ev', 'EV1: Rörelsekostnad per m³', 2, 24.48],
    ];

    it.each(cases)('row %s (%i)', (_row, y, node, name, decimals, expected) => {
      const result = computeRatio(year(y), ratio(name), node);
      expect(result.reason).toBeNull();
      expect(round(result.value, decimals)).toBe(expected);
    });

    it('row 2 divides 54 000 000 kr by 450 pupils, shown in kr/elev', () => {
      const result = computeRatio(year(2025), ratio('BUN1: Kostnad per elev'), 'uf.gr.norr');
      expect([result.numerator, result.denominator, result.unit]).toEqual([54_000_000, 450, 'kr/elev']);
    });

    it('row 6: Ekbackaskolan (F–6) behöriga per mnkr is null (saknar värde), not 0', () => {
      const result = computeRatio(year(2025), ratio('BUN1: Behöriga elever per mnkr'), 'uf.gr.ekbacka');
      expect(result.value).toBeNull();
      expect(result.reason).toBe('saknar_varde');
      expect(result.denominator).toBeCloseTo(55.2, 9);
    });

    it('row 16: Hemtjänst Centrum 25Q3 kostnad per utförd timme uses the quarter alone', () => {
      const result = computeRatio(context(['2025-Q3']), ratio('VON1: Kostnad per utförd timme'), 'vof.ht.centrum');
      expect([result.numerator, result.denominator]).toEqual([8_450_000, 11_480]);
      expect(round(result.value, 2)).toBe(736.06);
    });

    it('rows 12–13: Norrskolan + Söderskolan roll up as a ratio of sums, not a mean of ratios', () => {
      const pair = createAggregationContext({
        ...input,
        orgTree: [{ id: 'norr+soder', parentId: null }, { id: 'uf.gr.norr', parentId: 'norr+soder' }, { id: 'uf.gr.soder', parentId: 'norr+soder' }],
        values: input.values.filter((v) => v.orgNodeId === 'uf.gr.norr' || v.orgNodeId === 'uf.gr.soder'),
        periodKeys: ['2025', ...quartersOf(2025)],
      });
      const perTeacher = computeRatio(pair, ratio('BUN1: Elever per lärartjänst'), 'norr+soder');
      expect([perTeacher.numerator, perTeacher.denominator, round(perTeacher.value, 2)]).toEqual([1050, 86, 12.21]);
      const share = aggregateIndicator(pair, 'BUN1.K2', 'norr+soder');
      expect([share.numerator, share.denominator, round(share.value, 2)]).toEqual([101, 116, 87.07]);
    });
  });

  describe('7.5 rows computed by the seeded indicators themselves', () => {
    const cases: [row: string, y: Year, node: string, indicator: string, decimals: number, expected: number][] = [
      ['9 Grundskola andel behöriga', 2025, 'uf.gr', 'BUN1.K2', 2, 84.02],
      ['14 Norrskolan andel genomförd undervisning', 2025, 'uf.gr.norr', 'BUN1.A3', 2, 96.73],
      ['21 Hemtjänst personalkontinuitet (weighted by brukare)', 2025, 'vof.ht', 'VON1.K1', 2, 14.71],
      ['21 Hemtjänst personalkontinuitet (weighted by brukare)', 2026, 'vof.ht', 'VON1.K1', 2, 12.87],
      ['32 FM1 resultat i % av skatter och statsbidrag', 2025, 'kf', 'FM1.K2', 2, 1.8],
      ['32 FM1 resultat i % av skatter och statsbidrag', 2026, 'kf', 'FM1.K2', 2, 2.2],
      ['33 FM2 självfinansieringsgrad', 2025, 'kf', 'FM2.K2', 2, 85.0],
      ['33 FM2 självfinansieringsgrad', 2026, 'kf', 'FM2.K2', 2, 77.73],
    ];

    it.each(cases)('row %s (%i)', (_row, y, node, indicator, decimals, expected) => {
      const result = aggregateIndicator(year(y), indicator, node);
      expect(result.reason).toBeNull();
      expect(round(result.value, decimals)).toBe(expected);
    });

    it('row 21 sums value × brukare over all quarters and areas: 29 354 / 1 996', () => {
      const result = aggregateIndicator(year(2025), 'VON1.K1', 'vof.ht');
      expect(result.numerator).toBeCloseTo(29_354, 9);
      expect(result.denominator).toBeCloseTo(1996, 9);
      expect(result.coverage).toEqual({ withData: 3, total: 3 });
    });

    it('row 34: skatteintäkter per invånare 2025 from FM1.R1 and the seeded population', async () => {
      const [population] = await inDemoKommun(app, (m) => m.query(`SELECT inhabitants FROM tenant_population WHERE year = 2025`));
      const revenue = aggregateIndicator(year(2025), 'FM1.R1', 'kf');
      expect(round(perCapita(revenue.value!, population.inhabitants, { amountUnit: 'mnkr' }).value, 0)).toBe(72_222);
    });
  });

  describe('7.6 måluppfyllelse from seeded values, targets and directions', () => {
    const D = LABEL_DELVIS_UPPFYLLT;
    const E = LABEL_EJ_UPPFYLLT;
    const U = LABEL_UPPFYLLT;
    const rows: [goal: string, indicator: string, node: string, y2025: [number | null, string], y2026: [number | null, string]][] = [
      ['FM1', 'FM1.K2', 'kf', [0.9, E], [1.099, U]],
      ['FM2', 'FM2.K2', 'kf', [1.063, U], [0.972, D]],
      ['BUN1', 'BUN1.K2', 'bun', [0.977, D], [0.983, D]],
      ['VON1', 'VON1.K1', 'von', [0.952, D], [1.01, U]],
      ['SN1', 'SN1.K2', 'sn', [0.927, E], [0.961, D]],
      ['SBN1', 'SBN1.K2', 'sbn', [0.944, E], [1.009, U]],
      ['KFN1', 'KFN1.K1', 'kfn', [1.038, U], [1.048, U]],
      ['HEM1', 'HEM1.P1', 'hem', [1.0, U], [1.167, U]],
      ['HEM2', 'HEM2.K2', 'hem', [0.963, D], [1.0, U]],
      ['HEM2', 'HEM2.K3', 'hem', [null, E], [null, U]],
      ['HEM-F', 'HEM-F.K1', 'hem', [1.08, U], [1.12, U]],
      ['HEM-F', 'HEM-F.K2', 'hem', [0.95, D], [1.025, U]],
      ['EV1', 'EV1.K3', 'ev', [0.905, E], [1.071, U]],
      ['EV1', 'EV1.K2', 'ev', [0.945, E], [1.112, U]],
    ];

    /** The latest period in `y` with a value of the indicator (or of its numerator, for a rate). */
    function latestPeriod(indicatorKey: string, node: string, y: Year): string | undefined {
      const indicator = input.indicators.find((i) => i.id === indicatorKey)!;
      const measured = indicator.numeratorIndicatorId ?? indicatorKey;
      const nodes = new Set(subtreeIds(buildOrgTree(input.orgTree), node));
      const periods = input.values
        .filter((v) => v.indicatorId === measured && v.periodKey.startsWith(String(y)) && nodes.has(v.orgNodeId))
        .map((v) => v.periodKey);
      return periods.sort(comparePeriodKeys).at(-1);
    }

    it.each(rows)('%s %s', (goal, indicatorKey, node, ...expected) => {
      const indicator = input.indicators.find((i) => i.id === indicatorKey)!;
      expect(indicator.goal).toBe(goal);
      ([2025, 2026] as const).forEach((y, i) => {
        const value = aggregateIndicator(year(y), indicatorKey, node).value;
        const target = indicator.targets[String(y)] ?? null;
        const assessment = assessTarget({ value, target, direction: indicator.direction });
        const [attainment, label] = expected[i]!;
        expect([round(assessment.attainment, 3), assessment.label]).toEqual([attainment, label]);
        // The period-key convention keeps every value fresh for the year it is judged in.
        const forYear = assessIndicatorForPeriod({
          value, target, direction: indicator.direction, valuePeriodKey: latestPeriod(indicatorKey, node, y), judgedPeriodKey: String(y), periodicity: 'ar',
        });
        expect(forYear.label).toBe(label);
      });
    });
  });

  it('every seeded ratio definition computes without error for its goal owner in both years', async () => {
    const owners: { key: string; owner: string }[] = await inDemoKommun(app, (m) =>
      m.query(`SELECT g.key, o.key AS owner FROM goal g JOIN org_node o ON o.id = g.owner_node_id`),
    );
    const ownerOf = new Map(owners.map((o) => [o.key, o.owner]));
    expect(input.ratios.size).toBe(20);
    for (const [name, definition] of input.ratios) {
      for (const y of [2025, 2026] as const) {
        const result = computeRatio(year(y), definition, ownerOf.get(name.split(':')[0]!)!);
        expect({ name, y, reason: result.reason }).toEqual({ name, y, reason: null });
        expect(Number.isFinite(result.value)).toBe(true);
      }
    }
  });
});
