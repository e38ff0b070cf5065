import type { EntityManager } from 'typeorm';
import {
  aggregateAllNodes,
  basePeriodsWithin,
  computeRatioForAllNodes,
  createAggregationContext,
  isPeriodWithin,
  parseIsoDate,
  parsePeriodKey,
  type AggregationContext,
  type DelarEndMonth,
  type IndicatorDefinition,
  type PeriodOptions,
} from '@resultatkedjan/domain';
import type { PeriodSnapshotData } from '@resultatkedjan/contracts';
import { orgTreeQueries } from '../org/org-tree.queries.js';
import { reportQueries } from '../reports/report.queries.js';
import { valueQueries } from '../values/value.queries.js';
import { periodSnapshotQueries, type SnapshotIndicatorRow as IndicatorRow } from './period-snapshot.queries.js';
import { buildSnapshotFollowUp } from './snapshot-follow-up.js';

export interface SnapshotPeriod {
  id: string;
  periodKey: string;
  kind: string;
  coversFrom: string;
  coversTo: string;
}

/** Which stored period keys of each periodicity fall inside the period: months, quarters, the whole year. */
function baseKeysByPeriodicity(period: SnapshotPeriod, options: PeriodOptions): Record<IndicatorRow['periodicity'], string[]> {
  const year = parsePeriodKey(period.periodKey).year;
  const wholeYear = period.coversFrom === `${year}-01-01` && period.coversTo === `${year}-12-31`;
  return {
    manad: basePeriodsWithin(period.periodKey, 'manad', options),
    kvartal: basePeriodsWithin(period.periodKey, 'kvartal', options),
    ar: wholeYear ? [String(year)] : [],
  };
}

function toDefinition(row: IndicatorRow): IndicatorDefinition {
  return {
    id: row.id,
    unit: row.unit,
    orgAggregation: row.org_aggregation,
    timeAggregation: row.time_aggregation,
    numeratorIndicatorId: row.numerator_indicator_id ?? undefined,
    denominatorIndicatorId: row.denominator_indicator_id ?? undefined,
    weightIndicatorId: row.weight_indicator_id ?? undefined,
    scale: row.scale === null ? undefined : Number(row.scale),
  };
}

/**
 * The frozen picture of a period at its lock: every stored value inside it, each indicator rolled up per org
 * node and each declared ratio per org node (ratio of sums, by the domain engine), and the reports' statuses.
 * An indicator's values count only at its own periodicity (a quarterly indicator's quarters, never a yearly
 * value beside them), so flows are not counted twice. Version 2 adds each ratio's numerator and denominator and the
 * follow-up content exports need (buildSnapshotFollowUp). A fixed number of queries, whatever the size of the kommun.
 */
export async function buildPeriodSnapshot(
  m: EntityManager,
  tenantId: string,
  period: SnapshotPeriod,
  takenAt: Date,
): Promise<PeriodSnapshotData> {
  const options: PeriodOptions =
    period.kind === 'delar' ? { delarEndMonth: parseIsoDate(period.coversTo).month as DelarEndMonth } : {};
  const keysByPeriodicity = baseKeysByPeriodicity(period, options);
  const candidateKeys = [...new Set([...keysByPeriodicity.manad, ...keysByPeriodicity.kvartal, ...keysByPeriodicity.ar])];

  const indicators = await periodSnapshotQueries.indicatorDefinitions(m);
  const ratios = await periodSnapshotQueries.ratioDefinitions(m);
  const nodes = await orgTreeQueries.allParents(m);
  const values = await valueQueries.inPeriods(m, candidateKeys);
  const reports = await reportQueries.statusesInPeriod(m, period.id);
  const followUp = await buildSnapshotFollowUp(m, tenantId, period);

  const periodicityOf = new Map(indicators.map((row) => [row.id, row.periodicity]));
  const counted = values.filter((row) => keysByPeriodicity[periodicityOf.get(row.indicatorId) ?? 'kvartal'].includes(row.periodKey));
  const problems: PeriodSnapshotData['problems'] = [];
  const snapshot: PeriodSnapshotData = {
    version: 2,
    periodKey: period.periodKey,
    coversFrom: period.coversFrom,
    coversTo: period.coversTo,
    takenAt: takenAt.toISOString(),
    periodKeys: candidateKeys.filter((key) => isPeriodWithin(key, period.periodKey, options)),
    values,
    aggregates: [],
    ratios: [],
    reports,
    problems,
    followUp,
  };
  if (nodes.length === 0 || candidateKeys.length === 0) return snapshot;

  let context: AggregationContext;
  try {
    context = createAggregationContext({
      values: counted.map(({ indicatorId, orgNodeId, periodKey, value }) => ({ indicatorId, orgNodeId, periodKey, value })),
      orgTree: nodes,
      periodKeys: candidateKeys,
      indicators: usableDefinitions(indicators, problems),
      periodOptions: options,
    });
  } catch (error) {
    problems.push({ kind: 'indicator', id: '*', message: (error as Error).message });
    return snapshot;
  }

  for (const [orgNodeId, byIndicator] of aggregateAllNodes(context)) {
    for (const result of byIndicator.values()) {
      if (result.coverage.total === 0 && result.value === null) continue;
      snapshot.aggregates.push({
        indicatorId: result.indicatorId,
        orgNodeId,
        value: result.value,
        unit: result.unit,
        reason: result.reason,
        coverage: { withData: result.coverage.withData, total: result.coverage.total },
      });
    }
  }
  for (const ratio of ratios) {
    try {
      const results = computeRatioForAllNodes(context, {
        kind: ratio.kind,
        numeratorIndicatorId: ratio.numerator_indicator_id,
        denominatorIndicatorId: ratio.denominator_indicator_id,
        scale: ratio.scale === null ? undefined : Number(ratio.scale),
        unit: ratio.unit ?? undefined,
      });
      for (const [orgNodeId, result] of results) {
        if (result.coverage.total === 0 && result.value === null) continue;
        snapshot.ratios.push({
          ratioDefinitionId: ratio.id, orgNodeId, value: result.value, unit: result.unit, reason: result.reason,
          numerator: result.numerator, denominator: result.denominator, numeratorUnit: result.numeratorUnit,
          denominatorUnit: result.denominatorUnit,
        });
      }
    } catch (error) {
      problems.push({ kind: 'ratio', id: ratio.id, message: (error as Error).message });
    }
  }
  return snapshot;
}

/**
 * Definitions the engine accepts: a RATIO or WEIGHTED_MEAN indicator whose parts are missing or not summable
 * is left out (and named in `problems`) instead of failing the whole snapshot.
 */
function usableDefinitions(rows: IndicatorRow[], problems: PeriodSnapshotData['problems']): IndicatorDefinition[] {
  const byId = new Map(rows.map((row) => [row.id, row]));
  const summable = (id: string | null) => id !== null && byId.get(id)?.org_aggregation === 'SUM';
  return rows.flatMap((row) => {
    const ratioOk = row.org_aggregation !== 'RATIO' || (summable(row.numerator_indicator_id) && summable(row.denominator_indicator_id));
    const weightOk = row.org_aggregation !== 'WEIGHTED_MEAN' || summable(row.weight_indicator_id);
    const timeOk = row.time_aggregation !== 'RATIO' || row.org_aggregation === 'RATIO';
    if (ratioOk && weightOk && timeOk) return [toDefinition(row)];
    problems.push({ kind: 'indicator', id: row.id, message: 'Indikatorns täljare, nämnare eller vikt saknas eller kan inte summeras.' });
    return [];
  });
}
