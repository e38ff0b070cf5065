import {
  AGENDA_REASON_LABELS, agendaCandidates, suggestGoalLevel, type AgendaCandidate, type AgendaInput, type TargetScale,
} from '@resultatkedjan/domain';
import type { AgendaFigure, AgendaItemDto, AgendaNarrative, GoalChainView } from '@resultatkedjan/contracts';
import type { DialogueActionRow } from './dialogue-action.queries.js';

/** What the agenda is made from: each goal's chain at the body and its units for the period and the same one last year. */
export interface AgendaSources {
  bodyNodeId: string;
  periodKey: string;
  previousKey: string;
  scale: TargetScale;
  chains: readonly GoalChainView[];
  openActions: readonly DialogueActionRow[];
  narrativesByGoal: ReadonlyMap<string, AgendaNarrative[]>;
  nodeNames: ReadonlyMap<string, string>;
  notes: ReadonlyMap<string, string>;
}

/** Freshness reasons of the chain view's target assessment (DOMAIN.md 4.4: stale data is never green). */
const NOT_FRESH = new Set(['saknar_varde', 'inaktuellt_varde']);

/** The domain's agenda input from the chain views: goal levels at the body now and last year, indicator freshness, ratios per node. */
export function agendaInput(s: AgendaSources): AgendaInput {
  const topLevel = s.scale.levels[0]?.level ?? 3;
  const input = { goals: [], indicators: [], ratios: [], openActions: [] } as {
    goals: AgendaInput['goals'][number][];
    indicators: AgendaInput['indicators'][number][];
    ratios: AgendaInput['ratios'][number][];
    openActions: AgendaInput['openActions'][number][];
  };
  for (const chain of s.chains) {
    const targeted = chain.elements.flatMap((e) => e.indicators).filter((i) => i.targeted);
    const at = (periodKey: string) =>
      targeted.flatMap((i) => i.figures.filter((f) => f.orgNodeId === s.bodyNodeId && f.periodKey === periodKey).map((f) => ({ indicator: i, figure: f })));
    const now = at(s.periodKey);
    if (now.length > 0) {
      const before = at(s.previousKey);
      input.goals.push({
        goalId: chain.goal.id,
        level: suggestGoalLevel(now.map((x) => x.figure.assessment.level)),
        topLevel,
        previousLevel: before.length > 0 ? suggestGoalLevel(before.map((x) => x.figure.assessment.level)) : null,
      });
    }
    for (const { indicator, figure } of now) {
      input.indicators.push({ indicatorId: indicator.id, goalId: chain.goal.id, fresh: !NOT_FRESH.has(figure.assessment.reason ?? '') });
    }
    for (const ratio of chain.ratios) {
      for (const current of ratio.results.filter((r) => r.periodKey === s.periodKey)) {
        const previous = ratio.results.find((r) => r.periodKey === s.previousKey && r.orgNodeId === current.orgNodeId);
        if (!previous) continue;
        input.ratios.push({
          ratioId: ratio.id, goalId: chain.goal.id, kind: ratio.kind, orgNodeId: current.orgNodeId,
          current: { value: current.value, numerator: current.numerator, denominator: current.denominator },
          previous: { value: previous.value, numerator: previous.numerator, denominator: previous.denominator },
        });
      }
    }
  }
  input.openActions.push(...s.openActions.map((a) => ({ actionId: a.id, goalId: a.goal_id, dueOn: a.due_on })));
  return input;
}

/** The agenda: the domain's candidates with names, figures (numerator, denominator, units), the units' narratives first, and notes. */
export function agendaItems(s: AgendaSources): AgendaItemDto[] {
  const chains = new Map(s.chains.map((c) => [c.goal.id, c]));
  const actions = new Map(s.openActions.map((a) => [a.id, a]));
  return agendaCandidates(agendaInput(s)).map((c) => {
    const chain = c.goalId ? chains.get(c.goalId) : undefined;
    const action = c.actionId ? actions.get(c.actionId) : undefined;
    const ratio = c.ratioId ? chain?.ratios.find((r) => r.id === c.ratioId) : undefined;
    const indicator = c.indicatorId ? chain?.elements.flatMap((e) => e.indicators).find((i) => i.id === c.indicatorId) : undefined;
    const figure = (periodKey: string): AgendaFigure | null => {
      const r = ratio?.results.find((x) => x.periodKey === periodKey && x.orgNodeId === c.orgNodeId);
      return r ? { periodKey, value: r.value, numerator: r.numerator, denominator: r.denominator, unit: r.unit, numeratorUnit: r.numeratorUnit, denominatorUnit: r.denominatorUnit } : null;
    };
    const narratives = (c.goalId ? s.narrativesByGoal.get(c.goalId) ?? [] : []).filter(
      (n) => c.orgNodeId === null || c.orgNodeId === s.bodyNodeId || n.orgNodeId === c.orgNodeId,
    );
    const key = itemKey(c);
    const orgNodeId = c.orgNodeId ?? action?.owner_node_id ?? null;
    return {
      key,
      reason: c.reason,
      reasonLabel: AGENDA_REASON_LABELS[c.reason],
      goalId: c.goalId,
      goalTitle: chain ? `${chain.goal.key} ${chain.goal.title}` : null,
      indicatorId: c.indicatorId,
      indicatorName: indicator?.name ?? null,
      ratioId: c.ratioId,
      ratioName: ratio?.name ?? (action ? action.title : null),
      orgNodeId,
      orgNodeName: orgNodeId ? (s.nodeNames.get(orgNodeId) ?? action?.owner_node_name ?? null) : null,
      actionId: c.actionId,
      improvement: c.improvement,
      current: ratio ? figure(s.periodKey) : null,
      previous: ratio ? figure(s.previousKey) : null,
      narratives,
      note: s.notes.get(key) ?? '',
    };
  });
}

export function itemKey(c: Pick<AgendaCandidate, 'reason' | 'goalId' | 'indicatorId' | 'ratioId' | 'orgNodeId' | 'actionId'>): string {
  return [c.reason, c.goalId, c.indicatorId, c.ratioId, c.orgNodeId, c.actionId].map((x) => x ?? '-').join(':');
}
