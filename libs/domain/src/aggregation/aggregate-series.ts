import type { SeriesAggregation } from './indicator-definition.js';
import type { PeriodSeries } from './value-index.js';

/**
 * Combines one node's values over the selected periods. Missing periods are skipped: AVG is the mean of the
 * periods that have a value; LAST and ANNUAL take the latest value present (ANNUAL expects one per year).
 * Returns undefined when no period has a value.
 */
export function aggregateSeries(series: PeriodSeries, method: SeriesAggregation): number | undefined {
  let sum = 0;
  let count = 0;
  let last: number | undefined;
  for (const value of series) {
    if (value === undefined) continue;
    sum += value;
    count += 1;
    last = value;
  }
  if (count === 0) return undefined;
  switch (method) {
    case 'SUM':
      return sum;
    case 'AVG':
      return sum / count;
    case 'LAST':
    case 'ANNUAL':
      return last;
  }
}
