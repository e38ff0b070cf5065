import type { ChainSeed } from './types.js';
import { quarters, years } from './value-builders.js';

const NODE = 'kff.bibl';

export const CHAIN_E_BIBLIOTEK: ChainSeed = {
  goal: 'KFN1',
  elements: {
    behov: 'Barn och unga i kommunen',
    resurs: 'Personal och nettokostnad',
    aktivitet: 'Läsfrämjande aktiviteter',
    prestation: 'Besök och utlån',
    resultat: 'Barn och unga som läser',
  },
  indicators: [
    {
      key: 'KFN1.B1', name: 'Barn och unga 0–17 år (31 december)', link: 'behov', unit: 'st', direction: 'neutral',
      orgAggregation: 'SUM', timeAggregation: 'LAST', periodicity: 'ar', targeted: false,
      purpose: 'Målgruppen för det läsfrämjande arbetet (befolkningsstatistik); nämnare i utlån per barn.',
    },
    {
      key: 'KFN1.R1', name: 'Nettokostnad', link: 'resurs', unit: 'tkr', direction: 'lower',
      orgAggregation: 'SUM', timeAggregation: 'SUM', periodicity: 'kvartal', targeted: false,
      purpose: 'Bibliotekets kostnad; läses ihop med besök och utlån.',
    },
    {
      key: 'KFN1.R2', name: 'Personal', link: 'resurs', unit: 'åa', direction: 'neutral',
      orgAggregation: 'SUM', timeAggregation: 'AVG', periodicity: 'kvartal', targeted: false,
      purpose: 'Personalresursen i årsarbetare; underlag för bemanning av öppettider och program.',
    },
    {
      key: 'KFN1.A1', name: 'Läsfrämjande programaktiviteter', link: 'aktivitet', unit: 'st', direction: 'higher',
      orgAggregation: 'SUM', timeAggregation: 'SUM', periodicity: 'kvartal', targeted: false,
      purpose: 'Visar satsningen på läsfrämjande för barn och unga, som ska leda till fler utlån (R-20).',
    },
    {
      key: 'KFN1.P1', name: 'Besök', link: 'prestation', unit: 'st', direction: 'neutral',
      orgAggregation: 'SUM', timeAggregation: 'SUM', periodicity: 'kvartal', targeted: false,
      purpose: 'Bibliotekets totala användning; grund för kostnad per besök.',
    },
    {
      key: 'KFN1.P2', name: 'Utlån av barn- och ungdomsmedia', link: 'prestation', unit: 'st', direction: 'higher',
      orgAggregation: 'SUM', timeAggregation: 'SUM', periodicity: 'kvartal', targeted: false,
      purpose: 'Täljare i utlån per barn; följs varje kvartal av bibliotekschefen.',
    },
    {
      key: 'KFN1.K1', name: 'Utlån per barn 0–17 år', link: 'resultat', unit: 'st', direction: 'higher',
      orgAggregation: 'RATIO', timeAggregation: 'RATIO', periodicity: 'ar', numerator: 'KFN1.P2', denominator: 'KFN1.B1',
      targets: { 2025: 8.0, 2026: 8.5 },
      purpose: 'Mäter nämndmålet att fler barn och unga läser; nämnden följer det i delår och årsredovisning.',
    },
    {
      key: 'KFN1.K2', name: 'Elever i åk 5 som läser på fritiden varje vecka', link: 'resultat', unit: '%', direction: 'higher',
      orgAggregation: 'NONE', timeAggregation: 'ANNUAL', periodicity: 'ar', targeted: false,
      purpose: 'Elevernas egna svar om läsvanor (skolenkät); visar om läsandet ökar även utanför biblioteket.',
    },
  ],
  ratios: [
    { kind: 'kostnad_per_prestation', name: 'Kostnad per besök', numerator: 'KFN1.R1', denominator: 'KFN1.P1', unit: 'kr/besök' },
    { kind: 'produktivitet', name: 'Utlån av barn- och ungdomsmedia per årsarbetare', numerator: 'KFN1.P2', denominator: 'KFN1.R2', unit: 'utlån/åa' },
  ],
  values: [
    ...years('KFN1.B1', NODE, 9630, 9650),
    ...quarters('KFN1.R1', NODE, [6200, 5900, 5400, 6500], [6400, 6100, 5600, 6700]),
    ...quarters('KFN1.R2', NODE, [16.0, 16.0, 16.0, 16.0], [16.5, 16.5, 16.5, 16.5]),
    ...quarters('KFN1.A1', NODE, [45, 40, 25, 55], [55, 50, 30, 65]),
    ...quarters('KFN1.P1', NODE, [52_000, 47_000, 38_000, 55_000], [53_500, 48_000, 39_500, 57_000]),
    ...quarters('KFN1.P2', NODE, [21_000, 19_500, 17_000, 22_500], [22_500, 20_500, 18_500, 24_500]),
    ...years('KFN1.K2', NODE, 58, 61),
  ],
};
