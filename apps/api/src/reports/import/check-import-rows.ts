import { parseSvNumber } from '@resultatkedjan/domain';
import type { ReportContent } from '../content/report-content.js';
import { referencePeriodProblem, valueProblem } from '../content/value-rules.js';
import type { ReportRef } from '../support/report-ref.js';
import type { ValueEdit } from '../workflow/value-writer.js';
import type { Cell, Sheet } from './read-sheet.js';
import { COLUMNS, fieldKey, FILE_FIELD, type ColumnName } from './columns.js';
import { addFieldError, hasFieldErrors, type FieldErrors } from '../../common/errors/field-errors.js';
import { isCleanText, UNCLEAN_TEXT_MESSAGE } from '../../common/validation/clean-text.js';

const text = (cell: Cell | undefined) => (cell === null || cell === undefined ? '' : String(cell).trim());

/**
 * Validates every row of an imported sheet against the report. Rows without a value are skipped (nothing
 * changes for them); every other row must name an indicator of the report once, with a valid number.
 */
export function checkImportRows(sheet: Sheet, content: ReportContent, ref: ReportRef, errors: FieldErrors): ValueEdit[] {
  const column = columnIndexes(sheet.header);
  for (const required of ['key', 'value'] as const) {
    if (column[required] === undefined) addFieldError(errors, fieldKey(1, required), `Kolumnen "${COLUMNS[required].header}" saknas i rubrikraden.`);
  }
  if (hasFieldErrors(errors)) return [];
  const byKey = new Map([...content.indicators.values()].map((i) => [i.key.toLowerCase(), i]));
  const seenOn = new Map<string, number>();
  const edits: ValueEdit[] = [];
  let dataRows = 0;
  for (const { rowNumber, cells } of sheet.rows) {
    const cell = (name: ColumnName) => (column[name] === undefined ? null : (cells[column[name]!] ?? null));
    const key = text(cell('key'));
    const rawValue = cell('value');
    if (text(rawValue) === '') continue;
    dataRows++;
    const indicator = byKey.get(key.toLowerCase());
    if (!indicator) {
      addFieldError(errors, fieldKey(rowNumber, 'key'), key ? `Indikatorn "${key}" ingår inte i rapporten.` : 'Ange indikatorns nyckel.');
      continue;
    }
    const earlier = seenOn.get(indicator.id);
    if (earlier !== undefined) {
      addFieldError(errors, fieldKey(rowNumber, 'key'), `Indikatorn finns redan på rad ${earlier}.`);
      continue;
    }
    seenOn.set(indicator.id, rowNumber);
    const value = typeof rawValue === 'number' ? rawValue : (parseSvNumber(text(rawValue)) ?? null);
    const problem = value === null ? 'Måste vara ett tal.' : valueProblem(indicator, value);
    if (problem) addFieldError(errors, fieldKey(rowNumber, 'value'), problem);
    const reference = text(cell('referencePeriod'));
    const referenceIssue = reference ? referencePeriodProblem(reference, ref.period) : null;
    if (referenceIssue) addFieldError(errors, fieldKey(rowNumber, 'referencePeriod'), referenceIssue);
    const comment = text(cell('comment'));
    if (comment.length > 2000) addFieldError(errors, fieldKey(rowNumber, 'comment'), 'Kommentaren får vara högst 2 000 tecken.');
    else if (!isCleanText(comment)) addFieldError(errors, fieldKey(rowNumber, 'comment'), UNCLEAN_TEXT_MESSAGE);
    if (!problem && !referenceIssue && value !== null) {
      edits.push({
        indicator,
        value,
        referencePeriodKey: column.referencePeriod === undefined ? undefined : reference || null,
        comment: column.comment === undefined ? undefined : comment || null,
      });
    }
  }
  if (dataRows === 0 && !hasFieldErrors(errors)) addFieldError(errors, FILE_FIELD, 'Filen innehåller inga värden att läsa in.');
  return edits;
}

function columnIndexes(header: string[]): Partial<Record<ColumnName, number>> {
  const wanted = new Map(
    (Object.entries(COLUMNS) as [ColumnName, (typeof COLUMNS)[ColumnName]][])
      .filter(([, c]) => c.input)
      .map(([name, c]) => [c.header.toLowerCase(), name]),
  );
  const indexes: Partial<Record<ColumnName, number>> = {};
  header.forEach((h, i) => {
    const name = wanted.get(h.trim().toLowerCase());
    if (name && indexes[name] === undefined) indexes[name] = i;
  });
  return indexes;
}
