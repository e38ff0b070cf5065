import type { AuditEventRow } from './audit.queries.js';

const COLUMNS = ['Tidpunkt', 'Användare', 'Händelse', 'Objekttyp', 'Objekt-id', 'Före', 'Efter', 'Anrop'];

/** Local Swedish time, e.g. 2026-10-20 15:45:12 (what a revisor compares with minutes and diarier). */
const stockholmTime = new Intl.DateTimeFormat('sv-SE', {
  timeZone: 'Europe/Stockholm',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

/**
 * The audit trail as CSV for Excel on Swedish Windows: UTF-8 with BOM, semicolons, CRLF, every field quoted when
 * needed; before and after as JSON. A field that starts like a formula gets a leading apostrophe so a spreadsheet
 * shows it instead of running it.
 */
export function auditCsv(rows: readonly AuditEventRow[]): string {
  const lines = [COLUMNS, ...rows.map((r) => [
    stockholmTime.format(new Date(r.occurred_at)),
    r.actor_user_id ? (r.actor_name ?? '(borttagen användare)') : 'System',
    r.action,
    r.entity_type,
    r.entity_id,
    r.before === null ? '' : JSON.stringify(r.before),
    r.after === null ? '' : JSON.stringify(r.after),
    r.request_id ?? '',
  ])];
  return `\ufeff${lines.map((cells) => cells.map(csvField).join(';')).join('\r\n')}\r\n`;
}

function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[";\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
