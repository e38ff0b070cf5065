/**
 * A number as people type it in Sweden or copy it from Excel: "1 234,5" (spaces, no-break or narrow no-break spaces
 * between thousands), "−3" (Unicode minus), "1234.5", "1.234,5" (the later of comma and dot is the decimal sign).
 * "" gives null (no value); anything else that is not a number ("12 kr", "1,2,3") gives undefined. Used by the
 * web's forms and paste grid and by the API's file imports, so all read a number the same way.
 */
export function parseSvNumber(input: string): number | null | undefined {
  let s = input.trim().replace(/[\s\u00a0\u202f]/g, '').replace(/\u2212/g, '-');
  if (s === '') return null;
  const comma = s.lastIndexOf(',');
  const dot = s.lastIndexOf('.');
  if (comma >= 0 && dot >= 0) {
    s = comma > dot ? s.replace(/\./g, '').replace(',', '.') : s.replace(/,/g, '');
  } else if (comma >= 0) {
    if (s.indexOf(',') !== comma) return undefined;
    s = s.replace(',', '.');
  }
  if (!/^[-+]?(\d+(\.\d*)?|\.\d+)$/.test(s)) return undefined;
  const value = Number(s);
  return Number.isFinite(value) ? value : undefined;
}

/** A number for a text input, with decimal comma and no grouping: 38.5 → "38,5"; null → "". */
export function numberToInput(value: number | null | undefined): string {
  return value === null || value === undefined ? '' : String(value).replace('.', ',');
}
