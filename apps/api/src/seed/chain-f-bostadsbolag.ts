import type { ChainSeed } from './types.js';
import { quarters, years } from './value-builders.js';

const NODE = 'hem';

/** HEM1: new flats (ägardirektiv), DOMAIN.md 7.4 F. */
export const CHAIN_F_HEM1: ChainSeed = {
  goal: 'HEM1',
  elements: { prestation: 'Nyproduktion' },
  indicators: [
    {
      key: 'HEM1.P1', name: 'Färdigställda lägenheter', link: 'prestation', unit: 'st', direction: 'higher',
      orgAggregation: 'SUM', timeAggregation: 'SUM', periodicity: 'kvartal', targets: { 2025: 60, 2026: 60 },
      purpose: 'Mäter ägardirektivets mål om fler bostäder; följs av bolagsstyrelsen och av KS i ägardialogen.',
    },
  ],
  ratios: [],
  values: quarters('HEM1.P1', NODE, [0, 0, 36, 24], [0, 30, 0, 40]),
};

/** HEM2: management of the stock and tenants (costs are operating costs excluding capital costs). */
export const CHAIN_F_HEM2: ChainSeed = {
  goal: 'HEM2',
  elements: {
    resurs: 'Förvaltningens kostnader och personal',
    aktivitet: 'Felavhjälpning och stöd vid hyresskuld',
    prestation: 'Förvaltat bestånd',
    resultat: 'Uthyrning, nöjda hyresgäster och inga vräkningar av barnfamiljer',
  },
  indicators: [
    {
      key: 'HEM.R1', name: 'Rörelsekostnader förvaltning', link: 'resurs', unit: 'tkr', direction: 'lower',
      orgAggregation: 'SUM', timeAggregation: 'SUM', periodicity: 'kvartal', targeted: false,
      purpose: 'Förvaltningens kostnader utan kapitalkostnader; grund för förvaltningskostnad per lägenhet.',
    },
    {
      key: 'HEM.R2', name: 'Personal', link: 'resurs', unit: 'åa', direction: 'neutral',
      orgAggregation: 'SUM', timeAggregation: 'AVG', periodicity: 'kvartal', targeted: false,
      purpose: 'Bolagets personal i årsarbetare; följs av VD och styrelse.',
    },
    {
      key: 'HEM.A1', name: 'Hushåll med hyresskuld som fått stödkontakt', link: 'aktivitet', unit: 'st', direction: 'higher',
      orgAggregation: 'SUM', timeAggregation: 'SUM', periodicity: 'kvartal', targeted: false,
      purpose: 'Det förebyggande arbetet mot vräkningar; kopplas till målet att inga barnfamiljer vräks (R-20).',
    },
    {
      key: 'HEM.A2', name: 'Åtgärdade felanmälningar', link: 'aktivitet', unit: 'st', direction: 'neutral',
      orgAggregation: 'SUM', timeAggregation: 'SUM', periodicity: 'kvartal', targeted: false,
      purpose: 'Nämnare i andelen felanmälningar åtgärdade inom fem arbetsdagar.',
    },
    {
      key: 'HEM.A3', name: 'Felanmälningar åtgärdade inom 5 arbetsdagar', link: 'aktivitet', unit: 'st', direction: 'higher',
      orgAggregation: 'SUM', timeAggregation: 'SUM', periodicity: 'kvartal', targeted: false,
      purpose: 'Snabb felavhjälpning påverkar hyresgästernas nöjdhet; följs av förvaltningscheferna.',
    },
    {
      key: 'HEM.P2', name: 'Lägenheter i bestånd (vid kvartalets slut)', link: 'prestation', unit: 'st', direction: 'neutral',
      orgAggregation: 'SUM', timeAggregation: 'LAST', periodicity: 'kvartal', targeted: false,
      purpose: 'Beståndet som förvaltas; visar hur nyproduktionen växer beståndet.',
    },
    {
      key: 'HEM.P3', name: 'Genomsnittligt antal lägenheter i bestånd', link: 'prestation', unit: 'st', direction: 'neutral',
      orgAggregation: 'SUM', timeAggregation: 'ANNUAL', periodicity: 'ar', targeted: false,
      purpose: 'Årets genomsnitt av beståndet vid kvartalens slut, som i bolagets årsredovisning; nämnare i förvaltningskostnad per lägenhet.',
    },
    {
      key: 'HEM2.K1', name: 'Uthyrningsgrad bostäder', link: 'resultat', unit: '%', direction: 'higher',
      orgAggregation: 'NONE', timeAggregation: 'AVG', periodicity: 'kvartal', targets: { 2025: 98.5, 2026: 98.5 },
      purpose: 'Visar att bostäderna efterfrågas och att vakanser hålls nere; följs av styrelsen och i ägardialogen.',
    },
    {
      key: 'HEM2.K2', name: 'Nöjd-kund-index hyresgäster', link: 'resultat', unit: 'index', direction: 'higher',
      orgAggregation: 'NONE', timeAggregation: 'ANNUAL', periodicity: 'ar', targets: { 2025: 80, 2026: 80 },
      purpose: 'Hyresgästernas egen bedömning (årlig enkät, rapporteras i kvartal 4); mäter målet om nöjda hyresgäster.',
    },
    {
      key: 'HEM2.K3', name: 'Vräkningar av hushåll med barn', link: 'resultat', unit: 'st', direction: 'lower',
      orgAggregation: 'SUM', timeAggregation: 'SUM', periodicity: 'kvartal', targets: { 2025: 0, 2026: 0 },
      purpose: 'Ägardirektivets krav att inga barnfamiljer vräks; varje fall rapporteras till KS.',
    },
  ],
  ratios: [
    { kind: 'kostnad_per_prestation', name: 'Förvaltningskostnad per lägenhet', numerator: 'HEM.R1', denominator: 'HEM.P3', unit: 'kr/lägenhet' },
    { kind: 'kvot', name: 'Felanmälningar åtgärdade inom 5 arbetsdagar', numerator: 'HEM.A3', denominator: 'HEM.A2', scale: 100, unit: '%' },
  ],
  values: [
    ...quarters('HEM.R1', NODE, [58_000, 50_500, 47_000, 56_500], [60_000, 52_500, 49_000, 58_500]),
    ...quarters('HEM.R2', NODE, [95, 95, 95, 95], [96, 96, 96, 96]),
    ...quarters('HEM.A1', NODE, [38, 35, 30, 40], [42, 40, 36, 44]),
    ...quarters('HEM.A2', NODE, [4200, 3700, 3300, 4000], [4300, 3800, 3400, 4100]),
    ...quarters('HEM.A3', NODE, [3612, 3256, 2772, 3560], [3827, 3458, 2992, 3772]),
    ...quarters('HEM.P2', NODE, [3820, 3820, 3856, 3880], [3880, 3910, 3910, 3950]),
    ...years('HEM.P3', NODE, 3844.0, 3912.5),
    ...quarters('HEM2.K1', NODE, [98.6, 98.8, 98.2, 99.0], [99.1, 99.2, 98.7, 99.3]),
    ...quarters('HEM2.K2', NODE, [null, null, null, 77], [null, null, null, 80]),
    ...quarters('HEM2.K3', NODE, [0, 1, 0, 0], [0, 0, 0, 0]),
  ],
};

/** HEM-F: the financial goal in the ägardirektiv (koncern GEH). */
export const CHAIN_F_HEM_F: ChainSeed = {
  goal: 'HEM-F',
  elements: { resultat: 'Finansiell stabilitet' },
  indicators: [
    {
      key: 'HEM-F.K1', name: 'Soliditet', link: 'resultat', unit: '%', direction: 'higher',
      orgAggregation: 'NONE', timeAggregation: 'ANNUAL', periodicity: 'ar', targets: { 2025: 15, 2026: 15 },
      purpose: 'Ägarens krav på finansiell stabilitet; ingår i koncernens bedömning av god ekonomisk hushållning.',
    },
    {
      key: 'HEM-F.K2', name: 'Direktavkastning', link: 'resultat', unit: '%', direction: 'higher',
      orgAggregation: 'NONE', timeAggregation: 'ANNUAL', periodicity: 'ar', targets: { 2025: 4.0, 2026: 4.0 },
      purpose: 'Ägarens avkastningskrav enligt affärsmässiga principer; följs av styrelsen och KS.',
    },
  ],
  ratios: [],
  values: [...years('HEM-F.K1', NODE, 16.2, 16.8), ...years('HEM-F.K2', NODE, 3.8, 4.1)],
};
