import { isMoneyUnit } from '@resultatkedjan/domain';
import type { ChainLink, Direction, OrgAggregation, RatioKind } from '@resultatkedjan/contracts';
import { addFieldError, type FieldErrors } from '../../common/errors/field-errors.js';

/** What the pair rules need to know about each side of a ratio. */
export interface RatioSide {
  id: string;
  key: string;
  goalId: string;
  link: ChainLink;
  unit: string;
  direction: Direction;
  orgAggregation: OrgAggregation;
}

type SideField = 'numeratorIndicatorId' | 'denominatorIndicatorId';
type SideRule = (side: RatioSide) => string | null;

const MONEY = 'kr, tkr, mnkr eller mdkr';

function isShareOrIndex(unit: string): boolean {
  const u = unit.trim().toLowerCase();
  return u === '%' || u.startsWith('index');
}

const link = (expected: ChainLink, message: string): SideRule => (side) => (side.link === expected ? null : message);

const cost = (kindLabel: string): SideRule => (side) =>
  side.link === 'resurs' && isMoneyUnit(side.unit.trim())
    ? null
    : `${kindLabel} kräver en kostnad från resurslänken (${MONEY}) i täljaren; ${side.key} är ${side.link} i ${side.unit}.`;

/** DOMAIN.md 4.3 rule 1: a quotient needs a count of good outcomes, not a share, an index or a lower-is-better figure. */
const qualityCount = (kindLabel: string, role: string): SideRule => (side) => {
  if (side.link !== 'resultat') return `${kindLabel} kräver ett resultat i ${role}; ${side.key} hör till länken ${side.link}.`;
  if (isShareOrIndex(side.unit)) {
    return `${kindLabel} kräver ett antal goda utfall (t.ex. behöriga elever) i ${role}, inte en andel eller ett index. ` +
      'Visa i stället kostnad per prestation bredvid kvalitetsindikatorn.';
  }
  if (side.direction === 'lower') {
    return `${kindLabel} kräver ett antal goda utfall i ${role}; ${side.key} är lägre-är-bättre och visas i stället som ett par med kostnaden.`;
  }
  return null;
};

/** Which kind of indicator each side must be (DOMAIN.md 4.3); kvot accepts any pair. */
const PAIR_RULES: Record<RatioKind, { numerator: SideRule[]; denominator: SideRule[] }> = {
  produktivitet: {
    numerator: [link('prestation', 'Produktivitet är prestationer per resurs: täljaren ska vara en prestation.')],
    denominator: [link('resurs', 'Produktivitet är prestationer per resurs: nämnaren ska vara en resurs.')],
  },
  kostnad_per_prestation: {
    numerator: [cost('Kostnad per prestation')],
    denominator: [link('prestation', 'Kostnad per prestation kräver en prestation i nämnaren.')],
  },
  effektivitet: {
    numerator: [qualityCount('Effektivitet', 'täljaren')],
    denominator: [link('resurs', 'Effektivitet är goda utfall per resurs: nämnaren ska vara en resurs.')],
  },
  kostnad_per_resultat: {
    numerator: [cost('Kostnad per resultat')],
    denominator: [qualityCount('Kostnad per resultat', 'nämnaren')],
  },
  kvot: { numerator: [], denominator: [] },
};

function checkSide(
  fields: FieldErrors,
  field: SideField,
  side: RatioSide | undefined,
  goalId: string,
  rules: readonly SideRule[],
): void {
  if (side === undefined) {
    addFieldError(fields, field, 'Indikatorn finns inte.');
    return;
  }
  if (side.goalId !== goalId) addFieldError(fields, field, 'Indikatorn hör inte till det här målets kedja.');
  if (side.orgAggregation !== 'SUM') {
    addFieldError(
      fields,
      field,
      `Ett nyckeltal delar summor: ${side.key} måste summeras över organisationen (SUM), men har ${side.orgAggregation}.`,
    );
  }
  for (const rule of rules) {
    const problem = rule(side);
    if (problem !== null) addFieldError(fields, field, problem);
  }
}

/** Checks that numerator and denominator form a sensible pair for the kind; returns field-keyed Swedish errors. */
export function checkRatioPair(
  kind: RatioKind,
  numerator: RatioSide | undefined,
  denominator: RatioSide | undefined,
  goalId: string,
): FieldErrors {
  const fields: FieldErrors = {};
  const rules = PAIR_RULES[kind];
  checkSide(fields, 'numeratorIndicatorId', numerator, goalId, rules.numerator);
  checkSide(fields, 'denominatorIndicatorId', denominator, goalId, rules.denominator);
  if (numerator !== undefined && numerator.id === denominator?.id) {
    addFieldError(fields, 'denominatorIndicatorId', 'Täljare och nämnare måste vara olika indikatorer.');
  }
  return fields;
}
