import type ExcelJS from 'exceljs';
import { formatDate } from '@resultatkedjan/domain';
import type { ExportContent, ExportGoal } from '@resultatkedjan/contracts';
import { reasonText, reportKindLabel } from './labels.js';

/** Body sheets' columns: figures in D, F, G, I as numbers; a ratio's D is the formula G/I (× scale). */
const GOAL_HEADER = ['Typ', 'Mål', 'Namn', 'Värde', 'Enhet', 'Målvärde', 'Täljare', 'Täljarenhet', 'Nämnare', 'Nämnarenhet', 'Nivå', 'Bedömning', 'Motivering', 'GEH'];
const INTEGER = '#,##0';
const DECIMAL = '#,##0.00';
const SUMMARY_SHEET = 'Kommunkoncern';

/**
 * The workbook: the kommunkoncern's summary (GEH per level, bolag with ownership share, the målavstämning) and a
 * sheet per nämnd and bolag with its goals, indicators, ratios (formulas of their numerator and denominator cells)
 * and assessments. Numbers are numbers; Excel shows them in the reader's locale.
 */
export async function exportXlsx(content: ExportContent, generatedAt: Date): Promise<Buffer> {
  // Loaded on first use: exceljs costs about half a second of every process start otherwise.
  const { default: Excel } = await import('exceljs');
  const workbook = new Excel.Workbook();
  workbook.creator = 'Resultatkedjan';
  workbook.created = generatedAt;
  workbook.modified = generatedAt;
  const goalsByKey = new Map(content.goals.map((g) => [g.key, g]));
  const bodyName = new Map(content.bodies.map((b) => [b.key, b.name]));

  const summary = workbook.addWorksheet(SUMMARY_SHEET);
  summary.columns = [{ width: 34 }, { width: 60 }, { width: 30 }, { width: 14 }, { width: 18 }, { width: 24 }];
  title(summary, `${content.kommun}: målavstämning, ${reportKindLabel(content.reportKind).toLowerCase()} ${content.period.label}`);
  summary.addRow([`Från den låsta ögonblicksbilden ${formatDate(new Date(content.snapshotTakenAt))}; perioden ${content.period.coversFrom} – ${content.period.coversTo}.`]);
  summary.addRow([]);
  header(summary, ['God ekonomisk hushållning, mål per nivå', 'Kommunen', 'Kommunkoncernen']);
  content.geh.kommunen.forEach((level, i) => {
    summary.addRow([level.label, level.count, content.geh.kommunkoncern[i]?.count ?? 0]);
  });
  summary.addRow([]);
  header(summary, ['Bolag i kommunkoncernen', 'Ägarandel (%)']);
  for (const b of content.geh.bolag) summary.addRow([b.name, b.ownershipShare]);
  summary.addRow([]);
  header(summary, ['Fullmäktiges mål', 'Mål', 'Nämnd eller bolag', 'GEH', 'Bedömning', 'Förslag enligt indikatorerna']);
  for (const group of content.reconciliation) {
    for (const key of [...(group.goalKey ? [group.goalKey] : []), ...group.childKeys]) {
      const g = goalsByKey.get(key)!;
      summary.addRow([group.goalKey ?? group.title, `${g.key} ${g.title}`, bodyName.get(g.bodyKey) ?? g.ownerName, g.geh ? 'ja' : 'nej', g.result.label, g.suggested.label]);
    }
  }

  const used = new Set([SUMMARY_SHEET]);
  for (const body of content.bodies) {
    if (body.goalKeys.length === 0) continue;
    const sheet = workbook.addWorksheet(sheetName(body.name, used));
    sheet.columns = [14, 10, 48, 14, 14, 12, 16, 12, 16, 12, 6, 18, 60, 6].map((width) => ({ width }));
    title(sheet, `${body.name}${body.ownershipShare === null ? '' : ` (ägarandel ${body.ownershipShare} %)`}: ${content.period.label}`);
    for (const text of body.grunduppdrag) sheet.addRow([`Grunduppdrag: ${text}`]);
    sheet.addRow([]);
    header(sheet, GOAL_HEADER);
    for (const key of body.goalKeys) goalRows(sheet, goalsByKey.get(key)!);
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function title(sheet: ExcelJS.Worksheet, text: string): void {
  const row = sheet.addRow([text]);
  row.font = { bold: true, size: 14 };
}

function header(sheet: ExcelJS.Worksheet, cells: string[]): void {
  const row = sheet.addRow(cells);
  row.font = { bold: true };
}

function numberCell(cell: ExcelJS.Cell, value: number | null): void {
  if (value === null) return;
  cell.value = value;
  cell.numFmt = Number.isInteger(value) ? INTEGER : DECIMAL;
}

function goalRows(sheet: ExcelJS.Worksheet, g: ExportGoal): void {
  const goal = sheet.addRow(['Mål', g.key, g.title, null, null, null, null, null, null, null, g.result.level, g.result.label, null, g.geh ? 'ja' : 'nej']);
  goal.font = { bold: true };
  for (const i of g.indicators) {
    const row = sheet.addRow(['Indikator', g.key, i.name, null, i.unit, null, null, i.numeratorUnit, null, i.denominatorUnit, i.level, i.label]);
    numberCell(row.getCell(4), i.outcome);
    numberCell(row.getCell(6), i.target);
    numberCell(row.getCell(7), i.numerator);
    numberCell(row.getCell(9), i.denominator);
  }
  for (const r of g.ratios) {
    const row = sheet.addRow(['Nyckeltal', g.key, r.name, null, r.unit, null, null, r.numeratorUnit, null, r.denominatorUnit]);
    numberCell(row.getCell(7), r.numerator);
    numberCell(row.getCell(9), r.denominator);
    if (r.value !== null) {
      const n = row.number;
      row.getCell(4).value = { formula: r.scale === 1 ? `G${n}/I${n}` : `G${n}/I${n}*${r.scale}`, result: r.value };
      row.getCell(4).numFmt = DECIMAL;
    } else {
      row.getCell(13).value = `Ej beräknat: ${reasonText(r.reason)}`;
    }
  }
  for (const a of g.assessments) {
    sheet.addRow(['Bedömning', g.key, `${a.tierLabel} (${a.orgNodeName})`, null, null, null, null, null, null, null, a.level, a.label, a.justification]);
  }
  for (const n of g.narratives) {
    const text = [n.whatHappened && `Vad hände: ${n.whatHappened}`, n.why && `Varför: ${n.why}`, n.nextSteps && `Nästa steg: ${n.nextSteps}`].filter(Boolean).join(' ');
    sheet.addRow(['Berättelse', g.key, n.orgNodeName, null, null, null, null, null, null, null, null, null, text]);
  }
}

/** Excel's sheet names: at most 31 characters, none of []:*?/\, unique in the workbook. */
export function sheetName(name: string, used: Set<string>): string {
  const clean = name.replace(/[[\]:*?/\\]/g, ' ').trim().slice(0, 31) || 'Blad';
  let candidate = clean;
  for (let n = 2; used.has(candidate.toLowerCase()) || used.has(candidate); n += 1) candidate = `${clean.slice(0, 28)} ${n}`;
  used.add(candidate);
  used.add(candidate.toLowerCase());
  return candidate;
}
