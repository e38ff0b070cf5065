import { isPeriodKey } from '@resultatkedjan/domain';
import type { IndicatorLevelScaleDto, IndicatorSource, OrgAggregation, TimeAggregation } from '@resultatkedjan/contracts';
import { addFieldError, type FieldErrors } from '../../common/errors/field-errors.js';

/** The indicator as it would be stored (create body, or stored row with a PATCH applied). */
export interface IndicatorDraft {
  id?: string;
  goalId: string;
  name: string;
  unit: string;
  purpose: string;
  orgAggregation: OrgAggregation;
  timeAggregation: TimeAggregation;
  weightIndicatorId: string | null;
  numeratorIndicatorId: string | null;
  denominatorIndicatorId: string | null;
  scale: number | null;
  source: IndicatorSource;
  koladaId: string | null;
  baselinePeriodKey: string | null;
  levelScale: IndicatorLevelScaleDto | null;
}

/** What the rules need to know about an indicator the draft refers to (found in the caller's kommun). */
export interface ReferencedIndicator {
  id: string;
  goalId: string;
  key: string;
  orgAggregation: OrgAggregation;
}

export interface RuleOutcome {
  fields: FieldErrors;
  warnings: string[];
}

type ReferenceField = 'numeratorIndicatorId' | 'denominatorIndicatorId' | 'weightIndicatorId';

const ROLE: Record<ReferenceField, string> = {
  numeratorIndicatorId: 'Täljaren',
  denominatorIndicatorId: 'Nämnaren',
  weightIndicatorId: 'Viktindikatorn',
};

/** Collects the ids a draft refers to, so they can be loaded in one query. */
export function referencedIds(draft: Pick<IndicatorDraft, ReferenceField>): string[] {
  return [draft.numeratorIndicatorId, draft.denominatorIndicatorId, draft.weightIndicatorId].filter(
    (id): id is string => typeof id === 'string',
  );
}

function checkReference(
  draft: IndicatorDraft,
  field: ReferenceField,
  referenced: ReadonlyMap<string, ReferencedIndicator>,
  outcome: RuleOutcome,
): void {
  const id = draft[field];
  if (id === null) {
    addFieldError(outcome.fields, field, `${ROLE[field]} måste anges för den valda aggregeringen.`);
    return;
  }
  if (draft.id !== undefined && id === draft.id) {
    addFieldError(outcome.fields, field, 'Indikatorn kan inte referera till sig själv.');
    return;
  }
  const target = referenced.get(id);
  if (target === undefined) {
    addFieldError(outcome.fields, field, 'Indikatorn finns inte.');
    return;
  }
  if (target.orgAggregation !== 'SUM') {
    addFieldError(
      outcome.fields,
      field,
      `${ROLE[field]} måste vara en indikator som summeras över organisationen (SUM); ${target.key} har ${target.orgAggregation}.`,
    );
  }
  if (target.goalId !== draft.goalId) {
    outcome.warnings.push(`${ROLE[field]} ${target.key} hör till ett annat mål än indikatorn.`);
  }
}

function forbidReference(draft: IndicatorDraft, field: ReferenceField, message: string, outcome: RuleOutcome): void {
  if (draft[field] !== null) addFieldError(outcome.fields, field, message);
}

/**
 * Business rules for an indicator (DOMAIN.md 4.1): purpose and unit required, references that fit the
 * aggregation, a well-formed Kolada id (required for source kolada), scale only for ratios. Returns 422 field errors and soft warnings.
 */
export function checkIndicatorRules(draft: IndicatorDraft, referenced: ReadonlyMap<string, ReferencedIndicator>): RuleOutcome {
  const outcome: RuleOutcome = { fields: {}, warnings: [] };
  const { fields } = outcome;
  if (draft.name.trim() === '') addFieldError(fields, 'name', 'Ange ett namn.');
  if (draft.purpose.trim() === '') {
    addFieldError(fields, 'purpose', 'Ange syftet: varför indikatorn mäts och vem som använder den.');
  }
  if (draft.unit.trim() === '') {
    addFieldError(fields, 'unit', "Ange en enhet, t.ex. kr, tkr, åa, st, %, index, timmar eller 'tusen m³'.");
  }

  if (draft.orgAggregation === 'RATIO') {
    checkReference(draft, 'numeratorIndicatorId', referenced, outcome);
    checkReference(draft, 'denominatorIndicatorId', referenced, outcome);
    if (draft.numeratorIndicatorId !== null && draft.numeratorIndicatorId === draft.denominatorIndicatorId) {
      addFieldError(fields, 'denominatorIndicatorId', 'Täljare och nämnare måste vara olika indikatorer.');
    }
    if (draft.unit.trim() === '%' && draft.scale !== 100) {
      outcome.warnings.push('Enheten är % men skalan är inte 100: kvoten visas som en andel av 1.');
    }
  } else {
    const message = 'Täljare och nämnare anges bara när organisationsaggregeringen är RATIO.';
    forbidReference(draft, 'numeratorIndicatorId', message, outcome);
    forbidReference(draft, 'denominatorIndicatorId', message, outcome);
    if (draft.scale !== null) addFieldError(fields, 'scale', 'Skala anges bara för kvoter (RATIO), t.ex. 100 för procent.');
  }

  if (draft.orgAggregation === 'WEIGHTED_MEAN') checkReference(draft, 'weightIndicatorId', referenced, outcome);
  else forbidReference(draft, 'weightIndicatorId', 'Viktindikator anges bara när organisationsaggregeringen är WEIGHTED_MEAN.', outcome);

  if (draft.timeAggregation === 'RATIO' && draft.orgAggregation !== 'RATIO') {
    addFieldError(
      fields,
      'timeAggregation',
      'Tidsaggregering RATIO kräver organisationsaggregering RATIO med täljare och nämnare.',
    );
  }

  if (draft.source === 'kolada' && (draft.koladaId === null || draft.koladaId.trim() === '')) {
    addFieldError(fields, 'koladaId', 'Ange Kolada-id när källan är kolada.');
  }
  // Any indicator may name the Kolada KPI it is compared with (benchmarking); only source kolada requires one.
  if (draft.koladaId !== null && !/^[A-Z]\d{5}$/.test(draft.koladaId.trim())) {
    addFieldError(fields, 'koladaId', 'Ange ett KPI-id från Kolada, t.ex. N15428.');
  }

  if (draft.baselinePeriodKey !== null && !isPeriodKey(draft.baselinePeriodKey)) {
    addFieldError(fields, 'baselinePeriodKey', 'Ogiltig period. Använd t.ex. 2025, 2025-Q2, 2025-T1, 2025-M03, 2025-D eller 2025-H.');
  }
  if (draft.levelScale !== null && !(draft.levelScale.partlyFrom < draft.levelScale.fulfilledFrom)) {
    addFieldError(fields, 'levelScale.partlyFrom', 'Gränsen för delvis uppfyllt måste vara lägre än gränsen för uppfyllt.');
  }
  return outcome;
}
