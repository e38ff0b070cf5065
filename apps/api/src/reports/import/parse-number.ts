/**
 * A number as people type it in Sweden or elsewhere: "1 234,5", "1234.5", "1.234,5", "−3" (Unicode minus),
 * with spaces or no-break spaces as thousands separators. null when it is not a number.
 */
export function parseNumber(input: string): number | null {
  let s = input.trim().replace(/[\s\u00a0\u202f]/g, '').replace(/\u2212/g, '-');
  if (s === '') return null;
  const comma = s.lastIndexOf(',');
  const dot = s.lastIndexOf('.');
  if (comma >= 0 && dot >= 0) {
    // The later of the two is the decimal separator; the other groups thousands.
    s = comma > dot ? s.replace(/\./g, '').replace(',', '.') : s.replace(/,/g, '');
  } else if (comma >= 0) {
    if (s.indexOf(',') !== comma) return null;
    s = s.replace(',', '.');
  }
  if (!/^[-+]?(\d+(\.\d*)?|\.\d+)$/.test(s)) return null;
  const value = Number(s);
  return Number.isFinite(value) ? value : null;
}
