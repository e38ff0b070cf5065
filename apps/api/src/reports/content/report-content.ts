import type { EntityManager } from 'typeorm';
import type { ChainLink, Direction, GoalLevel, OrgNodeKind, Periodicity } from '@resultatkedjan/contracts';
import type { IndicatorLevelScale } from '../../chain/indicator.entity.js';
import type { ReportRef } from '../support/report-ref.js';
import { goalQueries } from '../../goals/goal.queries.js';
import { type DraftVisibility } from '../../goals/draft-visibility.js';
import { orgTreeQueries } from '../../org/org-tree.queries.js';
import { reportQueries, type ReportIndicatorRow as IndicatorRow } from '../report.queries.js';
import { periodYear, previousPeriod, valuePeriodKey } from './report-period.js';
import { resolveYearlyKeys, type FrozenValue } from './yearly-value-keys.js';

export interface ContentIndicator {
  id: string;
  goalId: string;
  key: string;
  name: string;
  unit: string;
  link: ChainLink;
  direction: Direction;
  periodicity: Periodicity;
  targeted: boolean;
  numeratorIndicatorId: string | null;
  denominatorIndicatorId: string | null;
  scale: number | null;
  levelScale: IndicatorLevelScale | null;
  /** A rate computed from its numerator and denominator: shown, never entered. */
  computed: boolean;
  valuePeriodKey: string;
  previousPeriodKey: string;
  /** A yearly value stored in another period that is locked or reported: shown, not changed here. */
  frozen: FrozenValue | null;
}

export interface ContentGoal {
  id: string;
  key: string;
  title: string;
  level: GoalLevel;
  ownerNodeId: string;
  indicators: ContentIndicator[];
}

export interface ReportContent {
  goals: ContentGoal[];
  indicators: Map<string, ContentIndicator>;
  goalIds: Set<string>;
}

/** Kinds that end the walk up the tree: the body whose goals a unit reports on. */
const BODY_KINDS: OrgNodeKind[] = ['namnd', 'bolag', 'ks', 'kf'];

/**
 * What a report covers. The goals are those valid in the period's year that have at least one indicator and are
 * owned by the report's node or by a node above it, up to and including the nearest body (nämnd, bolag, KS or
 * KF). A school thus reports on its own goals and those of its grundskola, förvaltning and nämnd, but not on
 * KF's goals; KF's goals appear only in KF's own report. Every indicator of those goals is included. A draft goal
 * (förslag) is included only for a reader who may read it (draft-visibility.ts): a report read by a revisor, or
 * written at a unit that a nämnd's draft was not sent to, shows the decided goals only.
 */
export async function loadReportContent(m: EntityManager, ref: ReportRef, visibility: DraftVisibility): Promise<ReportContent> {
  const upToBody = await orgTreeQueries.ancestorsUpToKind(m, ref.orgNodeId, BODY_KINDS);
  const goalRows = await goalQueries.withIndicatorsOwnedBy(m, upToBody, periodYear(ref.period), visibility);
  const goalIds = goalRows.map((g) => g.id);
  const indicatorRows = await reportQueries.indicatorsOf(m, goalIds);
  const indicators = new Map<string, ContentIndicator>();
  const byGoal = new Map<string, ContentIndicator[]>(goalIds.map((id) => [id, []]));
  for (const indicator of await resolveYearlyKeys(m, ref, indicatorRows.map((row) => toIndicator(row, ref)))) {
    indicators.set(indicator.id, indicator);
    byGoal.get(indicator.goalId)!.push(indicator);
  }
  const goals = goalRows.map((g) => ({
    id: g.id,
    key: g.key,
    title: g.title,
    level: g.level,
    ownerNodeId: g.owner_node_id,
    indicators: byGoal.get(g.id)!,
  }));
  return { goals, indicators, goalIds: new Set(goalIds) };
}

function toIndicator(row: IndicatorRow, ref: ReportRef): ContentIndicator {
  const key = valuePeriodKey(ref.period, row.periodicity);
  return {
    id: row.id,
    goalId: row.goal_id,
    key: row.key,
    name: row.name,
    unit: row.unit,
    link: row.link,
    direction: row.direction,
    periodicity: row.periodicity,
    targeted: row.targeted,
    numeratorIndicatorId: row.numerator_indicator_id,
    denominatorIndicatorId: row.denominator_indicator_id,
    scale: row.scale === null ? null : Number(row.scale),
    levelScale: row.level_scale,
    computed: row.numerator_indicator_id !== null && row.denominator_indicator_id !== null,
    valuePeriodKey: key,
    previousPeriodKey: previousPeriod(key),
    frozen: null,
  };
}
