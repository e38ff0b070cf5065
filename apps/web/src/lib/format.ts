// sv-SE formatting: numbers, money, percent and dates come from @resultatkedjan/domain so web, API exports and
// reports agree; only the date-and-time form, which the domain does not need, lives here.
import { DEFAULT_TIME_ZONE, formatDate, formatMoney, formatNumber, formatPercent, isMoneyUnit } from '@resultatkedjan/domain';

export { formatDate, formatMoney, formatNumber, formatPercent };

/** ISO date and 24-hour time in Swedish time: "2026-04-30 14:05". Returns "" for an invalid date. */
export function formatDateTime(value: Date | string, timeZone = DEFAULT_TIME_ZONE): string {
  const date = typeof value === 'string' ? new Date(value) : value;
  if (Number.isNaN(date.getTime())) return '';
  const parts = new Intl.DateTimeFormat('sv-SE', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(date);
  const p = Object.fromEntries(parts.map((part) => [part.type, part.value]));
  return `${p.year}-${p.month}-${p.day} ${p.hour}:${p.minute}`;
}

/** A value with its unit, sv-SE: 86.47 '%' → "86,5 %", 1234567 'kr' → "1 234 567 kr", 8.91 'st' → "8,91 st". */
export function formatValue(value: number | null | undefined, unit: string): string {
  if (unit === '%') return formatPercent(value);
  if (isMoneyUnit(unit)) return formatMoney(value, unit, { maxDecimals: unit === 'kr' ? 0 : 1, decimals: undefined });
  const text = formatNumber(value);
  return value === null || value === undefined || !Number.isFinite(value) || !unit ? text : `${text}\u00a0${unit}`;
}
