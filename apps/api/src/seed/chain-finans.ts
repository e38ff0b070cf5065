import type { ChainSeed } from './types.js';
import { years } from './value-builders.js';

/** Kommun-level economy of DOMAIN.md 7.1 (mnkr, on kf, one value a year from the bokslut). */
export const CHAIN_FM1: ChainSeed = {
  goal: 'FM1',
  elements: { resurs: 'Skatteintäkter och generella statsbidrag', resultat: 'Årets resultat' },
  indicators: [
    {
      key: 'FM1.R1', name: 'Skatteintäkter och generella statsbidrag', link: 'resurs', unit: 'mnkr', direction: 'neutral',
      orgAggregation: 'SUM', timeAggregation: 'SUM', periodicity: 'ar', targeted: false,
      purpose: 'Kommunens huvudsakliga intäkter; nämnare i resultatmålet. Används av KS, ekonomer och revisorer.',
    },
    {
      key: 'FM1.K1', name: 'Årets resultat', link: 'resultat', unit: 'mnkr', direction: 'higher',
      orgAggregation: 'SUM', timeAggregation: 'SUM', periodicity: 'ar', targeted: false,
      purpose: 'Kommunens resultat enligt bokslutet; täljare i resultatmålet och grund för balanskravet.',
    },
    {
      key: 'FM1.K2', name: 'Årets resultat i % av skatteintäkter och generella statsbidrag', link: 'resultat', unit: '%',
      direction: 'higher', orgAggregation: 'RATIO', timeAggregation: 'RATIO', periodicity: 'ar', numerator: 'FM1.K1', denominator: 'FM1.R1',
      scale: 100, targets: { 2025: 2.0, 2026: 2.0 },
      purpose: 'KF:s finansiella mål för god ekonomisk hushållning; utvärderas i förvaltningsberättelsen.',
    },
  ],
  ratios: [],
  values: [...years('FM1.R1', 'kf', 3250.0, 3370.0), ...years('FM1.K1', 'kf', 58.5, 74.1)],
};

export const CHAIN_FM2: ChainSeed = {
  goal: 'FM2',
  elements: { resurs: 'Investeringar och avskrivningar', resultat: 'Självfinansiering' },
  indicators: [
    {
      key: 'FM2.R1', name: 'Skattefinansierade nettoinvesteringar', link: 'resurs', unit: 'mnkr', direction: 'neutral',
      orgAggregation: 'SUM', timeAggregation: 'SUM', periodicity: 'ar', targeted: false,
      purpose: 'Årets skattefinansierade investeringar; nämnare i självfinansieringsgraden.',
    },
    {
      key: 'FM2.R2', name: 'Avskrivningar', link: 'resurs', unit: 'mnkr', direction: 'neutral',
      orgAggregation: 'SUM', timeAggregation: 'SUM', periodicity: 'ar', targeted: false,
      purpose: 'Årets avskrivningar; tillsammans med resultatet det utrymme som finansierar investeringar utan lån.',
    },
    {
      key: 'FM2.K1', name: 'Självfinansieringsutrymme (resultat och avskrivningar)', link: 'resultat', unit: 'mnkr', direction: 'higher',
      orgAggregation: 'SUM', timeAggregation: 'SUM', periodicity: 'ar', targeted: false,
      purpose: 'Årets resultat plus avskrivningar enligt bokslutet; täljare i självfinansieringsgraden.',
    },
    {
      key: 'FM2.K2', name: 'Självfinansieringsgrad för skattefinansierade investeringar', link: 'resultat', unit: '%',
      direction: 'higher', orgAggregation: 'RATIO', timeAggregation: 'RATIO', periodicity: 'ar', numerator: 'FM2.K1', denominator: 'FM2.R1',
      scale: 100, targets: { 2025: 80, 2026: 80 },
      purpose: 'KF:s finansiella mål för god ekonomisk hushållning: investeringar ska till stor del betalas utan nya lån.',
    },
  ],
  ratios: [],
  values: [
    ...years('FM2.R1', 'kf', 210.0, 260.0),
    ...years('FM2.R2', 'kf', 120.0, 128.0),
    ...years('FM2.K1', 'kf', 178.5, 202.1),
  ],
};
