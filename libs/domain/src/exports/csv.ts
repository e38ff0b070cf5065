/**
 * CSV for Swedish spreadsheets and BI tools: semicolon-separated (the comma is the decimal separator in sv-SE), CRLF
 * line ends, fields quoted only when needed, numbers unrounded with a decimal comma and no grouping, empty for none.
 */
export const CSV_SEPARATOR = ';';

export type CsvCell = string | number | boolean | null;

/** A number as sv-SE CSV writes it: full precision, decimal comma, U+002D minus so parsers read it. */
export function csvNumber(value: number): string {
  if (!Number.isFinite(value)) return '';
  return String(value === 0 ? 0 : value).replace('.', ',');
}

export function csvField(cell: CsvCell): string {
  if (cell === null) return '';
  if (typeof cell === 'number') return csvNumber(cell);
  if (typeof cell === 'boolean') return cell ? 'ja' : 'nej';
  return /[";\r\n]/.test(cell) || cell !== cell.trim() ? `"${cell.replaceAll('"', '""')}"` : cell;
}

/** The rows as one CSV text, header first; a BOM so Excel reads UTF-8 (å, ä, ö). */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  return '\uFEFF' + [header, ...rows].map((row) => row.map(csvField).join(CSV_SEPARATOR)).join('\r\n') + '\r\n';
}

/** Parses what toCsv writes (quoted fields, doubled quotes, separators and line breaks inside quotes). */
export function parseCsv(text: string): string[][] {
  const source = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < source.length; i += 1) {
    const c = source[i]!;
    if (quoted) {
      if (c === '"' && source[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === CSV_SEPARATOR) {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && source[i + 1] === '\n') i += 1;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/** A CSV number field back to a number (null when empty). */
export function parseCsvNumber(field: string): number | null {
  return field === '' ? null : Number(field.replace(',', '.'));
}
