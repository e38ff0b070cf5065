import type { AggregationInput } from '../../aggregation/aggregation-context.js';
import { createAggregationContext, type AggregationContext } from '../../aggregation/aggregation-context.js';
import { KFN1_INDICATORS, KFN1_VALUES } from './bibliotek.js';
import { HEM_INDICATORS, HEM_VALUES } from './bostadsbolag.js';
import { SBN1_INDICATORS, SBN1_VALUES } from './bygglov.js';
import { EV1_INDICATORS, EV1_VALUES } from './energi-vatten.js';
import {
  BUN1_INDICATORS, GRUNDSKOLA_ANNUAL_INDICATORS, GRUNDSKOLA_ANNUAL_VALUES, NORRSKOLAN_QUARTERLY_VALUES,
  OTHER_SCHOOLS_QUARTERLY_VALUES,
} from './grundskola.js';
import { VON1_INDICATORS, VON1_VALUES } from './hemtjanst.js';
import { SN1_INDICATORS, SN1_VALUES } from './ifo.js';
import { FINANS_INDICATORS, FINANS_VALUES } from './kommun-finans.js';
import { EXEMPELSTAD_ORG } from './org.js';
import { quartersOf } from './value-builders.js';

export * from './bibliotek.js';
export * from './bostadsbolag.js';
export * from './bygglov.js';
export * from './energi-vatten.js';
export * from './grundskola.js';
export * from './hemtjanst.js';
export * from './ifo.js';
export * from './kommun-finans.js';
export * from './org.js';
export * from './value-builders.js';

/** All of Exempelstad's demo data (DOMAIN.md 7.4) as one input, annual table and quarterly chains together. */
export const DEMO_INDICATORS = [
  ...GRUNDSKOLA_ANNUAL_INDICATORS, ...BUN1_INDICATORS, ...VON1_INDICATORS, ...SN1_INDICATORS, ...SBN1_INDICATORS,
  ...KFN1_INDICATORS, ...HEM_INDICATORS, ...EV1_INDICATORS, ...FINANS_INDICATORS,
];

export const DEMO_VALUES = [
  ...GRUNDSKOLA_ANNUAL_VALUES, ...NORRSKOLAN_QUARTERLY_VALUES, ...OTHER_SCHOOLS_QUARTERLY_VALUES, ...VON1_VALUES,
  ...SN1_VALUES, ...SBN1_VALUES, ...KFN1_VALUES, ...HEM_VALUES, ...EV1_VALUES, ...FINANS_VALUES,
];

/** The demo input for periods: 2025 → the year key and its four quarters. */
export function demoInput(periodKeys: readonly string[]): AggregationInput {
  return { values: DEMO_VALUES, orgTree: EXEMPELSTAD_ORG, periodKeys, indicators: DEMO_INDICATORS };
}

/** A context over a whole demo year: the annual key plus its quarters. */
export function demoYear(year: 2025 | 2026): AggregationContext {
  return createAggregationContext(demoInput([String(year), ...quartersOf(year)]));
}
