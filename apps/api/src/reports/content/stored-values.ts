import type { EntityManager } from 'typeorm';
import type { IndicatorSource } from '@resultatkedjan/contracts';
import type { ReportContent } from './report-content.js';

/** One stored utfall of the report's node. */
export interface StoredValue {
  id: string;
  indicatorId: string;
  periodKey: string;
  value: number;
  referencePeriodKey: string | null;
  comment: string | null;
  source: IndicatorSource;
  version: number;
}

export type ValueMap = Map<string, StoredValue>;
export const cellKey = (indicatorId: string, periodKey: string) => `${indicatorId}|${periodKey}`;

/** The node's values for this and the previous period of every indicator in the report (and the parts of rates). One query. */
export async function loadStoredValues(m: EntityManager, orgNodeId: string, content: ReportContent): Promise<ValueMap> {
  const ids = new Set<string>();
  const keys = new Set<string>();
  for (const indicator of content.indicators.values()) {
    for (const id of [indicator.id, indicator.numeratorIndicatorId, indicator.denominatorIndicatorId]) if (id) ids.add(id);
    keys.add(indicator.valuePeriodKey).add(indicator.previousPeriodKey);
  }
  if (ids.size === 0) return new Map();
  const rows: {
    id: string; indicator_id: string; period_key: string; value: string; reference_period_key: string | null;
    comment: string | null; source: IndicatorSource; version: number;
  }[] = await m.query(
    `SELECT id, indicator_id, period_key, value, reference_period_key, comment, source, version
       FROM indicator_value
      WHERE org_node_id = $1 AND indicator_id = ANY($2::uuid[]) AND period_key = ANY($3::text[])`,
    [orgNodeId, [...ids], [...keys]],
  );
  return new Map(
    rows.map((r) => [
      cellKey(r.indicator_id, r.period_key),
      {
        id: r.id,
        indicatorId: r.indicator_id,
        periodKey: r.period_key,
        value: Number(r.value),
        referencePeriodKey: r.reference_period_key,
        comment: r.comment,
        source: r.source,
        version: Number(r.version),
      },
    ]),
  );
}

/** Målvärden for the report's value periods and their years (a period target wins over the year's). One query. */
export async function loadTargets(m: EntityManager, content: ReportContent): Promise<Map<string, number>> {
  const ids = [...content.indicators.keys()];
  if (ids.length === 0) return new Map();
  const keys = new Set<string>();
  for (const indicator of content.indicators.values()) {
    keys.add(indicator.valuePeriodKey).add(indicator.valuePeriodKey.slice(0, 4));
    keys.add(indicator.previousPeriodKey).add(indicator.previousPeriodKey.slice(0, 4));
  }
  const rows: { indicator_id: string; period_key: string; target_value: string }[] = await m.query(
    `SELECT indicator_id, period_key, target_value FROM indicator_target
      WHERE indicator_id = ANY($1::uuid[]) AND period_key = ANY($2::text[])`,
    [ids, [...keys]],
  );
  return new Map(rows.map((r) => [cellKey(r.indicator_id, r.period_key), Number(r.target_value)]));
}

export function targetFor(targets: Map<string, number>, indicatorId: string, periodKey: string): number | null {
  return targets.get(cellKey(indicatorId, periodKey)) ?? targets.get(cellKey(indicatorId, periodKey.slice(0, 4))) ?? null;
}
