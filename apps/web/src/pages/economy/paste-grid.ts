export { parseSvNumber } from '@resultatkedjan/domain';

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
