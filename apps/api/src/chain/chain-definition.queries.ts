import type { EntityManager } from 'typeorm';
import type { TenantSettings } from '../tenancy/tenant.entity.js';
import type { ChainElement } from './chain-element.entity.js';
import type { Indicator } from './indicator.entity.js';
import type { RatioDefinition } from './ratio-definition.entity.js';

/** Goals' chains as stored: rows shaped like the entities (camelCase, dates as Date), for the usual mappers. */
export interface ChainDefinitionRows {
  settings: TenantSettings;
  elements: ChainElement[];
  /** The goals' own indicators and those of other goals they or their ratios refer to, each with its element's link. */
  indicators: (Indicator & { link: ChainElement['link'] })[];
  ratios: RatioDefinition[];
  targets: { indicatorId: string; periodKey: string; targetValue: number }[];
}

type JsonRow = Record<string, unknown>;

const camel = (key: string) => key.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());

/** A JSON row (snake_case, timestamps as text) as the entity-shaped object the mappers take. */
function entityRow<T>(row: JsonRow): T {
  const out: JsonRow = {};
  for (const [key, value] of Object.entries(row)) out[camel(key)] = key === 'created_at' && typeof value === 'string' ? new Date(value) : value;
  return out as T;
}

/**
 * The chain_element, indicator, indicator_target and ratio_definition rows of several goals, the indicators outside
 * them that they refer to (numerators, denominators, weights), and the kommun's settings: ONE statement, so a chain's
 * definition costs one round trip however many goals it covers.
 */
export const chainDefinitionQueries = {
  async forGoals(m: EntityManager, goalIds: readonly string[]): Promise<ChainDefinitionRows> {
    const [row]: { settings: TenantSettings | null; elements: JsonRow[]; indicators: JsonRow[]; ratios: JsonRow[]; targets: JsonRow[] }[] =
      await m.query(
        `WITH own AS (SELECT * FROM indicator WHERE goal_id = ANY($1::uuid[])),
              ratios AS (SELECT * FROM ratio_definition WHERE goal_id = ANY($1::uuid[])),
              referenced AS (
                SELECT unnest(ARRAY[numerator_indicator_id, denominator_indicator_id, weight_indicator_id]) AS id FROM own
                UNION SELECT unnest(ARRAY[numerator_indicator_id, denominator_indicator_id]) FROM ratios),
              wanted AS (
                SELECT * FROM own
                UNION ALL
                SELECT i.* FROM indicator i WHERE i.id IN (SELECT id FROM referenced WHERE id IS NOT NULL) AND NOT (i.goal_id = ANY($1::uuid[])))
         SELECT (SELECT settings FROM tenant WHERE id = rk_current_tenant()) AS settings,
                coalesce((SELECT json_agg(e) FROM chain_element e WHERE e.goal_id = ANY($1::uuid[])), '[]') AS elements,
                coalesce((SELECT json_agg(w) FROM (SELECT wanted.*, e.link FROM wanted JOIN chain_element e ON e.id = wanted.chain_element_id) w), '[]') AS indicators,
                coalesce((SELECT json_agg(r ORDER BY r.sort_order, r.name) FROM ratios r), '[]') AS ratios,
                coalesce((SELECT json_agg(json_build_object('indicator_id', t.indicator_id, 'period_key', t.period_key, 'target_value', t.target_value))
                            FROM indicator_target t WHERE t.indicator_id IN (SELECT id FROM own)), '[]') AS targets`,
        [goalIds],
      );
    return {
      settings: row?.settings ?? {},
      elements: (row?.elements ?? []).map((r) => entityRow<ChainElement>(r)),
      indicators: (row?.indicators ?? []).map((r) => entityRow<Indicator & { link: ChainElement['link'] }>(r)),
      ratios: (row?.ratios ?? []).map((r) => entityRow<RatioDefinition>(r)),
      targets: (row?.targets ?? []).map((r) => ({ indicatorId: r.indicator_id as string, periodKey: r.period_key as string, targetValue: Number(r.target_value) })),
    };
  },
};
