/** more indicators than the kommun's soft ceiling is a warning, never a block. */
export function ceilingWarning(indicatorCount: number, ceiling: number): string | null {
  if (indicatorCount <= ceiling) return null;
  return `Målet har ${indicatorCount} indikatorer, fler än kommunens riktmärke på ${ceiling}. Färre indikatorer ger tydligare styrning (R-1).`;
}
