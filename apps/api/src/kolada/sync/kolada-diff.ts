import { attributableToKolada, type KoladaValue } from '../client/kolada-types.js';
import type { BenchmarkRow, RevisionRow } from '../benchmarks/benchmark.queries.js';

export const cellKey = (r: { kpiId: string; municipalityId: string; year: number; gender: string }) => `${r.kpiId}|${r.municipalityId}|${r.year}|${r.gender}`;

const sameValue = (a: number | null, b: number | null) => (a === null || b === null ? a === b : Math.abs(a - b) < 1e-9);

/**
 * What a batch of fetched values does to the stored ones: rows to write, rows Kolada deleted, and revisions (a value
 * already stored that Kolada now publishes differently). A first fetch is never a revision.
 */
export function diffBenchmarks(fetched: readonly KoladaValue[], stored: readonly BenchmarkRow[]): { write: BenchmarkRow[]; remove: BenchmarkRow[]; revisions: RevisionRow[] } {
  const before = new Map(stored.map((r) => [cellKey(r), r]));
  const write: BenchmarkRow[] = [];
  const remove: BenchmarkRow[] = [];
  const revisions: RevisionRow[] = [];
  for (const v of fetched) {
    const row: BenchmarkRow = { kpiId: v.kpi, municipalityId: v.municipality, year: v.year, gender: v.gender, value: v.value, attributable: attributableToKolada(v.provenance) };
    const old = before.get(cellKey(row));
    if (v.deleted) {
      if (old) remove.push(row);
      continue;
    }
    write.push(row);
    if (old && !sameValue(old.value, row.value)) revisions.push({ ...cellKeyFields(row), oldValue: old.value, newValue: row.value });
  }
  return { write, remove, revisions };
}

function cellKeyFields(r: BenchmarkRow) {
  return { kpiId: r.kpiId, municipalityId: r.municipalityId, year: r.year, gender: r.gender };
}

/** A kommunkod Kolada knows: four digits, not the 99xx range the product uses for fictional (demo, test) kommuner. */
export function isRealKommunkod(kommunkod: string): boolean {
  return /^\d{4}$/.test(kommunkod) && !kommunkod.startsWith('99') && kommunkod !== '0000';
}

/** The five full years before today's. */
export function lastFiveYears(today: string): number[] {
  const year = Number(today.slice(0, 4));
  return [year - 5, year - 4, year - 3, year - 2, year - 1];
}
