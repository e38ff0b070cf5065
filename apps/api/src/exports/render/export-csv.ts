import { toCsv } from '@resultatkedjan/domain';
import type { ExportContent } from '@resultatkedjan/contracts';
import { EXPORT_ROW_HEADER, exportRows } from './export-rows.js';

/** CSV for ekonomisystem and BI: sv-SE (semicolon, decimal comma), unrounded numbers, units in their own columns. */
export function exportCsv(content: ExportContent): Buffer {
  return Buffer.from(toCsv(EXPORT_ROW_HEADER, exportRows(content)), 'utf8');
}
