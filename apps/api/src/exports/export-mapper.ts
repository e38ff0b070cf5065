import { parsePeriodKey } from '@resultatkedjan/domain';
import type { ExportDto, ExportFormat, ExportReportKind } from '@resultatkedjan/contracts';
import { reportKindLabel } from './render/labels.js';
import type { PeriodExportRow } from './period-export.queries.js';

/** The snapshot version exports read (numerators, denominators and the follow-up content). */
export const EXPORT_SNAPSHOT_VERSION = 2;

export const reportKindOf = (periodKind: string): ExportReportKind => (periodKind === 'delar' ? 'delarsrapport' : 'arsredovisning');

/** 'Årsredovisning 2025 – målavstämning.xlsx', 'Delårsrapport 2026 (t.o.m. 2026-08-31) – målavstämning.docx'. */
export function exportFileName(period: { period_key: string; kind: string; covers_to: string }, format: ExportFormat): string {
  const kind = reportKindOf(period.kind);
  const year = parsePeriodKey(period.period_key).year;
  const span = kind === 'delarsrapport' ? `${year} (t.o.m. ${period.covers_to})` : String(year);
  return `${reportKindLabel(kind)} ${span} – målavstämning.${format}`;
}

export function toExportDto(row: PeriodExportRow): ExportDto {
  return {
    id: row.id,
    periodId: row.period_id,
    periodKey: row.period_key,
    reportKind: reportKindOf(row.period_kind),
    format: row.format,
    status: row.status,
    progress: row.progress,
    fileName: row.file_name,
    size: row.size_bytes,
    error: row.error,
    createdAt: new Date(row.created_at).toISOString(),
    finishedAt: row.finished_at ? new Date(row.finished_at).toISOString() : null,
    createdByName: row.created_by_name,
  };
}

