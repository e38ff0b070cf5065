import type { ChainSeed } from './types.js';
import { quarters, years } from './value-builders.js';

const NODE = 'sbf.bygglov';

/** Fee-financed (~69 %), so productivity and unit cost use gross cost (DOMAIN.md 4.3 rule 6). */
export const CHAIN_D_BYGGLOV: ChainSeed = {
  goal: 'SBN1',
  elements: {
    behov: 'Inkomna bygglovsansökningar',
    resurs: 'Handläggare, bruttokostnad och avgifter',
    prestation: 'Beslut i bygglovsärenden',
    resultat: 'Beslut inom lagstadgad tid och nöjda kunder',
  },
  indicators: [
    {
      key: 'SBN1.B1', name: 'Inkomna ansökningar', link: 'behov', unit: 'st', direction: 'neutral',
      orgAggregation: 'SUM', timeAggregation: 'SUM', periodicity: 'kvartal', targeted: false,
      purpose: 'Inflödet av ärenden; säsongsvariationen används för att planera bemanningen.',
    },
    {
      key: 'SBN1.R1', name: 'Bruttokostnad', link: 'resurs', unit: 'tkr', direction: 'lower',
      orgAggregation: 'SUM', timeAggregation: 'SUM', periodicity: 'kvartal', targeted: false,
      purpose: 'Hela kostnaden för handläggningen (verksamheten är till stor del avgiftsfinansierad); grund för kostnad per beslut.',
    },
    {
      key: 'SBN1.R2', name: 'Avgiftsintäkter', link: 'resurs', unit: 'tkr', direction: 'neutral',
      orgAggregation: 'SUM', timeAggregation: 'SUM', periodicity: 'kvartal', targeted: false,
      purpose: 'Visar avgiftsfinansieringsgraden; nettokostnaden är det som skattebetalarna står för.',
    },
    {
      key: 'SBN1.R3', name: 'Handläggare', link: 'resurs', unit: 'åa', direction: 'neutral',
      orgAggregation: 'SUM', timeAggregation: 'AVG', periodicity: 'kvartal', targeted: false,
      purpose: 'Bemanningen i årsarbetare; nämnare i beslut per handläggare.',
    },
    {
      key: 'SBN1.P1', name: 'Beslut', link: 'prestation', unit: 'st', direction: 'neutral',
      orgAggregation: 'SUM', timeAggregation: 'SUM', periodicity: 'kvartal', targeted: false,
      purpose: 'Fattade beslut i bygglovsärenden; prestationen i kedjan.',
    },
    {
      key: 'SBN1.K1', name: 'Beslut inom lagstadgad tid (10 veckor)', link: 'resultat', unit: 'st', direction: 'higher',
      orgAggregation: 'SUM', timeAggregation: 'SUM', periodicity: 'kvartal', targeted: false,
      purpose: 'Antalet beslut inom lagstadgad tid; täljare i andelen inom tid.',
    },
    {
      key: 'SBN1.K2', name: 'Andel beslut inom lagstadgad tid', link: 'resultat', unit: '%', direction: 'higher',
      orgAggregation: 'RATIO', timeAggregation: 'RATIO', periodicity: 'kvartal', numerator: 'SBN1.K1', denominator: 'SBN1.P1', scale: 100,
      targets: { 2025: 90, 2026: 92 },
      purpose: 'Mäter nämndmålet om snabb och rättssäker handläggning; följs av nämnden varje kvartal.',
    },
    {
      key: 'SBN1.K3', name: 'Nöjd-kund-index bygglov (SKR Insikt)', link: 'resultat', unit: 'index', direction: 'higher',
      orgAggregation: 'NONE', timeAggregation: 'ANNUAL', periodicity: 'ar', targeted: false,
      purpose: 'Sökandes upplevelse av servicen (SKR:s Insikt); jämförs med andra kommuner för lärande.',
    },
  ],
  ratios: [
    { kind: 'kostnad_per_prestation', name: 'Bruttokostnad per beslut', numerator: 'SBN1.R1', denominator: 'SBN1.P1', unit: 'kr/beslut' },
    {
      kind: 'kostnad_per_resultat', name: 'Bruttokostnad per beslut inom lagstadgad tid', numerator: 'SBN1.R1', denominator: 'SBN1.K1',
      unit: 'kr/beslut inom tid',
    },
    { kind: 'produktivitet', name: 'Beslut per handläggare', numerator: 'SBN1.P1', denominator: 'SBN1.R3', unit: 'beslut/åa' },
  ],
  values: [
    ...quarters('SBN1.B1', NODE, [120, 210, 160, 110], [125, 220, 170, 115]),
    ...quarters('SBN1.R1', NODE, [2300, 2350, 2050, 2400], [2500, 2550, 2450, 2600]),
    ...quarters('SBN1.R2', NODE, [1300, 2100, 1700, 1200], [1400, 2300, 1900, 1350]),
    ...quarters('SBN1.R3', NODE, [7.0, 7.0, 6.0, 7.5], [8.0, 8.0, 8.0, 8.0]),
    ...quarters('SBN1.P1', NODE, [110, 180, 170, 120], [120, 205, 175, 125]),
    ...quarters('SBN1.K1', NODE, [95, 144, 146, 108], [110, 189, 163, 118]),
    ...years('SBN1.K3', NODE, 68, 72),
  ],
};
