import { parseSvNumber } from '@resultatkedjan/domain';
import { HttpException, Injectable } from '@nestjs/common';
import type { ValueImportResult, ValueRow } from '@resultatkedjan/contracts';
import type { AuthContext } from '../../auth/auth-context.js';
import { addFieldError, throwIfFieldErrors, type FieldErrors } from '../../common/errors/field-errors.js';
import { orgNodeQueries } from '../../org/org-node.queries.js';
import { TenantDb } from '../../platform/database/tenant/tenant-db.service.js';
import type { UploadedFileData } from '../../reports/attachments/upload.interceptor.js';
import { readSheet, SheetError, type Cell } from '../../reports/import/read-sheet.js';
import { ValueBatchService } from '../value-batch.service.js';
import { COLUMN_OF_FIELD, FILE_FIELD, locateColumns, type ImportColumn } from './value-import-columns.js';

export const MAX_VALUE_IMPORT_ROWS = 5000;
const NOTHING_READ = 'Ingenting lästes in. Rätta raderna nedan och försök igen.';

const text = (cell: Cell | undefined): string => (cell === null || cell === undefined ? '' : String(cell).trim());

/**
 * Outcomes of one indicator from XLSX or CSV (columns Enhet, Period, Värde, optionally Kommentar and Referensperiod),
 * all rows or none: written through the same batch as PUT /values (scope, ekonom only resurs, locks, audit), with
 * every error keyed by the file's row and column (`rad 5.värde`).
 */
@Injectable()
export class ValueImportService {
  constructor(
    private readonly db: TenantDb,
    private readonly batches: ValueBatchService,
  ) {}

  async import(auth: AuthContext, indicatorId: string, file: UploadedFileData | undefined): Promise<ValueImportResult> {
    const errors: FieldErrors = {};
    if (!file) {
      addFieldError(errors, FILE_FIELD, 'Välj en fil att läsa in.');
      throwIfFieldErrors(errors, 'Ingenting lästes in.');
    }
    const sheet = await readSheet(file!.buffer, MAX_VALUE_IMPORT_ROWS).catch((error: unknown) => {
      if (error instanceof SheetError) return error;
      throw error;
    });
    if (sheet instanceof SheetError) {
      addFieldError(errors, FILE_FIELD, sheet.message);
      throwIfFieldErrors(errors, 'Ingenting lästes in.');
      throw sheet;
    }
    if (sheet.rows.length > MAX_VALUE_IMPORT_ROWS) addFieldError(errors, FILE_FIELD, `Filen har fler än ${MAX_VALUE_IMPORT_ROWS} rader; dela upp den.`);
    const { index, missing } = locateColumns(sheet.header);
    for (const column of missing) addFieldError(errors, FILE_FIELD, `Kolumnen "${column[0]!.toUpperCase()}${column.slice(1)}" saknas i första raden.`);
    throwIfFieldErrors(errors, 'Ingenting lästes in.');

    const nodes = await this.db.run(auth.tenantId, (m) => orgNodeQueries.all(m));
    const nodeByName = new Map<string, string>();
    for (const n of nodes) {
      nodeByName.set(n.name.toLowerCase(), n.id);
      nodeByName.set(n.key.toLowerCase(), n.id);
    }

    const rows: ValueRow[] = [];
    const rowNumbers: number[] = [];
    const cell = (cells: Cell[], column: ImportColumn) => (index[column] === undefined ? undefined : cells[index[column]]);
    for (const { rowNumber, cells } of sheet.rows) {
      if (cells.every((c) => text(c) === '')) continue;
      const key = (column: ImportColumn) => `rad ${rowNumber}.${column}`;
      const unit = text(cell(cells, 'enhet'));
      const orgNodeId = nodeByName.get(unit.toLowerCase());
      if (!orgNodeId) addFieldError(errors, key('enhet'), unit === '' ? 'Ange enheten.' : `Enheten "${unit}" finns inte; ange dess namn eller nyckel.`);
      const periodKey = text(cell(cells, 'period'));
      if (periodKey === '') addFieldError(errors, key('period'), 'Ange perioden, till exempel 2026-Q1.');
      const raw = cell(cells, 'värde');
      const value = typeof raw === 'number' ? raw : (parseSvNumber(text(raw)) ?? null);
      if (value === null) addFieldError(errors, key('värde'), text(raw) === '' ? 'Ange värdet.' : `"${text(raw)}" är inte ett tal; skriv till exempel 1 234,5.`);
      const comment = text(cell(cells, 'kommentar'));
      const referencePeriodKey = text(cell(cells, 'referensperiod'));
      rows.push({
        indicatorId, orgNodeId: orgNodeId ?? '', periodKey, value: value ?? 0, source: 'import',
        ...(comment ? { comment } : {}), ...(referencePeriodKey ? { referencePeriodKey } : {}),
      });
      rowNumbers.push(rowNumber);
    }
    if (rows.length === 0 && Object.keys(errors).length === 0) addFieldError(errors, FILE_FIELD, 'Filen har inga rader med värden.');
    throwIfFieldErrors(errors, NOTHING_READ);

    try {
      return { rows: rows.length, ...(await this.batches.write(auth, { rows })) };
    } catch (error) {
      throw onFileRows(error, rowNumbers);
    }
  }
}

/** The batch's `rows.3.value` errors, moved to the file's `rad 5.värde` (the indicator, chosen by the user, on the file). */
function onFileRows(error: unknown, rowNumbers: readonly number[]): unknown {
  if (!(error instanceof HttpException)) return error;
  const body = error.getResponse();
  if (typeof body !== 'object' || body === null || !('fields' in body)) return error;
  const fields: FieldErrors = {};
  for (const [path, messages] of Object.entries((body as { fields: FieldErrors }).fields)) {
    const match = /^rows\.(\d+)\.(\w+)$/.exec(path);
    const rowNumber = match ? rowNumbers[Number(match[1])] : undefined;
    let target = path;
    if (match && rowNumber !== undefined) {
      const column = COLUMN_OF_FIELD[match[2] as keyof typeof COLUMN_OF_FIELD];
      if (column) target = `rad ${rowNumber}.${column}`;
      else if (column === null) target = 'indicatorId';
    }
    for (const message of messages) addFieldError(fields, target, message);
  }
  const message = (body as { message?: unknown }).message;
  return new HttpException({ message: typeof message === 'string' ? message : NOTHING_READ, fields }, error.getStatus());
}
