/** Rounds half away from zero to `decimals` places, for asserting against DOMAIN.md's displayed values. */
export function roundTo(value: number | null, decimals: number): number | null {
  if (value === null) return null;
  const factor = 10 ** decimals;
  return (Math.sign(value) * Math.round(Math.abs(value) * factor)) / factor;
}
