import { periodChange } from '../numbers/period-change.js';
import type { RatioKind } from '../ratios/ratio-definition.js';
import { NOT_ASSESSED_LEVEL } from '../target-status/target-scale.js';

/** Why an item is on an analysis dialogue's agenda (issue: "the agenda is made from the data"). */
export type AgendaReason =
  | 'mal_ej_uppfyllt'
  | 'sjunkande_maluppfyllelse'
  | 'saknar_farskt_varde'
  | 'forandring_nyckeltal'
  | 'resurser_upp_resultat_ned'
  | 'oppen_atgard';

/** Agenda order: what went wrong first, then what changed, then what is owed; within a reason, the largest first. */
export const AGENDA_REASON_ORDER: readonly AgendaReason[] = [
  'mal_ej_uppfyllt', 'sjunkande_maluppfyllelse', 'resurser_upp_resultat_ned', 'forandring_nyckeltal', 'saknar_farskt_varde', 'oppen_atgard',
];

export const AGENDA_REASON_LABELS: Readonly<Record<AgendaReason, string>> = {
  mal_ej_uppfyllt: 'Mål under målvärdet',
  sjunkande_maluppfyllelse: 'Sjunkande måluppfyllelse',
  saknar_farskt_varde: 'Indikator utan aktuellt värde',
  forandring_nyckeltal: 'Stor förändring i ett nyckeltal',
  resurser_upp_resultat_ned: 'Resurserna ökade men resultaten minskade',
  oppen_atgard: 'Öppen åtgärd från en tidigare dialog',
};

/** A goal's level now and in the previous comparable period (0 = Ej bedömt; higher is better). */
export interface GoalLevelInput {
  goalId: string;
  level: number;
  /** The highest level of the scale (3 by default): a goal below it is below target. */
  topLevel: number;
  previousLevel: number | null;
}

export interface IndicatorFreshnessInput {
  indicatorId: string;
  goalId: string;
  /** Targeted indicators without a fresh value in the period cannot be judged. */
  fresh: boolean;
}

/** A ratio at one org node now and in the same period last year, with its parts. */
export interface RatioFigureInput {
  ratioId: string;
  goalId: string;
  kind: RatioKind;
  orgNodeId: string;
  current: { value: number | null; numerator: number | null; denominator: number | null };
  previous: { value: number | null; numerator: number | null; denominator: number | null };
}

export interface OpenActionInput {
  actionId: string;
  goalId: string | null;
  dueOn: string;
}

export interface AgendaInput {
  goals: readonly GoalLevelInput[];
  indicators: readonly IndicatorFreshnessInput[];
  ratios: readonly RatioFigureInput[];
  openActions: readonly OpenActionInput[];
}

export interface AgendaOptions {
  /** Ratio changes at least this large (fraction of last year's value) are listed … */
  readonly minRelativeChange?: number;
  /** … at most this many, the largest first. */
  readonly maxRatioChanges?: number;
}

/** One agenda item: why it is there, what it is about, and how large the signal is (for ordering). */
export interface AgendaCandidate {
  reason: AgendaReason;
  goalId: string | null;
  indicatorId: string | null;
  ratioId: string | null;
  orgNodeId: string | null;
  actionId: string | null;
  /** Relative change (fraction) or level drop; larger means earlier within its reason. */
  magnitude: number;
  /** For ratio changes: whether the change is an improvement by the ratio's kind (null for a plain quotient). */
  improvement: boolean | null;
}

/** Which way is better: more output or quality per resource is better; cost per output or result is better lower. */
export function ratioImprovementDirection(kind: RatioKind): 'higher' | 'lower' | null {
  switch (kind) {
    case 'produktivitet':
    case 'effektivitet':
      return 'higher';
    case 'kostnad_per_prestation':
    case 'kostnad_per_resultat':
      return 'lower';
    case 'kvot':
      return null;
  }
}

const candidate = (reason: AgendaReason, fields: Partial<AgendaCandidate>): AgendaCandidate => ({
  reason, goalId: null, indicatorId: null, ratioId: null, orgNodeId: null, actionId: null, magnitude: 0, improvement: null, ...fields,
});

/**
 * The agenda's items from a period's figures (issue #15): goals below target or with a falling level, targeted
 * indicators without a fresh value, the largest changes in produktivitet, kostnad per prestation and effektivitet
 * against the same period last year, units whose resources rose while their results fell (an effektivitet ratio
 * whose denominator grew and numerator shrank), and open actions from earlier dialogues. Ordered by
 * AGENDA_REASON_ORDER, then by magnitude (largest first), then by ids for a stable order.
 */
export function agendaCandidates(input: AgendaInput, options: AgendaOptions = {}): AgendaCandidate[] {
  const minChange = options.minRelativeChange ?? 0.05;
  const maxChanges = options.maxRatioChanges ?? 5;
  const items: AgendaCandidate[] = [];

  for (const goal of input.goals) {
    if (goal.level !== NOT_ASSESSED_LEVEL && goal.level < goal.topLevel) {
      items.push(candidate('mal_ej_uppfyllt', { goalId: goal.goalId, magnitude: goal.topLevel - goal.level }));
    }
    if (goal.previousLevel !== null && goal.previousLevel !== NOT_ASSESSED_LEVEL && goal.level !== NOT_ASSESSED_LEVEL && goal.level < goal.previousLevel) {
      items.push(candidate('sjunkande_maluppfyllelse', { goalId: goal.goalId, magnitude: goal.previousLevel - goal.level }));
    }
  }
  for (const indicator of input.indicators) {
    if (!indicator.fresh) items.push(candidate('saknar_farskt_varde', { goalId: indicator.goalId, indicatorId: indicator.indicatorId }));
  }

  const changes: AgendaCandidate[] = [];
  for (const ratio of input.ratios) {
    const change = periodChange(ratio.current.value, ratio.previous.value);
    const direction = ratioImprovementDirection(ratio.kind);
    if (change.relative !== null && direction !== null && Math.abs(change.relative) >= minChange) {
      changes.push(candidate('forandring_nyckeltal', {
        goalId: ratio.goalId, ratioId: ratio.ratioId, orgNodeId: ratio.orgNodeId, magnitude: Math.abs(change.relative),
        improvement: direction === 'higher' ? change.relative > 0 : change.relative < 0,
      }));
    }
    if (ratio.kind === 'effektivitet') {
      const resources = periodChange(ratio.current.denominator, ratio.previous.denominator);
      const results = periodChange(ratio.current.numerator, ratio.previous.numerator);
      if (resources.absolute !== null && results.absolute !== null && resources.absolute > 0 && results.absolute < 0) {
        items.push(candidate('resurser_upp_resultat_ned', {
          goalId: ratio.goalId, ratioId: ratio.ratioId, orgNodeId: ratio.orgNodeId,
          magnitude: Math.abs(results.relative ?? 0) + Math.abs(resources.relative ?? 0), improvement: false,
        }));
      }
    }
  }
  items.push(...changes.sort(byMagnitude).slice(0, maxChanges));
  for (const action of input.openActions) {
    items.push(candidate('oppen_atgard', { goalId: action.goalId, actionId: action.actionId }));
  }
  return items.sort((a, b) => AGENDA_REASON_ORDER.indexOf(a.reason) - AGENDA_REASON_ORDER.indexOf(b.reason) || byMagnitude(a, b));
}

function byMagnitude(a: AgendaCandidate, b: AgendaCandidate): number {
  return b.magnitude - a.magnitude || key(a).localeCompare(key(b));
}

const key = (c: AgendaCandidate) => [c.goalId, c.indicatorId, c.ratioId, c.orgNodeId, c.actionId].map((x) => x ?? '').join('|');
