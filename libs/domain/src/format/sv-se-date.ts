import { isIsoDate, type IsoDate } from '../dates/iso-date.js';

export const DEFAULT_TIME_ZONE = 'Europe/Stockholm';

/**
 * sv-SE dates are ISO dates: '2026-04-30'. An IsoDate string is validated and returned as is; a Date (an instant)
 * or an ISO date-time string is shown as the calendar date in `timeZone` (default Europe/Stockholm).
 */
export function formatDate(value: IsoDate | Date, options: { readonly timeZone?: string } = {}): string {
  if (typeof value === 'string') {
    if (isIsoDate(value)) return value;
    // Date.parse silently rolls impossible dates over (02-30 → 03-02), so check the date part first.
    const datePart = /^(\d{4}-\d{2}-\d{2})T/.exec(value)?.[1];
    if (datePart !== undefined && !isIsoDate(datePart)) throw new RangeError(`Ogiltigt datum: ${value}`);
  }
  const instant = typeof value === 'string' ? new Date(value) : value;
  if (Number.isNaN(instant.getTime())) throw new RangeError(`Ogiltigt datum: ${String(value)}`);
  const parts = new Intl.DateTimeFormat('sv-SE', {
    timeZone: options.timeZone ?? DEFAULT_TIME_ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(instant);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}
