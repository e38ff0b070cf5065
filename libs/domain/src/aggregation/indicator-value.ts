/** One stored value (utfall): indicator × org node × reference period. null = reported as missing. */
export interface IndicatorValue {
  readonly indicatorId: string;
  readonly orgNodeId: string;
  readonly periodKey: string;
  readonly value: number | null;
}
