import type { EntityManager } from 'typeorm';
import type { PeriodSnapshotData, PeriodSnapshotDataV1, StoredPeriodSnapshot } from '@resultatkedjan/contracts';
import type { IndicatorDefinition, RatioKind } from '@resultatkedjan/domain';
import { PeriodSnapshot } from './period-snapshot.entity.js';

/** A stored snapshot without its values and aggregates (what exports read). */
export type ExportedSnapshot = Omit<PeriodSnapshotDataV1, 'values' | 'aggregates'> | Omit<PeriodSnapshotData, 'values' | 'aggregates'>;

/** An indicator as the snapshot's engine needs it. */
export interface SnapshotIndicatorRow {
  id: string;
  unit: string;
  org_aggregation: IndicatorDefinition['orgAggregation'];
  time_aggregation: IndicatorDefinition['timeAggregation'];
  numerator_indicator_id: string | null;
  denominator_indicator_id: string | null;
  weight_indicator_id: string | null;
  scale: string | null;
  periodicity: 'manad' | 'kvartal' | 'ar';
}

/** A declared ratio as the snapshot's engine needs it. */
export interface SnapshotRatioRow {
  id: string;
  kind: RatioKind;
  numerator_indicator_id: string;
  denominator_indicator_id: string;
  scale: string | null;
  unit: string | null;
}

/**
 * Every query on period_snapshot, the frozen picture of a locked period. Its data column is typed by the contract
 * PeriodSnapshotData. The two reads of the chain's definitions (indicator, ratio_definition) move to the chain's
 * queries module once it has one.
 */
export const periodSnapshotQueries = {
  /** Stores the snapshot unless the period has one; true when this call stored it. */
  async insertOnce(m: EntityManager, tenantId: string, periodId: string, data: PeriodSnapshotData): Promise<boolean> {
    const inserted: unknown[] = await m.query(
      `INSERT INTO period_snapshot (tenant_id, period_id, data) VALUES ($1, $2, $3)
       ON CONFLICT ON CONSTRAINT "UQ_period_snapshot_period" DO NOTHING RETURNING id`,
      [tenantId, periodId, JSON.stringify(data)],
    );
    return inserted.length === 1;
  },

  /** The period's snapshot, or null when it has none yet. */
  async findByPeriod(m: EntityManager, periodId: string): Promise<StoredPeriodSnapshot | null> {
    const row = await m.findOneBy(PeriodSnapshot, { periodId });
    return row?.data ?? null;
  },

  /**
   * What an export reads of the period's snapshot: everything but the raw values and per-node roll-ups (the largest
   * parts, which exports do not show), or null when the period has none.
   */
  async findForExport(m: EntityManager, periodId: string): Promise<ExportedSnapshot | null> {
    const [row]: { data: ExportedSnapshot }[] = await m.query(
      `SELECT data - 'values' - 'aggregates' AS data FROM period_snapshot WHERE period_id = $1`,
      [periodId],
    );
    return row?.data ?? null;
  },

  /** The snapshot version of each given period that has a snapshot. */
  async versionsOf(m: EntityManager, periodIds: readonly string[]): Promise<Map<string, number>> {
    const rows: { period_id: string; version: number }[] = await m.query(
      `SELECT period_id, (data->>'version')::int AS version FROM period_snapshot WHERE period_id = ANY($1::uuid[])`,
      [periodIds],
    );
    return new Map(rows.map((r) => [r.period_id, r.version]));
  },

  /** Every indicator definition of the kommun, by id. */
  indicatorDefinitions(m: EntityManager): Promise<SnapshotIndicatorRow[]> {
    return m.query(
      `SELECT id, unit, org_aggregation, time_aggregation, numerator_indicator_id, denominator_indicator_id,
         weight_indicator_id, scale, periodicity FROM indicator ORDER BY id`,
    );
  },

  /** Every declared ratio of the kommun, by id. */
  ratioDefinitions(m: EntityManager): Promise<SnapshotRatioRow[]> {
    return m.query(`SELECT id, kind, numerator_indicator_id, denominator_indicator_id, scale, unit FROM ratio_definition ORDER BY id`);
  },
};
