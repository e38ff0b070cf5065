import type { EntityManager } from 'typeorm';
import type { RatioKind } from '@resultatkedjan/contracts';
import type { FieldErrors } from '../../common/errors/field-errors.js';
import { indicatorQueries } from '../indicators/indicator.queries.js';
import { checkRatioPair, type RatioSide } from './ratio-pair-rules.js';

/** Loads both sides with their links (one query) and returns what does not fit the kind, keyed by field. */
export async function ratioPairProblems(
  m: EntityManager,
  kind: RatioKind,
  numeratorId: string,
  denominatorId: string,
  goalId: string,
): Promise<FieldErrors> {
  const indicators = await indicatorQueries.linked(m, [numeratorId, denominatorId]);
  const sides = new Map<string, RatioSide>(
    indicators.map((i) => [i.id, {
      id: i.id, key: i.key, goalId: i.goalId, link: i.link, unit: i.unit, direction: i.direction, orgAggregation: i.orgAggregation,
    }]),
  );
  return checkRatioPair(kind, sides.get(numeratorId), sides.get(denominatorId), goalId);
}
