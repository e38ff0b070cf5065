import type ExcelJS from 'exceljs';
import { zipEntries } from '../attachments/zip-entries.js';
import { isPlainText } from '../attachments/file-type.js';
import { decodeCsv, detectDelimiter, parseCsv } from './parse-csv.js';

export type Cell = string | number | null;

/** The first row is the header; rows keep the number a spreadsheet would show (header = row 1). */
export interface Sheet {
  header: string[];
  rows: { rowNumber: number; cells: Cell[] }[];
}

export class SheetError extends Error {}

const MAX_UNPACKED_BYTES = 50 * 1024 * 1024;
export const VALUES_SHEET = 'Värden';

/** Reads an uploaded XLSX (the sheet "Värden", else the first) or CSV into a header and rows. */
export async function readSheet(buffer: Buffer, maxRows: number): Promise<Sheet> {
  const entries = zipEntries(buffer);
  if (entries) {
    if (!entries.some((e) => e.name === 'xl/workbook.xml')) throw new SheetError('Filen är ett zip-arkiv men ingen Excel-fil (.xlsx).');
    const unpacked = entries.reduce((sum, e) => sum + e.uncompressedSize, 0);
    if (unpacked > MAX_UNPACKED_BYTES) throw new SheetError('Excel-filen är för stor när den packas upp.');
    return readXlsx(buffer, maxRows);
  }
  if (buffer.length === 0) throw new SheetError('Filen är tom.');
  if (buffer.includes(0)) throw new SheetError('Filen måste vara en Excel-fil (.xlsx) eller en CSV-fil.');
  const text = decodeCsv(buffer);
  if (!isPlainText(Buffer.from(text, 'utf8'))) throw new SheetError('Filen måste vara en Excel-fil (.xlsx) eller en CSV-fil.');
  const records = parseCsv(text, detectDelimiter(text), maxRows + 1);
  const [header = [], ...rest] = records;
  return { header: header.map((h) => h.trim()), rows: rest.map((cells, i) => ({ rowNumber: i + 2, cells })) };
}

async function readXlsx(buffer: Buffer, maxRows: number): Promise<Sheet> {
  // Loaded on first use: exceljs costs about half a second of every API start otherwise.
  const { default: Excel } = await import('exceljs');
  const workbook = new Excel.Workbook();
  try {
    // exceljs declares its own Buffer type, which the Node 22 typings do not satisfy; the runtime accepts it.
    await workbook.xlsx.load(buffer as unknown as Parameters<typeof workbook.xlsx.load>[0]);
  } catch {
    throw new SheetError('Excel-filen kunde inte läsas. Spara den på nytt som .xlsx och försök igen.');
  }
  const sheet = workbook.getWorksheet(VALUES_SHEET) ?? workbook.worksheets[0];
  if (!sheet) throw new SheetError('Excel-filen har inget blad.');
  const header = rowCells(sheet.getRow(1)).map((c) => (c === null ? '' : String(c).trim()));
  const rows: Sheet['rows'] = [];
  for (let r = 2; r <= sheet.rowCount && rows.length <= maxRows; r++) {
    const row = sheet.getRow(r);
    if (row.cellCount > 0) rows.push({ rowNumber: r, cells: rowCells(row) });
  }
  return { header, rows };
}

function rowCells(row: ExcelJS.Row): Cell[] {
  const cells: Cell[] = [];
  for (let c = 1; c <= row.cellCount; c++) cells.push(cellValue(row.getCell(c).value));
  return cells;
}

function cellValue(value: ExcelJS.CellValue): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number' || typeof value === 'string') return value;
  if (typeof value === 'boolean') return String(value);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if ('result' in value) return cellValue((value.result ?? null) as ExcelJS.CellValue);
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('text' in value) return String(value.text);
  return null;
}
