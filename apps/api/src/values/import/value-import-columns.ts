import type { ValueRow } from '@resultatkedjan/contracts';

/** The multipart field of the file, and the error key for problems with the file as a whole. */
export const FILE_FIELD = 'fil';

/** Columns of a value import, by the Swedish header a user writes (case and accents of "värde" forgiven). */
export const IMPORT_COLUMNS = {
  enhet: ['enhet', 'organisationsenhet', 'org'],
  period: ['period'],
  värde: ['värde', 'varde', 'utfall'],
  kommentar: ['kommentar'],
  referensperiod: ['referensperiod', 'avser period'],
} as const;
export type ImportColumn = keyof typeof IMPORT_COLUMNS;

/** The import column a batch row's field comes from, for putting PUT /values errors back on the file's rows. */
export const COLUMN_OF_FIELD: Record<keyof ValueRow, ImportColumn | null> = {
  indicatorId: null,
  orgNodeId: 'enhet',
  periodKey: 'period',
  value: 'värde',
  comment: 'kommentar',
  referencePeriodKey: 'referensperiod',
  source: null,
};

/** Index of each column in the header; required ones missing are reported. */
export function locateColumns(header: readonly string[]): { index: Partial<Record<ImportColumn, number>>; missing: ImportColumn[] } {
  const normalised = header.map((h) => h.trim().toLowerCase());
  const index: Partial<Record<ImportColumn, number>> = {};
  for (const [column, names] of Object.entries(IMPORT_COLUMNS) as [ImportColumn, readonly string[]][]) {
    const at = normalised.findIndex((h) => names.includes(h));
    if (at >= 0) index[column] = at;
  }
  const missing = (['enhet', 'period', 'värde'] as const).filter((c) => index[c] === undefined);
  return { index, missing };
}
