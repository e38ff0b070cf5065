import type { ChainSeed } from './types.js';
import { quarters, years } from './value-builders.js';

const NODE = 'sof.bof';

export const CHAIN_C_IFO: ChainSeed = {
  goal: 'SN1',
  elements: {
    behov: 'Orosanmälningar om barn',
    resurs: 'Socialsekreterare, konsulter och nettokostnad',
    aktivitet: 'Förhandsbedömningar och inledda utredningar',
    prestation: 'Avslutade utredningar',
    resultat: 'Utredningar inom lagstadgad tid',
  },
  indicators: [
    {
      key: 'SN1.B1', name: 'Orosanmälningar', link: 'behov', unit: 'st', direction: 'neutral',
      orgAggregation: 'SUM', timeAggregation: 'SUM', periodicity: 'kvartal', targeted: false,
      purpose: 'Inflödet av ärenden som driver arbetet; nämnare i andelen förhandsbedömningar inom 14 dagar.',
    },
    {
      key: 'SN1.R1', name: 'Nettokostnad', link: 'resurs', unit: 'tkr', direction: 'lower',
      orgAggregation: 'SUM', timeAggregation: 'SUM', periodicity: 'kvartal', targeted: false,
      purpose: 'Visar kostnaden för myndighetsutövningen, inklusive inhyrda konsulter; läses ihop med utredningar inom tid.',
    },
    {
      key: 'SN1.R2', name: 'Socialsekreterare, egna', link: 'resurs', unit: 'åa', direction: 'neutral',
      orgAggregation: 'SUM', timeAggregation: 'AVG', periodicity: 'kvartal', targeted: false,
      purpose: 'Egen personal i årsarbetare; följs för att minska beroendet av inhyrda konsulter.',
    },
    {
      key: 'SN1.R3', name: 'Inhyrda konsulter', link: 'resurs', unit: 'åa', direction: 'lower',
      orgAggregation: 'SUM', timeAggregation: 'AVG', periodicity: 'kvartal', targeted: false,
      purpose: 'Inhyrda socialsekreterare i årsarbetare (R-42); dyra och ger sämre kontinuitet för barnen.',
    },
    {
      key: 'SN1.R4', name: 'Personalomsättning (rullande 12 månader)', link: 'resurs', unit: '%', direction: 'lower',
      orgAggregation: 'NONE', timeAggregation: 'LAST', periodicity: 'kvartal', targeted: false,
      purpose: 'Hög omsättning försämrar kvaliteten i utredningarna; följs av förvaltningsledningen och HR (R-42).',
    },
    {
      key: 'SN1.R5', name: 'Socialsekreterare totalt (egna och konsulter)', link: 'resurs', unit: 'åa', direction: 'neutral',
      orgAggregation: 'SUM', timeAggregation: 'AVG', periodicity: 'kvartal', targeted: false,
      purpose: 'Hela den utredande bemanningen som rapporteras från personalsystemet; nämnare i avslutade utredningar per årsarbetare.',
    },
    {
      key: 'SN1.A1', name: 'Förhandsbedömningar inom 14 dagar', link: 'aktivitet', unit: 'st', direction: 'higher',
      orgAggregation: 'SUM', timeAggregation: 'SUM', periodicity: 'kvartal', targeted: false,
      purpose: 'Täljare i andelen förhandsbedömningar inom lagstadgad tid.',
    },
    {
      key: 'SN1.A2', name: 'Andel förhandsbedömningar inom 14 dagar', link: 'aktivitet', unit: '%', direction: 'higher',
      orgAggregation: 'RATIO', timeAggregation: 'RATIO', periodicity: 'kvartal', numerator: 'SN1.A1', denominator: 'SN1.B1', scale: 100,
      targeted: false,
      purpose: 'Visar om barnens situation bedöms i tid (14 dagar enligt lag); enhetschefen följer den varje kvartal.',
    },
    {
      key: 'SN1.A3', name: 'Inledda utredningar', link: 'aktivitet', unit: 'st', direction: 'neutral',
      orgAggregation: 'SUM', timeAggregation: 'SUM', periodicity: 'kvartal', targeted: false,
      purpose: 'Visar arbetsbelastningen framåt; jämförs med avslutade utredningar.',
    },
    {
      key: 'SN1.P1', name: 'Avslutade utredningar', link: 'prestation', unit: 'st', direction: 'neutral',
      orgAggregation: 'SUM', timeAggregation: 'SUM', periodicity: 'kvartal', targeted: false,
      purpose: 'Prestationen; grund för produktivitet och kostnad per avslutad utredning.',
    },
    {
      key: 'SN1.K1', name: 'Utredningar avslutade inom 4 månader', link: 'resultat', unit: 'st', direction: 'higher',
      orgAggregation: 'SUM', timeAggregation: 'SUM', periodicity: 'kvartal', targeted: false,
      purpose: 'Antalet utredningar inom lagstadgad tid; täljare i effektivitet (utredningar inom tid per mnkr).',
    },
    {
      key: 'SN1.K2', name: 'Andel utredningar avslutade inom 4 månader', link: 'resultat', unit: '%', direction: 'higher',
      orgAggregation: 'RATIO', timeAggregation: 'RATIO', periodicity: 'kvartal', numerator: 'SN1.K1', denominator: 'SN1.P1', scale: 100,
      targets: { 2025: 90, 2026: 95 },
      purpose: 'Mäter nämndmålet att barn och unga får rätt stöd i rätt tid; följs av nämnden varje kvartal och i årsredovisningen.',
    },
    {
      key: 'SN1.K3', name: 'Andel barn som inte återaktualiseras inom 12 månader', link: 'resultat', unit: '%', direction: 'higher',
      orgAggregation: 'NONE', timeAggregation: 'ANNUAL', periodicity: 'ar', targeted: false,
      purpose: 'Visar om insatserna hjälpte; följs en gång om året av nämnden tillsammans med kvalitativa beskrivningar.',
    },
  ],
  ratios: [
    { kind: 'produktivitet', name: 'Avslutade utredningar per årsarbetare', numerator: 'SN1.P1', denominator: 'SN1.R5', unit: 'utredningar/åa' },
    { kind: 'kostnad_per_prestation', name: 'Kostnad per avslutad utredning', numerator: 'SN1.R1', denominator: 'SN1.P1', unit: 'kr/utredning' },
    { kind: 'effektivitet', name: 'Utredningar inom 4 månader per mnkr', numerator: 'SN1.K1', denominator: 'SN1.R1', unit: 'utredningar per mnkr' },
    {
      kind: 'kostnad_per_resultat', name: 'Kostnad per utredning inom lagstadgad tid', numerator: 'SN1.R1', denominator: 'SN1.K1',
      unit: 'kr/utredning inom tid',
    },
  ],
  values: [
    ...quarters('SN1.B1', NODE, [350, 330, 290, 380], [360, 345, 300, 395]),
    ...quarters('SN1.R1', NODE, [6990, 6722, 6631, 6004], [5900, 5550, 5480, 5200]),
    ...quarters('SN1.R2', NODE, [20.0, 21.0, 20.5, 22.0], [23.0, 23.5, 23.0, 24.0]),
    ...quarters('SN1.R3', NODE, [6.0, 5.0, 5.0, 3.0], [2.0, 1.0, 1.0, 0.0]),
    ...quarters('SN1.R4', NODE, [24, 22, 21, 18], [16, 15, 14, 13]),
    ...quarters('SN1.R5', NODE, [26.0, 26.0, 25.5, 25.0], [25.0, 24.5, 24.0, 24.0]),
    ...quarters('SN1.A1', NODE, [308, 300, 247, 353], [338, 328, 276, 379]),
    ...quarters('SN1.A3', NODE, [130, 125, 110, 140], [128, 130, 112, 138]),
    ...quarters('SN1.P1', NODE, [120, 132, 105, 138], [126, 133, 110, 137]),
    ...quarters('SN1.K1', NODE, [96, 112, 84, 121], [113, 122, 99, 128]),
    ...years('SN1.K3', NODE, 78, 81),
  ],
};
