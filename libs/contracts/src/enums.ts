/** Enumerations shared by API, worker and web. Values are stable identifiers; labels live in the web's i18n. */
const values = <T extends Record<string, string>>(o: T) => Object.values(o) as T[keyof T][];

export const OrgNodeKind = {
  kf: 'kf',
  ks: 'ks',
  namnd: 'namnd',
  bolag: 'bolag',
  forvaltning: 'forvaltning',
  verksamhet: 'verksamhet',
  enhet: 'enhet',
} as const;
export type OrgNodeKind = (typeof OrgNodeKind)[keyof typeof OrgNodeKind];
export const ORG_NODE_KINDS = values(OrgNodeKind);

export const GoalLevel = {
  vision: 'vision',
  inriktningsmal: 'inriktningsmal',
  finansielltMal: 'finansiellt_mal',
  namndmal: 'namndmal',
  bolagsmal: 'bolagsmal',
  verksamhetsmal: 'verksamhetsmal',
} as const;
export type GoalLevel = (typeof GoalLevel)[keyof typeof GoalLevel];
export const GOAL_LEVELS = values(GoalLevel);

export const GoalStatus = { forslag: 'forslag', beslutad: 'beslutad' } as const;
export type GoalStatus = (typeof GoalStatus)[keyof typeof GoalStatus];
export const GOAL_STATUSES = values(GoalStatus);

export const ChainLink = {
  behov: 'behov',
  resurs: 'resurs',
  aktivitet: 'aktivitet',
  prestation: 'prestation',
  resultat: 'resultat',
} as const;
export type ChainLink = (typeof ChainLink)[keyof typeof ChainLink];
export const CHAIN_LINKS = values(ChainLink);

export const Direction = { higher: 'higher', lower: 'lower', neutral: 'neutral' } as const;
export type Direction = (typeof Direction)[keyof typeof Direction];
export const DIRECTIONS = values(Direction);

export const OrgAggregation = { SUM: 'SUM', RATIO: 'RATIO', WEIGHTED_MEAN: 'WEIGHTED_MEAN', NONE: 'NONE' } as const;
export type OrgAggregation = (typeof OrgAggregation)[keyof typeof OrgAggregation];
export const ORG_AGGREGATIONS = values(OrgAggregation);

export const TimeAggregation = { SUM: 'SUM', AVG: 'AVG', LAST: 'LAST', RATIO: 'RATIO', ANNUAL: 'ANNUAL' } as const;
export type TimeAggregation = (typeof TimeAggregation)[keyof typeof TimeAggregation];
export const TIME_AGGREGATIONS = values(TimeAggregation);

export const Periodicity = { manad: 'manad', kvartal: 'kvartal', ar: 'ar' } as const;
export type Periodicity = (typeof Periodicity)[keyof typeof Periodicity];
export const PERIODICITIES = values(Periodicity);

export const IndicatorSource = { manual: 'manual', import: 'import', kolada: 'kolada' } as const;
export type IndicatorSource = (typeof IndicatorSource)[keyof typeof IndicatorSource];
export const INDICATOR_SOURCES = values(IndicatorSource);

export const RatioKind = {
  produktivitet: 'produktivitet',
  kostnadPerPrestation: 'kostnad_per_prestation',
  effektivitet: 'effektivitet',
  kostnadPerResultat: 'kostnad_per_resultat',
  kvot: 'kvot',
} as const;
export type RatioKind = (typeof RatioKind)[keyof typeof RatioKind];
export const RATIO_KINDS = values(RatioKind);

/** Where an uppdrag (an assignment from KF, KS or a nämnd) stands. */
export const UppdragStatus = { ejPaborjat: 'ej_paborjat', pagar: 'pagar', klart: 'klart', avbrutet: 'avbrutet' } as const;
export type UppdragStatus = (typeof UppdragStatus)[keyof typeof UppdragStatus];
export const UPPDRAG_STATUSES = values(UppdragStatus);
