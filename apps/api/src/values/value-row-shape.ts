import { INDICATOR_SOURCES, type IndicatorSource, type ValueRow } from '@resultatkedjan/contracts';
import { addFieldError, type FieldErrors } from '../common/errors/field-errors.js';
import { isCleanText, UNCLEAN_TEXT_MESSAGE } from '../common/validation/clean-text.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const ROW_FIELDS = new Set(['indicatorId', 'orgNodeId', 'periodKey', 'value', 'referencePeriodKey', 'comment', 'source']);
export const MAX_PERIOD_KEY_LENGTH = 20;
export const MAX_COMMENT_LENGTH = 2000;

function text(fields: FieldErrors, path: string, value: unknown, maxLength: number, optional: boolean): void {
  if (optional && (value === undefined || value === null)) return;
  if (typeof value !== 'string') addFieldError(fields, path, 'Måste vara text.');
  else if (value.length > maxLength) addFieldError(fields, path, 'Texten är för lång.');
  else if (!isCleanText(value)) addFieldError(fields, path, UNCLEAN_TEXT_MESSAGE);
}

/**
 * Checks the shape of each row with the same Swedish messages as the global validation pipe, keyed
 * `rows.<index>.<field>`. Done by hand because class-transformer + class-validator over 5 000 nested objects
 * costs about half a second per batch; the DTO class still documents the row in OpenAPI.
 */
export function checkRowShapes(rows: readonly unknown[]): { rows: ValueRow[]; fields: FieldErrors } {
  const fields: FieldErrors = {};
  rows.forEach((raw, index) => {
    const at = (field: string) => `rows.${index}.${field}`;
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
      addFieldError(fields, `rows.${index}`, 'Måste vara ett objekt.');
      return;
    }
    const row = raw as Record<string, unknown>;
    for (const key of Object.keys(row)) if (!ROW_FIELDS.has(key)) addFieldError(fields, at(key), 'Fältet är inte tillåtet.');
    for (const key of ['indicatorId', 'orgNodeId']) {
      if (typeof row[key] !== 'string' || !UUID.test(row[key])) addFieldError(fields, at(key), 'Måste vara ett giltigt id (UUID).');
    }
    text(fields, at('periodKey'), row.periodKey, MAX_PERIOD_KEY_LENGTH, false);
    if (typeof row.value !== 'number' || !Number.isFinite(row.value)) addFieldError(fields, at('value'), 'Måste vara ett tal.');
    text(fields, at('referencePeriodKey'), row.referencePeriodKey, MAX_PERIOD_KEY_LENGTH, true);
    text(fields, at('comment'), row.comment, MAX_COMMENT_LENGTH, true);
    if (row.source !== undefined && !INDICATOR_SOURCES.includes(row.source as IndicatorSource)) {
      addFieldError(fields, at('source'), `Källan måste vara en av ${INDICATOR_SOURCES.join(', ')}.`);
    }
  });
  return { rows: rows as ValueRow[], fields };
}
