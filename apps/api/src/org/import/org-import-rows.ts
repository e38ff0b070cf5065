import { ORG_NODE_KINDS, type OrgNodeKind } from '@resultatkedjan/contracts';
import { ORG_KEY_PATTERN } from '../dto/create-org-node.dto.js';
import type { FieldErrors } from '../../common/errors/field-errors.js';
import { KIND_LABELS, parentKindProblem } from '../org-node-rules.js';

/** A sheet as read from XLSX or CSV: the header row and the data rows with their spreadsheet row numbers. */
export interface OrgImportSheet {
  header: string[];
  rows: { rowNumber: number; cells: (string | number | null)[] }[];
}

/** A node already in the kommun, as the import needs it. */
export interface ExistingNode {
  id: string;
  key: string;
  kind: OrgNodeKind;
  validTo: string | null;
}

/** One checked row, parents before children. `parentKey` is an existing node's key or an earlier row's. */
export interface OrgImportRow {
  rowNumber: number;
  key: string;
  name: string;
  kind: OrgNodeKind;
  parentKey: string | null;
  validFrom: string | null;
  ownershipShare: number | null;
  purpose: string | null;
}

/** The columns, found by header (Swedish or English, any case); the first four are required. */
export const ORG_IMPORT_COLUMNS = {
  key: { header: 'Nyckel', aliases: ['nyckel', 'key'], required: true },
  name: { header: 'Namn', aliases: ['namn', 'name'], required: true },
  kind: { header: 'Typ', aliases: ['typ', 'kind'], required: true },
  parentKey: { header: 'Överordnad nyckel', aliases: ['överordnad nyckel', 'overordnad nyckel', 'parent key', 'parent'], required: true },
  validFrom: { header: 'Gäller från', aliases: ['gäller från', 'galler fran', 'valid from'], required: false },
  ownershipShare: { header: 'Ägarandel', aliases: ['ägarandel', 'agarandel', 'ownership share'], required: false },
  purpose: { header: 'Ändamål', aliases: ['ändamål', 'andamal', 'purpose'], required: false },
} as const;
type Column = keyof typeof ORG_IMPORT_COLUMNS;

export const ORG_IMPORT_FILE_FIELD = 'fil';
export const orgImportFieldKey = (row: number, column: Column) => `rad ${row}.${ORG_IMPORT_COLUMNS[column].header.toLowerCase()}`;

const KIND_BY_WORD = new Map<string, OrgNodeKind>([
  ...ORG_NODE_KINDS.map((k) => [k, k] as const),
  ...ORG_NODE_KINDS.map((k) => [KIND_LABELS[k], k] as const),
  ['nämnd', 'namnd'],
  ['förvaltning', 'forvaltning'],
]);
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

type CheckedRow = Omit<OrgImportRow, 'kind'> & { kind: OrgNodeKind | null };

/**
 * Checks every row of an org-tree import against the kommun's existing nodes and the other rows: key format and
 * uniqueness, kind, a parent that exists (in the kommun or in the file, in any order), the parent-kind rules, no
 * cycles, dates and bolag-only fields. Returns the rows ordered parents first, or adds errors keyed
 * `rad <n>.<column>` and returns [] — the import is all or nothing.
 */
export function checkOrgImportRows(sheet: OrgImportSheet, existing: readonly ExistingNode[], errors: FieldErrors): OrgImportRow[] {
  const add = (key: string, message: string) => (errors[key] ??= []).push(message);
  const columnIndex = locateColumns(sheet.header);
  const missing = (Object.keys(ORG_IMPORT_COLUMNS) as Column[]).filter((c) => ORG_IMPORT_COLUMNS[c].required && columnIndex[c] === undefined);
  if (missing.length > 0) {
    add(ORG_IMPORT_FILE_FIELD, `Kolumner saknas: ${missing.map((c) => ORG_IMPORT_COLUMNS[c].header).join(', ')}. Första raden ska vara rubriker.`);
    return [];
  }
  const dataRows = sheet.rows.filter((row) => row.cells.some((cell) => text(cell) !== ''));
  if (dataRows.length === 0) {
    add(ORG_IMPORT_FILE_FIELD, 'Filen har inga rader under rubrikraden.');
    return [];
  }

  const existingByKey = new Map(existing.map((node) => [node.key, node]));
  const rowByKey = new Map<string, CheckedRow>();
  const rows: CheckedRow[] = [];
  for (const { rowNumber, cells } of dataRows) {
    const cell = (column: Column) => (columnIndex[column] === undefined ? '' : text(cells[columnIndex[column]!] ?? null));
    const key = cell('key').toLowerCase();
    if (!key) add(orgImportFieldKey(rowNumber, 'key'), 'Nyckel saknas.');
    else if (key.length > 64 || !ORG_KEY_PATTERN.test(key)) {
      add(orgImportFieldKey(rowNumber, 'key'), 'Nyckeln får bara innehålla a–z, 0–9, punkt, bindestreck och understreck (högst 64 tecken).');
    } else if (existingByKey.has(key)) add(orgImportFieldKey(rowNumber, 'key'), `Nyckeln "${key}" finns redan i kommunen.`);
    else if (rowByKey.has(key)) add(orgImportFieldKey(rowNumber, 'key'), `Nyckeln "${key}" finns också på rad ${rowByKey.get(key)!.rowNumber}.`);

    const name = cell('name');
    if (!name) add(orgImportFieldKey(rowNumber, 'name'), 'Namn saknas.');
    else if (name.length > 200) add(orgImportFieldKey(rowNumber, 'name'), 'Namnet får vara högst 200 tecken.');

    const kind = KIND_BY_WORD.get(cell('kind').toLowerCase());
    if (!kind) add(orgImportFieldKey(rowNumber, 'kind'), `Okänd typ "${cell('kind')}". Använd ${ORG_NODE_KINDS.map((k) => KIND_LABELS[k]).join(', ')}.`);

    const validFrom = cell('validFrom') || null;
    if (validFrom && (!ISO_DATE.test(validFrom) || Number.isNaN(Date.parse(`${validFrom}T00:00:00Z`)))) {
      add(orgImportFieldKey(rowNumber, 'validFrom'), 'Datum skrivs ÅÅÅÅ-MM-DD, t.ex. 2026-01-01.');
    }
    const shareText = cell('ownershipShare').replace(/\s|%/g, '').replace(',', '.');
    const ownershipShare = shareText === '' ? null : Number(shareText);
    if (ownershipShare !== null && (!Number.isFinite(ownershipShare) || ownershipShare < 0 || ownershipShare > 100)) {
      add(orgImportFieldKey(rowNumber, 'ownershipShare'), 'Ägarandelen måste vara ett tal mellan 0 och 100.');
    }
    const purpose = cell('purpose') || null;
    if (purpose && purpose.length > 4000) add(orgImportFieldKey(rowNumber, 'purpose'), 'Ändamålet får vara högst 4 000 tecken.');
    if (kind && kind !== 'bolag') {
      if (ownershipShare !== null) add(orgImportFieldKey(rowNumber, 'ownershipShare'), 'Gäller bara bolag.');
      if (purpose) add(orgImportFieldKey(rowNumber, 'purpose'), 'Gäller bara bolag.');
    }
    const row: CheckedRow = { rowNumber, key, name, kind: kind ?? null, parentKey: cell('parentKey').toLowerCase() || null, validFrom, ownershipShare, purpose };
    if (key && !rowByKey.has(key)) rowByKey.set(key, row);
    rows.push(row);
  }

  const kindOfKey = (key: string) => existingByKey.get(key)?.kind ?? rowByKey.get(key)?.kind ?? null;
  for (const row of rows) {
    const { rowNumber, kind } = row;
    if (kind === null) continue;
    if (row.parentKey === null) {
      const problem = parentKindProblem(kind, null);
      if (problem) add(orgImportFieldKey(rowNumber, 'parentKey'), problem);
      else if (existing.some((node) => node.kind === 'kf')) add(orgImportFieldKey(rowNumber, 'kind'), 'Kommunen har redan ett kommunfullmäktige; det kan bara finnas en rot.');
      continue;
    }
    const parentKind = kindOfKey(row.parentKey);
    if (parentKind === null) {
      add(orgImportFieldKey(rowNumber, 'parentKey'), `Den överordnade nyckeln "${row.parentKey}" finns varken i kommunen eller i filen.`);
      continue;
    }
    const closed = existingByKey.get(row.parentKey)?.validTo;
    if (closed) add(orgImportFieldKey(rowNumber, 'parentKey'), `Den överordnade enheten är avslutad (sista dag ${closed}).`);
    const problem = parentKindProblem(kind, parentKind);
    if (problem) add(orgImportFieldKey(rowNumber, 'parentKey'), problem);
  }
  if (Object.keys(errors).length > 0) return [];
  return parentsFirst(rows as OrgImportRow[], existingByKey, errors);
}

/** Orders rows so that every parent comes before its children; rows that only reach each other form a cycle. */
function parentsFirst(rows: OrgImportRow[], existingByKey: ReadonlyMap<string, ExistingNode>, errors: FieldErrors): OrgImportRow[] {
  const placed = new Set<string>();
  const ordered: OrgImportRow[] = [];
  let pending = rows;
  while (pending.length > 0) {
    const ready = pending.filter((row) => row.parentKey === null || existingByKey.has(row.parentKey) || placed.has(row.parentKey));
    if (ready.length === 0) {
      for (const row of pending) {
        (errors[orgImportFieldKey(row.rowNumber, 'parentKey')] ??= []).push('Raderna pekar på varandra i en cirkel; någon måste ligga under en befintlig enhet.');
      }
      return [];
    }
    for (const row of ready) {
      placed.add(row.key);
      ordered.push(row);
    }
    pending = pending.filter((row) => !placed.has(row.key));
  }
  return ordered;
}

function locateColumns(header: readonly string[]): Partial<Record<Column, number>> {
  const normalized = header.map((h) => h.trim().toLowerCase());
  const found: Partial<Record<Column, number>> = {};
  for (const column of Object.keys(ORG_IMPORT_COLUMNS) as Column[]) {
    const index = normalized.findIndex((h) => (ORG_IMPORT_COLUMNS[column].aliases as readonly string[]).includes(h));
    if (index >= 0) found[column] = index;
  }
  return found;
}

function text(cell: string | number | null): string {
  return cell === null ? '' : String(cell).trim();
}
