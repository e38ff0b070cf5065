import { numberToInput, parseSvNumber as parseSwedishNumber } from '@resultatkedjan/domain';
import type {
  CreateIndicatorRequest, Direction, IndicatorDto, IndicatorSource, IndicatorTargetDto, OrgAggregation, Periodicity, RatioKind,
  TimeAggregation,
} from '@resultatkedjan/contracts';
import { svChainBuilder } from '../../i18n/sv-chain-builder';

/** Shared with the API's imports (libs/domain), named as this form has always called them. */
export { numberToInput, parseSwedishNumber };

const t = svChainBuilder.indicator;

/** Field → first message; what a form shows at its fields. */
export type FormErrors = Record<string, string>;

/** The API's field paths as this form's field names: `levelScale.partlyFrom` → `partlyFrom`; first message each. */
export function formErrorsFromApi(fields: Record<string, string[]>, rename: Record<string, string> = {}): FormErrors {
  const out: FormErrors = {};
  for (const [path, messages] of Object.entries(fields)) {
    const field = rename[path] ?? path.split('.').at(-1)!;
    if (messages[0] && out[field] === undefined) out[field] = messages[0];
  }
  return out;
}

export interface IndicatorFormValues {
  key: string;
  name: string;
  purpose: string;
  unit: string;
  direction: Direction;
  orgAggregation: OrgAggregation;
  timeAggregation: TimeAggregation;
  periodicity: Periodicity;
  numeratorIndicatorId: string;
  denominatorIndicatorId: string;
  weightIndicatorId: string;
  scale: string;
  targeted: boolean;
  source: IndicatorSource;
  koladaId: string;
  baselineValue: string;
  baselinePeriodKey: string;
  reviewDate: string;
  fulfilledFrom: string;
  partlyFrom: string;
}

export const INDICATOR_API_FIELDS: Record<string, string> = { levelScale: 'fulfilledFrom' };

export function emptyIndicatorValues(goalKey: string, link: string): IndicatorFormValues {
  return {
    key: `${goalKey}.`, name: '', purpose: '', unit: '', direction: link === 'resultat' ? 'higher' : 'neutral', orgAggregation: 'SUM',
    timeAggregation: 'SUM', periodicity: 'kvartal', numeratorIndicatorId: '', denominatorIndicatorId: '', weightIndicatorId: '',
    scale: '', targeted: link === 'resultat', source: 'manual', koladaId: '', baselineValue: '', baselinePeriodKey: '', reviewDate: '',
    fulfilledFrom: '', partlyFrom: '',
  };
}

export function indicatorValuesOf(i: IndicatorDto): IndicatorFormValues {
  return {
    key: i.key, name: i.name, purpose: i.purpose, unit: i.unit, direction: i.direction, orgAggregation: i.orgAggregation,
    timeAggregation: i.timeAggregation, periodicity: i.periodicity, numeratorIndicatorId: i.numeratorIndicatorId ?? '',
    denominatorIndicatorId: i.denominatorIndicatorId ?? '', weightIndicatorId: i.weightIndicatorId ?? '', scale: numberToInput(i.scale),
    targeted: i.targeted, source: i.source, koladaId: i.koladaId ?? '', baselineValue: numberToInput(i.baselineValue),
    baselinePeriodKey: i.baselinePeriodKey ?? '', reviewDate: i.reviewDate ?? '', fulfilledFrom: numberToInput(i.levelScale?.fulfilledFrom),
    partlyFrom: numberToInput(i.levelScale?.partlyFrom),
  };
}

type IndicatorBody = Omit<CreateIndicatorRequest, 'chainElementId'>;

/**
 * The request a form describes, or the fields to fix first. Only what the aggregation uses is sent (täljare and
 * nämnare for RATIO, a weight for WEIGHTED_MEAN); the rest is cleared with null so a PATCH also removes it.
 */
export function indicatorRequestOf(v: IndicatorFormValues): { body: IndicatorBody } | { errors: FormErrors } {
  const errors: FormErrors = {};
  const required = (field: keyof IndicatorFormValues) => {
    if (String(v[field]).trim() === '') errors[field] = t.required;
  };
  (['key', 'name', 'purpose', 'unit'] as const).forEach(required);
  const number = (field: 'scale' | 'baselineValue' | 'fulfilledFrom' | 'partlyFrom') => {
    const parsed = parseSwedishNumber(v[field]);
    if (parsed === undefined) errors[field] = t.invalidNumber;
    return parsed ?? null;
  };
  const ratio = v.orgAggregation === 'RATIO';
  if (ratio) {
    required('numeratorIndicatorId');
    required('denominatorIndicatorId');
  }
  if (v.orgAggregation === 'WEIGHTED_MEAN') required('weightIndicatorId');
  const scale = number('scale');
  const baselineValue = number('baselineValue');
  const fulfilledFrom = number('fulfilledFrom');
  const partlyFrom = number('partlyFrom');
  if ((fulfilledFrom === null) !== (partlyFrom === null)) errors[fulfilledFrom === null ? 'fulfilledFrom' : 'partlyFrom'] = t.required;
  if (Object.keys(errors).length > 0) return { errors };
  const blankToNull = (text: string) => (text.trim() === '' ? null : text.trim());
  return {
    body: {
      key: v.key.trim(), name: v.name.trim(), purpose: v.purpose.trim(), unit: v.unit.trim(), direction: v.direction,
      orgAggregation: v.orgAggregation, timeAggregation: v.timeAggregation, periodicity: v.periodicity,
      numeratorIndicatorId: ratio ? v.numeratorIndicatorId : null,
      denominatorIndicatorId: ratio ? v.denominatorIndicatorId : null,
      weightIndicatorId: v.orgAggregation === 'WEIGHTED_MEAN' ? v.weightIndicatorId : null,
      scale: ratio ? scale : null,
      targeted: v.targeted, source: v.source, koladaId: blankToNull(v.koladaId), baselineValue,
      baselinePeriodKey: blankToNull(v.baselinePeriodKey), reviewDate: blankToNull(v.reviewDate),
      levelScale: fulfilledFrom === null || partlyFrom === null ? null : { fulfilledFrom, partlyFrom },
    },
  };
}

export interface TargetRow {
  periodKey: string;
  value: string;
}

/** Grid rows as the PUT body, or errors keyed `<row>.periodKey` / `<row>.value`; blank rows are left out. */
export function targetsOf(rows: readonly TargetRow[]): { targets: IndicatorTargetDto[] } | { errors: FormErrors } {
  const errors: FormErrors = {};
  const targets: IndicatorTargetDto[] = [];
  rows.forEach((row, i) => {
    if (row.periodKey.trim() === '' && row.value.trim() === '') return;
    const value = parseSwedishNumber(row.value);
    if (row.periodKey.trim() === '') errors[`${i}.periodKey`] = t.required;
    if (value === null) errors[`${i}.value`] = t.required;
    if (value === undefined) errors[`${i}.value`] = t.invalidNumber;
    if (typeof value === 'number') targets.push({ periodKey: row.periodKey.trim(), targetValue: value });
  });
  return Object.keys(errors).length > 0 ? { errors } : { targets };
}

/**
 * The API's `targets.<n>.periodKey` errors on the grid's rows. The PUT body leaves blank rows out, so its index
 * `n` is mapped back to the row it came from.
 */
export function targetErrorsFromApi(fields: Record<string, string[]>, rows: readonly TargetRow[]): FormErrors {
  const sent = rows.map((r, i) => ({ r, i })).filter(({ r }) => r.periodKey.trim() !== '' || r.value.trim() !== '').map(({ i }) => i);
  const out: FormErrors = {};
  for (const [path, messages] of Object.entries(fields)) {
    const match = /^targets\.(\d+)\.(periodKey|targetValue)$/.exec(path);
    if (!match || !messages[0]) continue;
    const row = sent[Number(match[1])];
    if (row !== undefined) out[`${row}.${match[2] === 'targetValue' ? 'value' : 'periodKey'}`] = messages[0];
  }
  return out;
}

export interface RatioFormValues {
  kind: RatioKind;
  name: string;
  numeratorIndicatorId: string;
  denominatorIndicatorId: string;
  unit: string;
  scale: string;
}
