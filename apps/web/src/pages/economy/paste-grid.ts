/**
 * Clipboard text from Excel or LibreOffice: rows end in newlines, cells are tab-separated, and a cell holding a tab,
 * a newline or a quote is quoted with doubled quotes inside. A trailing newline (Excel always adds one) adds no row.
 */
export function parseClipboardGrid(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"' && cell === '') quoted = true;
    else if (c === '\t') {
      row.push(cell);
      cell = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += c;
  }
  if (cell !== '' || row.length > 0) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}

/**
 * A number as written in Sweden or copied from Excel: "1 234,5", "1 234,5" (no-break or narrow spaces), "−3"
 * (Unicode minus), "1234.5", "1.234,5", "12 kr" is not a number. "" → null; not a number → undefined.
 */
export function parseSvNumber(input: string): number | null | undefined {
  let s = input.trim().replace(/[\s\u00a0\u202f]/g, '').replace(/\u2212/g, '-');
  if (s === '') return null;
  const comma = s.lastIndexOf(',');
  const dot = s.lastIndexOf('.');
  if (comma >= 0 && dot >= 0) {
    // The later of the two is the decimal separator; the other groups thousands.
    s = comma > dot ? s.replace(/\./g, '').replace(',', '.') : s.replace(/,/g, '');
  } else if (comma >= 0) {
    if (s.indexOf(',') !== comma) return undefined;
    s = s.replace(',', '.');
  }
  if (!/^[-+]?(\d+(\.\d*)?|\.\d+)$/.test(s)) return undefined;
  const value = Number(s);
  return Number.isFinite(value) ? value : undefined;
}

/**
 * Puts a pasted block into the grid from cell (row, col): cells outside the grid are dropped and counted, so the
 * page can say that part of the paste did not fit. Returns a new grid.
 */
export function pasteInto(grid: readonly (readonly string[])[], row: number, col: number, block: readonly (readonly string[])[]): { grid: string[][]; dropped: number } {
  const next = grid.map((r) => [...r]);
  let dropped = 0;
  block.forEach((cells, i) => {
    cells.forEach((value, j) => {
      const target = next[row + i];
      if (target && col + j < target.length) target[col + j] = value.trim();
      else dropped++;
    });
  });
  return { grid: next, dropped };
}
