/**
 * How an indicator's values combine over time (within one org node) and over the org tree. The two are
 * separate (DOMAIN.md 4.1): e.g. FTE is SUM over units but AVG over quarters.
 *
 * Time: SUM (flows), AVG (mean of the periods' values, e.g. FTE), LAST (stock at period end),
 * ANNUAL (one value a year: the year's single value), RATIO (numerator and denominator indicators
 * aggregated separately, each with its own time aggregation).
 * Org: SUM, RATIO (Σ numerator / Σ denominator × scale), WEIGHTED_MEAN (Σ v·w / Σ w with a weight indicator),
 * NONE (indices, medians: only a node's own value, never rolled up).
 */
export type TimeAggregation = 'SUM' | 'AVG' | 'LAST' | 'RATIO' | 'ANNUAL';
export type OrgAggregation = 'SUM' | 'RATIO' | 'WEIGHTED_MEAN' | 'NONE';

/** Time aggregations that combine one node's own series of values. */
export type SeriesAggregation = Exclude<TimeAggregation, 'RATIO'>;

export interface IndicatorDefinition {
  readonly id: string;
  readonly unit: string;
  readonly timeAggregation: TimeAggregation;
  readonly orgAggregation: OrgAggregation;
  /** RATIO only: indicators (with org aggregation SUM) whose sums are divided. */
  readonly numeratorIndicatorId?: string;
  readonly denominatorIndicatorId?: string;
  /** RATIO only: multiplier after dividing, e.g. 100 for %. Default 1. */
  readonly scale?: number;
  /** WEIGHTED_MEAN only: the weight indicator (org aggregation SUM), e.g. number of brukare. */
  readonly weightIndicatorId?: string;
}

export class IndicatorDefinitionError extends Error {
  constructor(indicatorId: string, detail: string) {
    super(`Indikator "${indicatorId}": ${detail}`);
    this.name = 'IndicatorDefinitionError';
  }
}

function requireSummable(
  owner: IndicatorDefinition,
  role: string,
  id: string | undefined,
  byId: ReadonlyMap<string, IndicatorDefinition>,
): void {
  if (id === undefined) throw new IndicatorDefinitionError(owner.id, `${role} saknas`);
  const referenced = byId.get(id);
  if (referenced === undefined) throw new IndicatorDefinitionError(owner.id, `${role} "${id}" är inte definierad`);
  if (referenced.orgAggregation !== 'SUM') {
    throw new IndicatorDefinitionError(owner.id, `${role} "${id}" måste ha organisationsaggregering SUM`);
  }
}

/** Checks ids are unique and references are consistent; returns the definitions by id. */
export function indexIndicatorDefinitions(
  definitions: readonly IndicatorDefinition[],
): ReadonlyMap<string, IndicatorDefinition> {
  const byId = new Map<string, IndicatorDefinition>();
  for (const definition of definitions) {
    if (byId.has(definition.id)) throw new IndicatorDefinitionError(definition.id, 'id förekommer flera gånger');
    byId.set(definition.id, definition);
  }
  for (const definition of definitions) {
    const { orgAggregation, timeAggregation } = definition;
    if (timeAggregation === 'RATIO' && orgAggregation !== 'RATIO') {
      throw new IndicatorDefinitionError(definition.id, 'tidsaggregering RATIO kräver organisationsaggregering RATIO');
    }
    if (orgAggregation === 'RATIO') {
      requireSummable(definition, 'täljarindikator', definition.numeratorIndicatorId, byId);
      requireSummable(definition, 'nämnarindikator', definition.denominatorIndicatorId, byId);
      if (definition.scale !== undefined && !(Number.isFinite(definition.scale) && definition.scale !== 0)) {
        throw new IndicatorDefinitionError(definition.id, 'skala måste vara ett ändligt tal skilt från noll');
      }
    }
    if (orgAggregation === 'WEIGHTED_MEAN') {
      requireSummable(definition, 'viktindikator', definition.weightIndicatorId, byId);
    }
  }
  return byId;
}
