import type { ReportContent } from '../content/report-content.js';
import { valueOf } from '../content/report-view.js';
import { targetFor, type ValueMap } from '../content/stored-values.js';
import type { ReportRef } from '../support/report-ref.js';
import { COLUMNS, type ColumnName } from './columns.js';
import { VALUES_SHEET } from './read-sheet.js';

const INSTRUCTIONS = [
  'Så fyller du i mallen',
  '',
  '1. Fyll i kolumnen "Värde" på bladet "Värden" för de indikatorer du vill rapportera. Lämna rader utan värde tomma; de ändrar ingenting.',
  '2. Skriv tal med decimalkomma eller decimalpunkt, utan enhet (t.ex. 87,5 – inte 87,5 %). Andelar i procent ska ligga mellan 0 och 100.',
  '3. Ändra inte kolumnen "Indikatornyckel"; den talar om vilken indikator värdet gäller. Övriga kolumner är bara till för att läsa.',
  '4. "Referensperiod" fylls bara i när mätningen avser en annan period inom rapportperioden, t.ex. 2026-M09. "Kommentar" är frivillig.',
  '5. Indikatorer som beräknas från täljare och nämnare (andelar) finns inte i mallen; de räknas fram ur de värden du lämnar. Inte heller årsvärden som redan rapporterats i en låst period.',
  '6. Spara som Excel (.xlsx) eller CSV (semikolon- eller kommaseparerad) och läs in filen i rapporten. Högst 5 000 rader och 5 MB.',
  '',
  'Allt eller inget: om någon rad har fel läses ingenting in, och du får en lista över rad och kolumn att rätta.',
];

/** The import template of a report: one row per indicator that can be entered, plus instructions in Swedish. */
export async function buildImportTemplate(ref: ReportRef, content: ReportContent, values: ValueMap, targets: Map<string, number>): Promise<Buffer> {
  // Loaded on first use: exceljs costs about half a second of every API start otherwise.
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Resultatkedjan';
  const sheet = workbook.addWorksheet(VALUES_SHEET, { views: [{ state: 'frozen', ySplit: 1 }] });
  const names = Object.keys(COLUMNS) as ColumnName[];
  sheet.columns = names.map((name) => ({ header: COLUMNS[name].header, key: name, width: COLUMNS[name].width }));
  sheet.getRow(1).font = { bold: true };
  for (const goal of content.goals) {
    for (const indicator of goal.indicators) {
      if (indicator.computed || indicator.frozen) continue;
      sheet.addRow({
        key: indicator.key,
        name: indicator.name,
        unit: indicator.unit,
        node: ref.node.name,
        period: indicator.valuePeriodKey,
        previousPeriod: indicator.previousPeriodKey,
        previousValue: valueOf(indicator, indicator.previousPeriodKey, values),
        target: targetFor(targets, indicator.id, indicator.valuePeriodKey),
        value: null,
        referencePeriod: null,
        comment: null,
      });
    }
  }
  for (const name of names.filter((n) => COLUMNS[n].input)) {
    sheet.getColumn(name).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF8DC' } };
  }
  const help = workbook.addWorksheet('Instruktioner');
  help.getColumn(1).width = 120;
  help.addRow([`Rapport: ${ref.node.name}, ${ref.period.periodKey}`]).font = { bold: true };
  for (const line of INSTRUCTIONS) help.addRow([line]);
  help.getRow(3).font = { bold: true };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
