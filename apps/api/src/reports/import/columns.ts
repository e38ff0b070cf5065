/** The template's columns. Import reads the ones marked `input` by header name; the rest are for reading. */
export const COLUMNS = {
  key: { header: 'Indikatornyckel', width: 18, input: true },
  name: { header: 'Indikator', width: 44, input: false },
  unit: { header: 'Enhet', width: 10, input: false },
  node: { header: 'Organisationsenhet', width: 28, input: false },
  period: { header: 'Period', width: 10, input: false },
  previousPeriod: { header: 'Föregående period', width: 18, input: false },
  previousValue: { header: 'Föregående värde', width: 18, input: false },
  target: { header: 'Målvärde', width: 12, input: false },
  value: { header: 'Värde', width: 14, input: true },
  referencePeriod: { header: 'Referensperiod', width: 16, input: true },
  comment: { header: 'Kommentar', width: 40, input: true },
} as const;

export type ColumnName = keyof typeof COLUMNS;

/** Error keys are `rad <row>.<column header in lower case>`, e.g. `rad 5.värde`; file-level errors are `fil`. */
export const fieldKey = (row: number, column: ColumnName) => `rad ${row}.${COLUMNS[column].header.toLowerCase()}`;
export const FILE_FIELD = 'fil';
