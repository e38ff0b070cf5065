// Sector templates for a goal's chain (DOMAIN.md 4.2): shapes shared by the API, the web and libs/domain's data.
import type { ChainLink, Direction, OrgAggregation, Periodicity, RatioKind, TimeAggregation } from './enums.js';
import type { ChainElementDto, IndicatorDto, RatioDefinitionDto } from './chain.js';

export const CHAIN_TEMPLATE_IDS = ['grundskola', 'hemtjanst', 'ifo', 'bygglov', 'bibliotek', 'bostadsbolag', 'va-energi'] as const;
export type ChainTemplateId = (typeof CHAIN_TEMPLATE_IDS)[number];

export interface ChainTemplateElement {
  link: ChainLink;
  name: string;
  description: string;
  /** aktivitet only: the template indicator (ref) the activity is meant to move. */
  resultRef?: string;
}

/** An indicator of a template; `ref` becomes the key suffix (`<goal key>.<ref>`) and names it within the template. */
export interface ChainTemplateIndicator {
  ref: string;
  link: ChainLink;
  name: string;
  unit: string;
  direction: Direction;
  orgAggregation: OrgAggregation;
  timeAggregation: TimeAggregation;
  periodicity: Periodicity;
  purpose: string;
  /** false = bevakningsnyckeltal; defaults to true for resultat, false otherwise. */
  targeted?: boolean;
  numeratorRef?: string;
  denominatorRef?: string;
  weightRef?: string;
  scale?: number;
  koladaId?: string;
}

export interface ChainTemplateRatio {
  kind: RatioKind;
  name: string;
  numeratorRef: string;
  denominatorRef: string;
  unit?: string;
  scale?: number;
}

/** A sector's chain: elements per link, result-first indicators and the ratio pairs the controller adjusts. */
export interface ChainTemplate {
  id: ChainTemplateId;
  sector: string;
  /** An example goal statement for the sector. */
  goalExample: string;
  elements: ChainTemplateElement[];
  indicators: ChainTemplateIndicator[];
  ratios: ChainTemplateRatio[];
}

export interface ApplyChainTemplateRequest {
  templateId: ChainTemplateId;
}

/** What applying a template created on the goal, in one transaction. */
export interface AppliedChainTemplateDto {
  templateId: ChainTemplateId;
  elements: ChainElementDto[];
  indicators: IndicatorDto[];
  ratios: RatioDefinitionDto[];
  /** Soft warnings, e.g. more indicators than the kommun's ceiling. */
  warnings: string[];
}
