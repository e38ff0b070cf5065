import type { EntityManager } from 'typeorm';

export interface BenchmarkRow {
  kpiId: string;
  municipalityId: string;
  year: number;
  gender: string;
  value: number | null;
  attributable: boolean;
}

export interface RevisionRow {
  kpiId: string;
  municipalityId: string;
  year: number;
  gender: string;
  oldValue: number | null;
  newValue: number | null;
}

const num = (v: string | null) => (v === null ? null : Number(v));

/** Every query on benchmark_value and benchmark_revision (row-level security keeps them in the kommun). */
export const benchmarkQueries = {
  async values(m: EntityManager, filter: { kpiIds: readonly string[]; municipalityIds?: readonly string[] | null; fromYear?: number | null; toYear?: number | null }): Promise<BenchmarkRow[]> {
    if (filter.kpiIds.length === 0) return [];
    const rows: { kpi_id: string; municipality_id: string; year: number; gender: string; value: string | null; attributable: boolean }[] = await m.query(
      `SELECT kpi_id, municipality_id, year, gender, value, attributable FROM benchmark_value
        WHERE kpi_id = ANY($1::text[]) AND ($2::text[] IS NULL OR municipality_id = ANY($2::text[]))
          AND ($3::int IS NULL OR year >= $3) AND ($4::int IS NULL OR year <= $4)
        ORDER BY kpi_id, municipality_id, year, gender`,
      [filter.kpiIds, filter.municipalityIds ?? null, filter.fromYear ?? null, filter.toYear ?? null],
    );
    return rows.map((r) => ({ kpiId: r.kpi_id, municipalityId: r.municipality_id, year: r.year, gender: r.gender, value: num(r.value), attributable: r.attributable }));
  },

  /** Writes the rows (insert or replace by kpi, municipality, year, gender) in one statement. */
  async upsert(m: EntityManager, tenantId: string, rows: readonly BenchmarkRow[]): Promise<void> {
    if (rows.length === 0) return;
    await m.query(
      `INSERT INTO benchmark_value (tenant_id, kpi_id, municipality_id, year, gender, value, attributable, fetched_at)
       SELECT $1::uuid, t.k, t.mu, t.y, t.g, t.v, t.a, now()
         FROM unnest($2::text[], $3::text[], $4::int[], $5::text[], $6::numeric[], $7::boolean[]) AS t(k, mu, y, g, v, a)
       ON CONFLICT ON CONSTRAINT "UQ_benchmark_value" DO UPDATE
         SET value = EXCLUDED.value, attributable = EXCLUDED.attributable, fetched_at = now()`,
      [
        tenantId,
        rows.map((r) => r.kpiId),
        rows.map((r) => r.municipalityId),
        rows.map((r) => r.year),
        rows.map((r) => r.gender),
        rows.map((r) => r.value),
        rows.map((r) => r.attributable),
      ],
    );
  },

  /** Entries Kolada marked deleted. */
  async remove(m: EntityManager, rows: readonly Pick<BenchmarkRow, 'kpiId' | 'municipalityId' | 'year' | 'gender'>[]): Promise<void> {
    if (rows.length === 0) return;
    await m.query(
      `DELETE FROM benchmark_value b USING unnest($1::text[], $2::text[], $3::int[], $4::text[]) AS t(k, mu, y, g)
        WHERE b.kpi_id = t.k AND b.municipality_id = t.mu AND b.year = t.y AND b.gender = t.g`,
      [rows.map((r) => r.kpiId), rows.map((r) => r.municipalityId), rows.map((r) => r.year), rows.map((r) => r.gender)],
    );
  },

  async recordRevisions(m: EntityManager, tenantId: string, rows: readonly RevisionRow[]): Promise<void> {
    if (rows.length === 0) return;
    await m.query(
      `INSERT INTO benchmark_revision (tenant_id, kpi_id, municipality_id, year, gender, old_value, new_value)
       SELECT $1::uuid, t.k, t.mu, t.y, t.g, t.o, t.n
         FROM unnest($2::text[], $3::text[], $4::int[], $5::text[], $6::numeric[], $7::numeric[]) AS t(k, mu, y, g, o, n)`,
      [
        tenantId,
        rows.map((r) => r.kpiId),
        rows.map((r) => r.municipalityId),
        rows.map((r) => r.year),
        rows.map((r) => r.gender),
        rows.map((r) => r.oldValue),
        rows.map((r) => r.newValue),
      ],
    );
  },

  async revisions(m: EntityManager, kpiIds: readonly string[] | null): Promise<(RevisionRow & { detectedAt: Date })[]> {
    const rows: { kpi_id: string; municipality_id: string; year: number; gender: string; old_value: string | null; new_value: string | null; created_at: Date }[] =
      await m.query(
        `SELECT kpi_id, municipality_id, year, gender, old_value, new_value, created_at FROM benchmark_revision
          WHERE $1::text[] IS NULL OR kpi_id = ANY($1::text[]) ORDER BY created_at DESC, kpi_id, municipality_id, year LIMIT 500`,
        [kpiIds],
      );
    return rows.map((r) => ({
      kpiId: r.kpi_id, municipalityId: r.municipality_id, year: r.year, gender: r.gender, oldValue: num(r.old_value), newValue: num(r.new_value), detectedAt: r.created_at,
    }));
  },
};
