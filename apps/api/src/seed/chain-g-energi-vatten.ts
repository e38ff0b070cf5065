import type { ChainSeed } from './types.js';
import { quarters, years } from './value-builders.js';

const NODE = 'ev';

/** EV1, the water part of Exempelstad Energi och Vatten AB (network 420 km), DOMAIN.md 7.4 G. */
export const CHAIN_G_ENERGI_VATTEN: ChainSeed = {
  goal: 'EV1',
  elements: {
    resurs: 'Rörelsekostnader och ledningsnät',
    aktivitet: 'Förnyelse av ledningsnätet',
    prestation: 'Levererat dricksvatten',
    resultat: 'Läckor och förnyelsetakt',
  },
  indicators: [
    {
      key: 'EV1.R1', name: 'Rörelsekostnader VA', link: 'resurs', unit: 'tkr', direction: 'lower',
      orgAggregation: 'SUM', timeAggregation: 'SUM', periodicity: 'kvartal', targeted: false,
      purpose: 'VA-verksamhetens kostnader, som enligt självkostnadsprincipen bestämmer taxan; grund för kostnad per m³.',
    },
    {
      key: 'EV1.R2', name: 'Ledningsnätets längd', link: 'resurs', unit: 'km', direction: 'neutral',
      orgAggregation: 'SUM', timeAggregation: 'LAST', periodicity: 'ar', targeted: false,
      purpose: 'Ledningsnätet vid årets slut; nämnare i läckor per 100 km och i förnyelsetakten.',
    },
    {
      key: 'EV1.A1', name: 'Förnyad ledning', link: 'aktivitet', unit: 'km', direction: 'higher',
      orgAggregation: 'SUM', timeAggregation: 'SUM', periodicity: 'kvartal', targeted: false,
      purpose: 'Hur mycket av nätet som förnyas; täljare i förnyelsetakten. Följs av styrelsen i investeringsuppföljningen (R-35).',
    },
    {
      key: 'EV1.P1', name: 'Levererat dricksvatten', link: 'prestation', unit: 'tusen m³', direction: 'neutral',
      orgAggregation: 'SUM', timeAggregation: 'SUM', periodicity: 'kvartal', targeted: false,
      purpose: 'Den levererade volymen; grund för rörelsekostnad per m³.',
    },
    {
      key: 'EV1.K1', name: 'Vattenläckor', link: 'resultat', unit: 'st', direction: 'lower',
      orgAggregation: 'SUM', timeAggregation: 'SUM', periodicity: 'kvartal', targeted: false,
      purpose: 'Antal läckor på ledningsnätet; täljare i läckor per 100 km.',
    },
    {
      key: 'EV1.K2', name: 'Vattenläckor per 100 km ledning', link: 'resultat', unit: 'st', direction: 'lower',
      orgAggregation: 'RATIO', timeAggregation: 'RATIO', periodicity: 'ar', numerator: 'EV1.K1', denominator: 'EV1.R2', scale: 100,
      targets: { 2025: 9, 2026: 9 },
      purpose: 'Mäter ägardirektivets mål om säker vattenförsörjning; jämförbart med andra VA-organisationer.',
    },
    {
      key: 'EV1.K3', name: 'Förnyelsetakt ledningsnät', link: 'resultat', unit: '%', direction: 'higher',
      orgAggregation: 'RATIO', timeAggregation: 'RATIO', periodicity: 'ar', numerator: 'EV1.A1', denominator: 'EV1.R2', scale: 100,
      targets: { 2025: 1.0, 2026: 1.0 },
      purpose: 'Andel av nätet som förnyas per år; ägardirektivets krav för en hållbar VA-försörjning på lång sikt.',
    },
  ],
  ratios: [{ kind: 'kostnad_per_prestation', name: 'Rörelsekostnad per m³', numerator: 'EV1.R1', denominator: 'EV1.P1', unit: 'kr/m³' }],
  values: [
    ...quarters('EV1.R1', NODE, [22_000, 21_500, 23_500, 23_000], [23_000, 22_500, 24_000, 24_500]),
    ...years('EV1.R2', NODE, 420, 420),
    ...quarters('EV1.A1', NODE, [0.3, 1.1, 1.5, 0.9], [0.4, 1.3, 1.8, 1.0]),
    ...quarters('EV1.P1', NODE, [900, 950, 1050, 900], [890, 960, 1080, 910]),
    ...quarters('EV1.K1', NODE, [14, 8, 6, 12], [12, 7, 5, 10]),
  ],
};
