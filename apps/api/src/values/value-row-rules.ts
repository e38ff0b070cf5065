import { parsePeriodKey, isPeriodKey, type PeriodKind } from '@resultatkedjan/domain';
import type { ChainLink, OrgAggregation, Periodicity, ValueRow } from '@resultatkedjan/contracts';
import { addFieldError, type FieldErrors } from '../common/errors/field-errors.js';

/** What the row rules need to know about an indicator (found in the caller's kommun). */
export interface ValueIndicator {
  id: string;
  unit: string;
  periodicity: Periodicity;
  orgAggregation: OrgAggregation;
  link: ChainLink;
}

/** The one period kind each periodicity stores values in. */
const BASE_KIND: Record<Periodicity, { kind: PeriodKind; message: string }> = {
  ar: { kind: 'ar', message: 'Indikatorn rapporteras årsvis: ange perioden som ett år, t.ex. 2025.' },
  kvartal: { kind: 'kvartal', message: 'Indikatorn rapporteras kvartalsvis: ange perioden som t.ex. 2025-Q3.' },
  manad: { kind: 'manad', message: 'Indikatorn rapporteras månadsvis: ange perioden som t.ex. 2025-M08.' },
};

/** Units that count or measure something that cannot be negative. */
const NON_NEGATIVE_UNITS = new Set(['st', 'åa', 'timmar', 'dagar', 'km', 'm²', 'm³']);

function isNonNegativeUnit(unit: string): boolean {
  return NON_NEGATIVE_UNITS.has(unit) || unit.startsWith('tusen ');
}

function checkValue(fields: FieldErrors, path: string, value: number, unit: string): void {
  if (unit === '%' && (value < 0 || value > 100)) addFieldError(fields, path, 'En andel i procent måste ligga mellan 0 och 100.');
  if (isNonNegativeUnit(unit) && value < 0) addFieldError(fields, path, `Värdet får inte vara negativt för enheten ${unit}.`);
}

function checkPeriod(fields: FieldErrors, path: string, periodKey: string, indicator: ValueIndicator | undefined): void {
  if (!isPeriodKey(periodKey)) {
    addFieldError(fields, path, 'Ogiltig period. Använd 2025, 2025-Q3 eller 2025-M08 enligt indikatorns periodicitet.');
    return;
  }
  if (indicator === undefined) return;
  const base = BASE_KIND[indicator.periodicity];
  if (parsePeriodKey(periodKey).kind !== base.kind) addFieldError(fields, path, base.message);
}

/**
 * Validates every row of a batch before anything is written (all or nothing). Errors are keyed
 * `rows.<index>.<field>`: unknown indicator or org node, a computed (RATIO) indicator, a period the periodicity
 * does not store, a percentage outside 0–100, a negative count, and the same cell twice in the batch.
 */
export function checkValueRows(
  rows: readonly ValueRow[],
  indicators: ReadonlyMap<string, ValueIndicator>,
  orgNodeIds: ReadonlySet<string>,
): FieldErrors {
  const fields: FieldErrors = {};
  const firstRow = new Map<string, number>();
  rows.forEach((row, index) => {
    const at = (field: string) => `rows.${index}.${field}`;
    const indicator = indicators.get(row.indicatorId);
    if (indicator === undefined) addFieldError(fields, at('indicatorId'), 'Indikatorn finns inte.');
    else if (indicator.orgAggregation === 'RATIO') {
      addFieldError(fields, at('indicatorId'), 'Indikatorn beräknas som kvot av andra indikatorer; rapportera täljaren och nämnaren i stället.');
    }
    if (!orgNodeIds.has(row.orgNodeId)) addFieldError(fields, at('orgNodeId'), 'Organisationsenheten finns inte.');
    checkPeriod(fields, at('periodKey'), row.periodKey, indicator);
    if (row.referencePeriodKey != null && !isPeriodKey(row.referencePeriodKey)) {
      addFieldError(fields, at('referencePeriodKey'), 'Ogiltig period. Använd t.ex. 2025, 2025-Q2 eller 2025-M06.');
    }
    if (indicator !== undefined) checkValue(fields, at('value'), row.value, indicator.unit);
    const cell = `${row.indicatorId}|${row.orgNodeId}|${row.periodKey}`;
    const first = firstRow.get(cell);
    if (first !== undefined) addFieldError(fields, at('periodKey'), `Samma indikator, enhet och period finns redan på rad ${first}.`);
    else firstRow.set(cell, index);
  });
  return fields;
}
