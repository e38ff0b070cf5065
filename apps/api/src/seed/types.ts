import type {
  ChainLink, Direction, GoalLevel, OrgAggregation, OrgNodeKind, Periodicity, RatioKind, Role, TimeAggregation,
} from '@resultatkedjan/contracts';

/** The demo kommun's data as plain records keyed by the stable keys of DOMAIN.md 7.2–7.4. */

export interface OrgNodeSeed {
  key: string;
  name: string;
  kind: OrgNodeKind;
  parent?: string;
  /** Bolag only. */
  ownershipShare?: number;
  purpose?: string;
}

export interface GrunduppdragSeed {
  node: string;
  text: string;
}

export interface DecisionSeed {
  organ: string;
  datum: string;
  paragraf: string;
  diarienummer: string;
}

export interface GoalSeed {
  key: string;
  level: GoalLevel;
  title: string;
  description?: string;
  owner: string;
  parent?: string;
  /** Further goals this goal also serves (goal_link). */
  alsoServes?: string[];
  geh: boolean;
  decision: DecisionSeed;
}

export interface AgardirektivSeed {
  bolag: string;
  title: string;
  body: string;
  adoptedOn: string;
  /** KF goals the directive serves. */
  serves: string[];
}

export interface IndicatorSeed {
  key: string;
  name: string;
  link: ChainLink;
  unit: string;
  direction: Direction;
  orgAggregation: OrgAggregation;
  timeAggregation: TimeAggregation;
  periodicity: Periodicity;
  /** Why we measure it and who uses it. */
  purpose: string;
  /** false = bevakningsnyckeltal. Default: true when targets are given. */
  targeted?: boolean;
  numerator?: string;
  denominator?: string;
  weight?: string;
  scale?: number;
  /** Målvärde per year (period key '2025' / '2026'). */
  targets?: Partial<Record<2025 | 2026, number>>;
  /** The Kolada KPI the indicator is benchmarked against. */
  koladaId?: string;
}

export interface RatioSeed {
  kind: RatioKind;
  name: string;
  numerator: string;
  denominator: string;
  scale?: number;
  unit?: string;
}

export interface ValueSeed {
  indicator: string;
  node: string;
  periodKey: string;
  value: number;
  comment?: string;
}

/** A goal's chain: one chain element per link it uses, its indicators, declared ratios and values. */
export interface ChainSeed {
  goal: string;
  /** Name of the chain element per link (only links with indicators are created). */
  elements: Partial<Record<ChainLink, string>>;
  indicators: IndicatorSeed[];
  ratios: RatioSeed[];
  values: ValueSeed[];
}

export interface DemoUser {
  email: string;
  name: string;
  role: Role;
  /** Org node key the role is scoped to; null = the whole kommun. */
  scopeKey: string | null;
  /** Swedish description of the scope for the start-up banner. */
  scope: string;
}
