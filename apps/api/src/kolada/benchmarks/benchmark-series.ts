import type { BenchmarkSeriesDto, BenchmarkSpreadDto } from '@resultatkedjan/contracts';
import type { BenchmarkRow } from './benchmark.queries.js';

export const RIKET = '0000';

export function kindOf(id: string): BenchmarkSeriesDto['kind'] {
  if (id === RIKET) return 'riket';
  return id.startsWith('G') ? 'grupp' : 'kommun';
}

/**
 * One series per comparison member (totals, gender T), sorted by name with Riket last, and the spread (min–max) of the
 * members' values per year. Deliberately no rank anywhere (R-6, R-33).
 */
export function buildSeries(
  memberIds: readonly string[],
  rows: readonly BenchmarkRow[],
  names: ReadonlyMap<string, string>,
  years: readonly number[],
): { series: BenchmarkSeriesDto[]; spread: BenchmarkSpreadDto[] } {
  const totals = rows.filter((r) => r.gender === 'T');
  const series: BenchmarkSeriesDto[] = memberIds.map((id) => ({
    municipalityId: id,
    name: names.get(id) ?? id,
    kind: kindOf(id),
    points: years.flatMap((year) => {
      const row = totals.find((r) => r.municipalityId === id && r.year === year);
      return row ? [{ year, value: row.value, fromKolada: row.attributable }] : [];
    }),
  }));
  series.sort((a, b) => Number(a.kind === 'riket') - Number(b.kind === 'riket') || a.name.localeCompare(b.name, 'sv'));
  const spread = years.map((year) => spreadOf(year, series));
  return { series, spread };
}

export function spreadOf(year: number, series: readonly BenchmarkSeriesDto[]): BenchmarkSpreadDto {
  const values = series.flatMap((s) => s.points.filter((p) => p.year === year && p.value !== null).map((p) => p.value!));
  return { year, min: values.length ? Math.min(...values) : null, max: values.length ? Math.max(...values) : null, count: values.length };
}

export function yearSpan(fromYear: number, toYear: number): number[] {
  const years: number[] = [];
  for (let y = fromYear; y <= toYear; y++) years.push(y);
  return years;
}
