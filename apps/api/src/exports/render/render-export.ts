import type { ExportContent, ExportFormat } from '@resultatkedjan/contracts';
import { exportCsv } from './export-csv.js';
import { exportDocx } from './export-docx.js';
import { exportJson } from './export-json.js';
import { exportXlsx } from './export-xlsx.js';

export const EXPORT_CONTENT_TYPES: Readonly<Record<ExportFormat, string>> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  csv: 'text/csv; charset=utf-8',
  json: 'application/json',
};

/** The content in one format; `generatedAt` is the only input besides the content. */
export function renderExport(content: ExportContent, format: ExportFormat, generatedAt: Date): Promise<Buffer> {
  switch (format) {
    case 'xlsx':
      return exportXlsx(content, generatedAt);
    case 'docx':
      return exportDocx(content, generatedAt);
    case 'csv':
      return Promise.resolve(exportCsv(content));
    case 'json':
      return Promise.resolve(exportJson(content, generatedAt));
  }
}
