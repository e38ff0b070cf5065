import type { ExportContent, ExportDocument } from '@resultatkedjan/contracts';

/** The content as JSON (EXPORT_JSON_SCHEMA in libs/contracts), with the generation time as the only varying field. */
export function exportJson(content: ExportContent, generatedAt: Date): Buffer {
  const document: ExportDocument = { ...content, generatedAt: generatedAt.toISOString() };
  return Buffer.from(JSON.stringify(document, null, 2) + '\n', 'utf8');
}
