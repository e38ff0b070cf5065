import type { CsvCell } from '@resultatkedjan/domain';
import type { ExportContent } from '@resultatkedjan/contracts';

/** The flat table the CSV is (and the benchmark's floor writes unformatted): one row per goal result, indicator, ratio and assessment. */
export const EXPORT_ROW_HEADER = [
  'typ', 'organ', 'mal', 'malniva', 'geh', 'namn', 'varde', 'enhet', 'malvarde', 'taljare', 'taljarenhet', 'namnare', 'namnarenhet',
  'niva', 'bedomning', 'motivering',
] as const;

export function exportRows(content: ExportContent): CsvCell[][] {
  const bodyName = new Map(content.bodies.map((b) => [b.key, b.name]));
  const rows: CsvCell[][] = [];
  for (const g of content.goals) {
    const base = [bodyName.get(g.bodyKey) ?? g.ownerName, g.key, g.levelLabel, g.geh];
    rows.push(['mal', ...base, g.title, null, null, null, null, null, null, null, g.result.level, g.result.label, null]);
    for (const i of g.indicators) {
      rows.push(['indikator', ...base, i.name, i.outcome, i.unit, i.target, i.numerator, i.numeratorUnit, i.denominator, i.denominatorUnit, i.level, i.label, null]);
    }
    for (const r of g.ratios) {
      rows.push(['nyckeltal', ...base, r.name, r.value, r.unit, null, r.numerator, r.numeratorUnit, r.denominator, r.denominatorUnit, null, null, null]);
    }
    for (const a of g.assessments) {
      rows.push(['bedomning', ...base, `${a.tierLabel} (${a.orgNodeName})`, null, null, null, null, null, null, null, a.level, a.label, a.justification]);
    }
  }
  return rows;
}
