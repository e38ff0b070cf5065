import type { ChainSeed, ValueSeed } from './types.js';
import { clean, quarters, type Quarters } from './value-builders.js';

/** DOMAIN.md 7.4 A, per school and year: [pupils, FTE, net cost mnkr, åk 9 leavers, behöriga]; F–6 has no leavers. */
type SchoolYear = readonly [number, number, number, number | null, number | null];
export const SCHOOL_TABLE: Record<string, Record<2025 | 2026, SchoolYear>> = {
  'uf.gr.norr': { 2025: [450, 38.0, 54.0, 50, 42], 2026: [460, 38.5, 56.0, 48, 42] },
  'uf.gr.soder': { 2025: [600, 48.0, 69.6, 66, 59], 2026: [610, 49.0, 72.0, 64, 58] },
  'uf.gr.central': { 2025: [540, 46.0, 68.04, 182, 150], 2026: [530, 45.0, 68.9, 178, 152] },
  'uf.gr.vaster': { 2025: [420, 36.0, 52.5, 140, 117], 2026: [440, 37.0, 56.1, 146, 125] },
  'uf.gr.ekbacka': { 2025: [480, 38.0, 55.2, null, null], 2026: [490, 38.5, 57.82, null, null] },
  'uf.gr.lind': { 2025: [440, 36.0, 51.92, null, null], 2026: [440, 36.0, 53.24, null, null] },
  'uf.gr.bjork': { 2025: [400, 33.0, 47.2, null, null], 2026: [395, 33.0, 48.19, null, null] },
  'uf.gr.strand': { 2025: [520, 42.0, 59.8, null, null], 2026: [535, 43.0, 63.13, null, null] },
  'uf.gr.asby': { 2025: [150, 14.0, 21.75, null, null], 2026: [145, 14.0, 21.75, null, null] },
  'uf.gr.kvarn': { 2025: [400, 33.0, 46.8, null, null], 2026: [405, 33.0, 48.6, null, null] },
};

/** Quarterly share of the annual net cost (DOMAIN.md 7.4 A). */
const COST_SPLIT = [0.255, 0.255, 0.22, 0.27] as const;
const N = null;

/** Norrskolan's own quarterly report (the demo enhetschef). */
const NORRSKOLAN: ValueSeed[] = [
  ...quarters('BUN1.R1', 'uf.gr.norr', [13_770, 13_770, 11_880, 14_580], [14_280, 14_280, 12_320, 15_120]),
  ...quarters('BUN1.R2', 'uf.gr.norr', [37.5, 38.0, 38.5, 38.0], [38.0, 38.5, 39.0, 38.5]),
  ...quarters('BUN1.B1', 'uf.gr.norr', [N, N, N, 450], [N, N, N, 460]),
  ...quarters('BUN1.A1', 'uf.gr.norr', [6000, 6000, 3600, 6600], [6000, 6000, 3600, 6600]),
  ...quarters('BUN1.A2', 'uf.gr.norr', [5820, 5790, 3528, 6336], [5850, 5850, 3546, 6468]),
  ...quarters('BUN1.P1', 'uf.gr.norr', [N, 50, N, N], [N, 48, N, N]),
  ...quarters('BUN1.K1', 'uf.gr.norr', [N, 42, N, N], [N, 42, N, N]),
  ...quarters('BUN1.K3.trygga', 'uf.gr.norr', [78, N, N, N], [79, N, N, N]),
  ...quarters('BUN1.K3.svarande', 'uf.gr.norr', [95, N, N, N], [93, N, N, N]),
];

/**
 * The other nine schools, seeded from the annual table as DOMAIN.md prescribes: cost split 25.5/25.5/22/27 %, FTE
 * equal to the annual value every quarter, pupils (15 Oct) in Q4, leavers and behöriga (läsår ending June) in Q2.
 */
function otherSchool(school: string): ValueSeed[] {
  const [p25, fte25, cost25, leavers25, qualified25] = SCHOOL_TABLE[school]![2025];
  const [p26, fte26, cost26, leavers26, qualified26] = SCHOOL_TABLE[school]![2026];
  const split = (mnkr: number): Quarters => {
    const [q1, q2, q3, q4] = COST_SPLIT.map((share) => clean(mnkr * 1000 * share));
    return [q1!, q2!, q3!, q4!];
  };
  return [
    ...quarters('BUN1.R1', school, split(cost25), split(cost26)),
    ...quarters('BUN1.R2', school, [fte25, fte25, fte25, fte25], [fte26, fte26, fte26, fte26]),
    ...quarters('BUN1.B1', school, [N, N, N, p25], [N, N, N, p26]),
    ...quarters('BUN1.P1', school, [N, leavers25, N, N], [N, leavers26, N, N]),
    ...quarters('BUN1.K1', school, [N, qualified25, N, N], [N, qualified26, N, N]),
  ];
}

export const CHAIN_A_GRUNDSKOLA: ChainSeed = {
  goal: 'BUN1',
  elements: {
    behov: 'Elever i grundskolan',
    resurs: 'Lärare och nettokostnad',
    aktivitet: 'Genomförd undervisning',
    prestation: 'Elever som avslutat årskurs 9',
    resultat: 'Behörighet och trygghet',
  },
  indicators: [
    {
      key: 'BUN1.B1', name: 'Elever (15 oktober)', link: 'behov', unit: 'st', direction: 'neutral',
      orgAggregation: 'SUM', timeAggregation: 'ANNUAL', periodicity: 'ar', targeted: false,
      purpose: 'Elevantalet styr resursfördelningen och är nämnare i kostnad per elev; används av förvaltningen och rektorerna vid budget och planering.',
    },
    {
      key: 'BUN1.R1', name: 'Nettokostnad', link: 'resurs', unit: 'tkr', direction: 'lower',
      orgAggregation: 'SUM', timeAggregation: 'SUM', periodicity: 'kvartal', targeted: false,
      purpose: 'Visar vad undervisningen kostar så att kostnaden alltid kan läsas ihop med volym och kvalitet; används av nämnden, ekonomer och rektorer.',
    },
    {
      key: 'BUN1.R2', name: 'Lärartjänster', link: 'resurs', unit: 'åa', direction: 'neutral',
      orgAggregation: 'SUM', timeAggregation: 'AVG', periodicity: 'kvartal', targeted: false,
      purpose: 'Lärarresursen i årsarbetare; nämnare i elever per lärartjänst. Används av rektorer och förvaltningen för bemanningsplanering.',
    },
    {
      key: 'BUN1.A1', name: 'Planerade lektioner', link: 'aktivitet', unit: 'st', direction: 'neutral',
      orgAggregation: 'SUM', timeAggregation: 'SUM', periodicity: 'kvartal', targeted: false,
      purpose: 'Underlag för andelen genomförd undervisning; rektorn följer upp schemat mot det som faktiskt blev av.',
    },
    {
      key: 'BUN1.A2', name: 'Genomförda lektioner', link: 'aktivitet', unit: 'st', direction: 'higher',
      orgAggregation: 'SUM', timeAggregation: 'SUM', periodicity: 'kvartal', targeted: false,
      purpose: 'Täljare i andelen genomförd undervisning; visar om eleverna får den undervisning de har rätt till.',
    },
    {
      key: 'BUN1.A3', name: 'Andel genomförd undervisning', link: 'aktivitet', unit: '%', direction: 'higher',
      orgAggregation: 'RATIO', timeAggregation: 'RATIO', periodicity: 'kvartal', numerator: 'BUN1.A2', denominator: 'BUN1.A1', scale: 100,
      targets: { 2025: 97.0, 2026: 97.5 },
      purpose: 'Inställda lektioner är en tidig signal om risk för lägre behörighet; rektorn och förvaltningen agerar redan under läsåret.',
    },
    {
      key: 'BUN1.P1', name: 'Elever som avslutat årskurs 9', link: 'prestation', unit: 'st', direction: 'neutral',
      orgAggregation: 'SUM', timeAggregation: 'ANNUAL', periodicity: 'ar', targeted: false,
      purpose: 'Antalet avgångselever per läsår (rapporteras i kvartal 2); nämnare i andelen behöriga.',
    },
    {
      key: 'BUN1.K1', name: 'Elever behöriga till yrkesprogram', link: 'resultat', unit: 'st', direction: 'higher',
      orgAggregation: 'SUM', timeAggregation: 'ANNUAL', periodicity: 'ar', targeted: false,
      purpose: 'Antalet behöriga avgångselever per läsår; täljare i andelen behöriga och i behöriga per mnkr (effektivitet).',
    },
    {
      key: 'BUN1.K2', name: 'Andel behöriga till yrkesprogram', link: 'resultat', unit: '%', direction: 'higher',
      orgAggregation: 'RATIO', timeAggregation: 'ANNUAL', periodicity: 'ar', numerator: 'BUN1.K1', denominator: 'BUN1.P1', scale: 100,
      targets: { 2025: 86, 2026: 88 }, koladaId: 'N15428',
      purpose: 'Mäter själva nämndmålet: att fler elever blir behöriga till gymnasiets yrkesprogram. Nämnden och KF följer det i delår och årsredovisning.',
    },
    {
      key: 'BUN1.K3', name: 'Andel trygga elever (enkät åk 5 och 8)', link: 'resultat', unit: '%', direction: 'higher',
      orgAggregation: 'RATIO', timeAggregation: 'ANNUAL', periodicity: 'ar', numerator: 'BUN1.K3.trygga', denominator: 'BUN1.K3.svarande', scale: 100,
      targets: { 2025: 85, 2026: 85 },
      purpose: 'Trygghet är en förutsättning för lärande; elevernas egen röst används av rektor och elevhälsa i det förebyggande arbetet.',
    },
    {
      key: 'BUN1.K3.trygga', name: 'Elever som svarat att de känner sig trygga', link: 'resultat', unit: 'st', direction: 'higher',
      orgAggregation: 'SUM', timeAggregation: 'ANNUAL', periodicity: 'ar', targeted: false,
      purpose: 'Täljare i andelen trygga elever; antalet svar gör att andelen kan vägas ihop mellan skolor.',
    },
    {
      key: 'BUN1.K3.svarande', name: 'Svarande elever i trygghetsenkäten (åk 5 och 8)', link: 'resultat', unit: 'st', direction: 'neutral',
      orgAggregation: 'SUM', timeAggregation: 'ANNUAL', periodicity: 'ar', targeted: false,
      purpose: 'Antal svarande (n) visar hur säker andelen trygga elever är (R-13).',
    },
  ],
  ratios: [
    { kind: 'produktivitet', name: 'Elever per lärartjänst', numerator: 'BUN1.B1', denominator: 'BUN1.R2', unit: 'elever/åa' },
    { kind: 'kostnad_per_prestation', name: 'Kostnad per elev', numerator: 'BUN1.R1', denominator: 'BUN1.B1', unit: 'kr/elev' },
    { kind: 'effektivitet', name: 'Behöriga elever per mnkr', numerator: 'BUN1.K1', denominator: 'BUN1.R1', unit: 'behöriga per mnkr' },
    { kind: 'kostnad_per_resultat', name: 'Kostnad per behörig avgångselev', numerator: 'BUN1.R1', denominator: 'BUN1.K1', unit: 'kr/behörig elev' },
  ],
  values: [...NORRSKOLAN, ...Object.keys(SCHOOL_TABLE).filter((school) => school !== 'uf.gr.norr').flatMap(otherSchool)],
};
