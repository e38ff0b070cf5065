import type { IndicatorDefinition } from '@resultatkedjan/domain';
import type { IndicatorDto } from '@resultatkedjan/contracts';

export interface DefinitionSet {
  /** Definitions the engine accepts (references present and summable). */
  valid: IndicatorDefinition[];
  /** Indicator id → why it cannot be computed (Swedish). */
  invalid: Map<string, string>;
}

function toDefinition(indicator: IndicatorDto): IndicatorDefinition {
  return {
    id: indicator.id,
    unit: indicator.unit,
    orgAggregation: indicator.orgAggregation,
    timeAggregation: indicator.timeAggregation,
    ...(indicator.numeratorIndicatorId !== null && { numeratorIndicatorId: indicator.numeratorIndicatorId }),
    ...(indicator.denominatorIndicatorId !== null && { denominatorIndicatorId: indicator.denominatorIndicatorId }),
    ...(indicator.weightIndicatorId !== null && { weightIndicatorId: indicator.weightIndicatorId }),
    ...(indicator.scale !== null && { scale: indicator.scale }),
  };
}

/**
 * Turns stored indicators into engine definitions. Stored rows normally pass the API's rules, but a referenced
 * indicator may have been removed (the foreign key sets null); such indicators are left out and reported instead
 * of failing the whole view. References always point at SUM indicators, which refer to nothing, so one pass suffices.
 */
export function buildDefinitions(indicators: readonly IndicatorDto[]): DefinitionSet {
  const byId = new Map(indicators.map((i) => [i.id, i]));
  const summable = (id: string | null) => id !== null && byId.get(id)?.orgAggregation === 'SUM';
  const valid: IndicatorDefinition[] = [];
  const invalid = new Map<string, string>();
  for (const indicator of indicators) {
    let problem: string | null = null;
    if (indicator.orgAggregation === 'RATIO' && !(summable(indicator.numeratorIndicatorId) && summable(indicator.denominatorIndicatorId))) {
      problem = `Indikatorn ${indicator.key} saknar en summerbar täljare eller nämnare och kan inte beräknas.`;
    } else if (indicator.orgAggregation === 'WEIGHTED_MEAN' && !summable(indicator.weightIndicatorId)) {
      problem = `Indikatorn ${indicator.key} saknar en summerbar viktindikator och kan inte beräknas.`;
    } else if (indicator.timeAggregation === 'RATIO' && indicator.orgAggregation !== 'RATIO') {
      problem = `Indikatorn ${indicator.key} har tidsaggregering RATIO utan täljare och nämnare.`;
    }
    if (problem === null) valid.push(toDefinition(indicator));
    else invalid.set(indicator.id, problem);
  }
  return { valid, invalid };
}
