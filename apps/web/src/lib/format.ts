// Local stand-ins until the sv-SE helpers in @resultatkedjan/domain are ready.
const LOCALE = 'sv-SE';
const DEFAULT_TIME_ZONE = 'Europe/Stockholm';

/** 1234.5 → "1 234,5" (sv-SE: non-breaking space as group separator, comma as decimal sign). */
export function formatNumber(value: number, maximumFractionDigits = 2): string {
  return new Intl.NumberFormat(LOCALE, { maximumFractionDigits }).format(value);
}

function dateParts(value: Date | string, timeZone: string): Record<string, string> | null {
  const date = typeof value === 'string' ? new Date(value) : value;
  if (Number.isNaN(date.getTime())) return null;
  const parts = new Intl.DateTimeFormat(LOCALE, {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(date);
  return Object.fromEntries(parts.map((p) => [p.type, p.value]));
}

/** ISO calendar date in Swedish time: "2026-04-30". Returns "" for an invalid date. */
export function formatDate(value: Date | string, timeZone = DEFAULT_TIME_ZONE): string {
  const p = dateParts(value, timeZone);
  return p ? `${p.year}-${p.month}-${p.day}` : '';
}

/** ISO date and time in Swedish time: "2026-04-30 14:05". Returns "" for an invalid date. */
export function formatDateTime(value: Date | string, timeZone = DEFAULT_TIME_ZONE): string {
  const p = dateParts(value, timeZone);
  return p ? `${p.year}-${p.month}-${p.day} ${p.hour}:${p.minute}` : '';
}
