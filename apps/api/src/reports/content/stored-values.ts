import type { EntityManager } from 'typeorm';
import { valueQueries, type NodeValue } from '../../values/value.queries.js';
import { reportQueries } from '../report.queries.js';
import type { ReportContent } from './report-content.js';

/** One stored utfall of the report's node. */
export type StoredValue = NodeValue;

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
  const rows = await valueQueries.ofNode(m, orgNodeId, [...ids], [...keys]);
  return new Map(rows.map((r) => [cellKey(r.indicatorId, r.periodKey), r]));
}

/** Målvärden for the report's value periods and their years (a period target wins over the year's). One query. */
export async function loadTargets(m: EntityManager, content: ReportContent): Promise<Map<string, number>> {
  const ids = [...content.indicators.keys()];
  const keys = new Set<string>();
  for (const indicator of content.indicators.values()) {
    keys.add(indicator.valuePeriodKey).add(indicator.valuePeriodKey.slice(0, 4));
    keys.add(indicator.previousPeriodKey).add(indicator.previousPeriodKey.slice(0, 4));
  }
  return reportQueries.targets(m, ids, [...keys]);
}

export function targetFor(targets: Map<string, number>, indicatorId: string, periodKey: string): number | null {
  return targets.get(cellKey(indicatorId, periodKey)) ?? targets.get(cellKey(indicatorId, periodKey.slice(0, 4))) ?? null;
}
