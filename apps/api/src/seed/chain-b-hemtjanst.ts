import type { ChainSeed, ValueSeed } from './types.js';
import { quarters, type Quarters } from './value-builders.js';

const N = null;

/** One area's rows of DOMAIN.md 7.4 B, per indicator: [2025 Q1–Q4, 2026 Q1–Q4]. */
type AreaTable = Record<string, readonly [Quarters, Quarters]>;

const AREAS: Record<string, AreaTable> = {
  'vof.ht.centrum': {
    'VON1.B1': [[148, 152, 150, 154], [156, 158, 160, 162]],
    'VON1.B2': [[12_400, 12_600, 12_900, 12_800], [13_000, 13_200, 13_500, 13_400]],
    'VON1.R1': [[7700, 7800, 8450, 7950], [8050, 8100, 8700, 8150]],
    'VON1.R2': [[41.0, 41.5, 44.0, 41.5], [42.0, 42.0, 44.5, 42.0]],
    'VON1.R3': [[9.8, 8.9, 8.1, 9.5], [8.9, 7.8, 7.0, 7.6]],
    'VON1.A1': [[20, 20, 20, 20], [80, 95, 95, 95]],
    'VON1.P1': [[11_160, 11_300, 11_480, 11_520], [11_830, 12_010, 12_280, 12_200]],
    'VON1.K1': [[16, 16, 17, 15], [13, 12, 12, 11]],
    'VON1.K2': [[2.4, 2.3, 2.5, 2.2], [2.0, 1.8, 1.9, 1.6]],
    'VON1.K3': [[N, N, N, 86], [N, N, N, 90]],
  },
  'vof.ht.vaster': {
    'VON1.B1': [[176, 180, 178, 182], [182, 184, 186, 188]],
    'VON1.B2': [[14_700, 15_000, 15_300, 15_200], [15_400, 15_600, 15_900, 15_800]],
    'VON1.R1': [[9100, 9250, 9950, 9350], [9650, 9750, 10_450, 9800]],
    'VON1.R2': [[49.0, 49.5, 52.0, 49.5], [50.0, 50.5, 53.0, 50.0]],
    'VON1.R3': [[9.1, 8.5, 7.9, 8.8], [8.9, 8.4, 7.5, 8.0]],
    'VON1.A1': [[15, 15, 15, 15], [15, 15, 70, 90]],
    'VON1.P1': [[13_380, 13_650, 13_770, 13_830], [14_020, 14_200, 14_470, 14_380]],
    'VON1.K1': [[15, 15, 16, 14], [15, 15, 13, 12]],
    'VON1.K2': [[2.1, 2.1, 2.3, 2.0], [2.0, 2.0, 1.9, 1.7]],
    'VON1.K3': [[N, N, N, 88], [N, N, N, 89]],
  },
  'vof.ht.norr': {
    'VON1.B1': [[166, 168, 170, 172], [172, 174, 176, 178]],
    'VON1.B2': [[13_500, 13_700, 14_100, 14_000], [14_200, 14_400, 14_800, 14_700]],
    'VON1.R1': [[9400, 9500, 10_250, 9600], [9900, 10_000, 10_800, 10_150]],
    'VON1.R2': [[47.0, 47.5, 50.0, 47.5], [48.0, 48.5, 51.0, 48.5]],
    'VON1.R3': [[8.2, 7.6, 7.0, 7.9], [8.0, 7.5, 6.9, 7.6]],
    'VON1.A1': [[60, 60, 60, 60], [60, 60, 60, 60]],
    'VON1.P1': [[12_420, 12_600, 12_830, 12_880], [13_060, 13_250, 13_470, 13_520]],
    'VON1.K1': [[13, 13, 14, 13], [13, 13, 13, 12]],
    'VON1.K2': [[1.8, 1.7, 1.9, 1.8], [1.8, 1.7, 1.8, 1.7]],
    'VON1.K3': [[N, N, N, 91], [N, N, N, 92]],
  },
};

const values: ValueSeed[] = Object.entries(AREAS).flatMap(([area, table]) =>
  Object.entries(table).flatMap(([indicator, [y2025, y2026]]) => quarters(indicator, area, y2025, y2026)),
);

export const CHAIN_B_HEMTJANST: ChainSeed = {
  goal: 'VON1',
  elements: {
    behov: 'Brukare och beviljad tid',
    resurs: 'Personal och nettokostnad',
    aktivitet: 'Små fasta team med två kontaktpersoner',
    prestation: 'Utförd hemtjänst',
    resultat: 'Kontinuitet, trygghet och nöjdhet',
  },
  indicators: [
    {
      key: 'VON1.B1', name: 'Brukare (vid kvartalets slut)', link: 'behov', unit: 'st', direction: 'neutral',
      orgAggregation: 'SUM', timeAggregation: 'AVG', periodicity: 'kvartal', targeted: false,
      purpose: 'Visar behovet och är vikt för kontinuitet och larm; nämnare i kostnad per brukare. Används av enhetschefer och förvaltningen.',
    },
    {
      key: 'VON1.B2', name: 'Beviljade timmar', link: 'behov', unit: 'h', direction: 'neutral',
      orgAggregation: 'SUM', timeAggregation: 'SUM', periodicity: 'kvartal', targeted: false,
      purpose: 'Den tid biståndshandläggarna beviljat; jämförs med utförd tid för att se att brukarna får det de har rätt till.',
    },
    {
      key: 'VON1.R1', name: 'Nettokostnad', link: 'resurs', unit: 'tkr', direction: 'lower',
      orgAggregation: 'SUM', timeAggregation: 'SUM', periodicity: 'kvartal', targeted: false,
      purpose: 'Kostnaden läses alltid ihop med utförd tid och kontinuitet; används av nämnden, ekonomer och enhetschefer.',
    },
    {
      key: 'VON1.R2', name: 'Årsarbetare', link: 'resurs', unit: 'åa', direction: 'neutral',
      orgAggregation: 'SUM', timeAggregation: 'AVG', periodicity: 'kvartal', targeted: false,
      purpose: 'Personalresursen; nämnare i utförda timmar per årsarbetare. Används för bemannings- och schemaplanering.',
    },
    {
      key: 'VON1.R3', name: 'Sjukfrånvaro', link: 'resurs', unit: '%', direction: 'lower',
      orgAggregation: 'NONE', timeAggregation: 'AVG', periodicity: 'kvartal', targeted: false,
      purpose: 'Förutsättning för kontinuitet och arbetsmiljö; enhetschefen följer om teamarbetet minskar sjukfrånvaron.',
    },
    {
      key: 'VON1.A1', name: 'Andel brukare med två kontaktpersoner', link: 'aktivitet', unit: '%', direction: 'higher',
      orgAggregation: 'NONE', timeAggregation: 'LAST', periodicity: 'kvartal', targeted: false,
      purpose: 'Visar hur långt införandet av små fasta team har kommit; kopplas till personalkontinuiteten (R-20).',
    },
    {
      key: 'VON1.P1', name: 'Utförda timmar', link: 'prestation', unit: 'h', direction: 'neutral',
      orgAggregation: 'SUM', timeAggregation: 'SUM', periodicity: 'kvartal', targeted: false,
      purpose: 'Levererad hemtjänst (brukartid); grund för kostnad per timme och produktivitet.',
    },
    {
      key: 'VON1.K1', name: 'Personalkontinuitet (antal personal per brukare under 14 dagar)', link: 'resultat', unit: 'pers.',
      direction: 'lower', orgAggregation: 'WEIGHTED_MEAN', weight: 'VON1.B1', timeAggregation: 'AVG', periodicity: 'kvartal',
      targets: { 2025: 14, 2026: 13 },
      purpose: 'Mäter nämndmålet ur brukarens perspektiv: hur många olika personal brukaren möter. Egen mätning under 14 dagar varje kvartal; vägs med antal brukare.',
    },
    {
      key: 'VON1.K2', name: 'Trygghetslarm per brukare och månad', link: 'resultat', unit: 'larm/brukare', direction: 'lower',
      orgAggregation: 'WEIGHTED_MEAN', weight: 'VON1.B1', timeAggregation: 'AVG', periodicity: 'kvartal', targeted: false,
      purpose: 'Färre larm tyder på att brukarna känner sig trygga; följs av enhetschefer och nämnd.',
    },
    {
      key: 'VON1.K3', name: 'Andel nöjda med hemtjänsten', link: 'resultat', unit: '%', direction: 'higher',
      orgAggregation: 'NONE', timeAggregation: 'ANNUAL', periodicity: 'ar', targeted: false,
      purpose: 'Brukarnas egen bedömning i Socialstyrelsens årliga undersökning (rapporteras i kvartal 4); visar nämnden om förändringen märks för brukarna.',
    },
  ],
  ratios: [
    { kind: 'kostnad_per_prestation', name: 'Kostnad per utförd timme', numerator: 'VON1.R1', denominator: 'VON1.P1', unit: 'kr/h' },
    { kind: 'produktivitet', name: 'Utförda timmar per årsarbetare', numerator: 'VON1.P1', denominator: 'VON1.R2', unit: 'h/åa' },
    { kind: 'kvot', name: 'Kostnad per brukare', numerator: 'VON1.R1', denominator: 'VON1.B1', unit: 'kr/brukare' },
    { kind: 'kvot', name: 'Utförd andel av beviljad tid', numerator: 'VON1.P1', denominator: 'VON1.B2', scale: 100, unit: '%' },
  ],
  values,
};
