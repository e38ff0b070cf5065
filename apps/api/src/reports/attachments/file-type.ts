import { zipEntries } from './zip-entries.js';

export type AttachmentKind = 'pdf' | 'docx' | 'xlsx' | 'png' | 'jpeg' | 'txt';

export const CONTENT_TYPES: Record<AttachmentKind, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  png: 'image/png',
  jpeg: 'image/jpeg',
  txt: 'text/plain; charset=utf-8',
};

const BY_EXTENSION: Record<string, AttachmentKind> = {
  pdf: 'pdf', docx: 'docx', xlsx: 'xlsx', png: 'png', jpg: 'jpeg', jpeg: 'jpeg', txt: 'txt',
};

export const ALLOWED_TYPES_TEXT = 'PDF, Word (.docx), Excel (.xlsx), PNG, JPEG och text (.txt)';

/** What the bytes are, judged by their magic numbers (and, for Office files, the zip's entries). */
export function sniff(buffer: Buffer): AttachmentKind | null {
  if (buffer.subarray(0, 5).toString('latin1') === '%PDF-') return 'pdf';
  if (buffer.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return 'png';
  if (buffer.length > 3 && buffer[0] === 0xff && buffer[1] === 0xd8 && buffer[2] === 0xff) return 'jpeg';
  const entries = zipEntries(buffer);
  if (entries) {
    const names = new Set(entries.map((e) => e.name));
    if (!names.has('[Content_Types].xml')) return null;
    if (names.has('word/document.xml')) return 'docx';
    if (names.has('xl/workbook.xml')) return 'xlsx';
    return null;
  }
  return isPlainText(buffer) ? 'txt' : null;
}

const ALLOWED_CONTROLS = new Set(['\t', '\n', '\r', '\f']);
const isControl = (code: number) => code < 0x20 || code === 0x7f;

/** UTF-8 without NUL or other control characters than tab, line breaks and form feed. */
export function isPlainText(buffer: Buffer): boolean {
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(buffer);
    return ![...text].some((c) => isControl(c.charCodeAt(0)) && !ALLOWED_CONTROLS.has(c));
  } catch {
    return false;
  }
}

/** The attachment's kind, or why it is refused: the extension must be allowed and match the content. */
export function checkAttachment(filename: string, buffer: Buffer): { kind: AttachmentKind } | { problem: string } {
  const extension = filename.toLowerCase().match(/\.([a-z0-9]+)$/)?.[1] ?? '';
  const expected = BY_EXTENSION[extension];
  if (!expected) return { problem: `Filtypen är inte tillåten. Tillåtna typer: ${ALLOWED_TYPES_TEXT}.` };
  if (buffer.length === 0) return { problem: 'Filen är tom.' };
  if (sniff(buffer) !== expected) return { problem: `Filens innehåll stämmer inte med filtypen .${extension}.` };
  return { kind: expected };
}

/** A file name safe to store and to send back in Content-Disposition. */
export function cleanFilename(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  const cleaned = [...base].filter((c) => !isControl(c.charCodeAt(0)) && c !== '"').join('').trim().slice(-200);
  return cleaned || 'bilaga';
}
