import {
  countByLevel, decidingAssessment, defaultRatioUnits, excerpt, formatPeriodLabel, suggestGoalLevel,
} from '@resultatkedjan/domain';
import {
  ASSESSMENT_TIER_LABELS, type ExportAssessment, type ExportBody, type ExportContent, type ExportGoal, type ExportIndicator,
  type ExportRatio, type ExportReconciliation, type GoalChainView, type GoalLevel, type OrgNodeKind, type PeriodSnapshotData,
} from '@resultatkedjan/contracts';

/** Longest narrative excerpt per unit and field (the förvaltningsberättelse quotes, it does not reprint reports). */
export const NARRATIVE_EXCERPT_CHARS = 600;

export const GOAL_LEVEL_LABELS: Readonly<Record<GoalLevel, string>> = {
  vision: 'Vision',
  inriktningsmal: 'KF:s inriktningsmål',
  finansiellt_mal: 'Finansiellt mål',
  namndmal: 'Nämndmål',
  bolagsmal: 'Bolagsmål',
  verksamhetsmal: 'Verksamhetsmål',
};

const SELF_LABEL = 'Självvärdering';
/** The bodies that get a section (sheet) of their own; a goal belongs to the nearest one above its owner. */
const BODY_KINDS: readonly OrgNodeKind[] = ['kf', 'ks', 'namnd', 'bolag'];
const BODY_ORDER: Readonly<Record<string, number>> = { kf: 0, ks: 1, namnd: 2, bolag: 3 };

/** The parts of a version 2 snapshot the content is made of (its values and roll-ups are not read). */
export type ExportableSnapshot = Pick<PeriodSnapshotData, 'periodKey' | 'coversFrom' | 'coversTo' | 'takenAt' | 'followUp'>;
type Snapshot = ExportableSnapshot;
type Node = Snapshot['followUp']['orgNodes'][number];

/**
 * The export's content, built once from a version 2 snapshot and rendered into every format: pure, so the same
 * snapshot always gives the same content. Goals are the decided ones (a vision is not assessed); figures, levels
 * and ratios are the snapshot's chains (the chain view's own computation at the lock); a goal nobody assessed reads
 * Ej bedömt.
 */
export function buildExportContent(snapshot: Snapshot): ExportContent {
  const f = snapshot.followUp;
  const nodes = new Map(f.orgNodes.map((n) => [n.id, n]));
  const labelOf = levelLabeller(f.levels);
  const bodyOf = (nodeId: string): Node | undefined => {
    for (let node = nodes.get(nodeId); node; node = node.parentId ? nodes.get(node.parentId) : undefined) {
      if (BODY_KINDS.includes(node.kind)) return node;
    }
    return undefined;
  };
  const inBolag = (nodeId: string): boolean => {
    for (let node = nodes.get(nodeId); node; node = node.parentId ? nodes.get(node.parentId) : undefined) {
      if (node.kind === 'bolag') return true;
    }
    return false;
  };
  const chains = new Map(f.chains.map((c) => [c.goal.id, c]));
  const goalRows = f.goals.filter((g) => g.status === 'beslutad' && g.level !== 'vision');
  const keyOf = new Map(f.goals.map((g) => [g.id, g.key]));

  const goals: ExportGoal[] = goalRows.map((g) => {
    const owner = nodes.get(g.ownerNodeId);
    const body = bodyOf(g.ownerNodeId) ?? owner;
    const chain = chains.get(g.id);
    const indicators = chain ? indicatorsOf(chain) : [];
    const assessments: ExportAssessment[] = [
      ...f.selfAssessments
        .filter((s) => s.goalId === g.id)
        .map((s) => ({
          tier: 'self' as const, tierLabel: SELF_LABEL, orgNodeName: nodes.get(s.orgNodeId)?.name ?? '', level: s.level ?? 0,
          label: labelOf(s.level ?? 0), justification: s.justification,
        })),
      ...f.assessments
        .filter((a) => a.goalId === g.id)
        .map((a) => ({
          tier: a.tier, tierLabel: ASSESSMENT_TIER_LABELS[a.tier], orgNodeName: nodes.get(a.orgNodeId)?.name ?? '', level: a.level,
          label: labelOf(a.level), justification: a.justification,
        })),
    ];
    const deciding = decidingAssessment(assessments);
    const suggested = suggestGoalLevel(indicators.map((i) => i.level));
    return {
      key: g.key,
      title: g.title,
      level: g.level,
      levelLabel: GOAL_LEVEL_LABELS[g.level],
      ownerKey: owner?.key ?? '',
      ownerName: owner?.name ?? '',
      bodyKey: body?.key ?? '',
      parentKey: g.parentGoalId ? (keyOf.get(g.parentGoalId) ?? null) : null,
      geh: g.geh,
      indicators,
      ratios: chain ? ratiosOf(chain) : [],
      assessments,
      result: deciding ? { level: deciding.level, label: deciding.label, tier: deciding.tier } : { level: 0, label: labelOf(0), tier: null },
      suggested: { level: suggested, label: labelOf(suggested) },
      narratives: f.selfAssessments
        .filter((s) => s.goalId === g.id && (s.whatHappened || s.why || s.nextSteps))
        .map((s) => ({
          orgNodeName: nodes.get(s.orgNodeId)?.name ?? '',
          whatHappened: excerpt(s.whatHappened, NARRATIVE_EXCERPT_CHARS),
          why: excerpt(s.why, NARRATIVE_EXCERPT_CHARS),
          nextSteps: excerpt(s.nextSteps, NARRATIVE_EXCERPT_CHARS),
        })),
    };
  });

  const bodies: ExportBody[] = f.orgNodes
    .filter((n) => BODY_KINDS.includes(n.kind))
    .sort((a, b) => BODY_ORDER[a.kind]! - BODY_ORDER[b.kind]! || a.name.localeCompare(b.name, 'sv') || (a.key < b.key ? -1 : 1))
    .map((n) => ({
      key: n.key,
      name: n.name,
      kind: n.kind,
      ownershipShare: n.ownershipShare,
      grunduppdrag: f.grunduppdrag.filter((u) => u.orgNodeId === n.id).map((u) => u.text),
      goalKeys: goals.filter((g) => g.bodyKey === n.key).map((g) => g.key),
    }))
    .filter((b) => b.goalKeys.length > 0 || b.grunduppdrag.length > 0);

  const gehGoals = goals.filter((g) => g.geh);
  const bolagKeys = new Set(f.orgNodes.filter((n) => inBolag(n.id)).map((n) => n.key));
  return {
    schemaVersion: 1,
    reportKind: f.periodKind === 'delar' ? 'delarsrapport' : 'arsredovisning',
    kommun: f.kommunName,
    period: {
      key: snapshot.periodKey, kind: f.periodKind, label: formatPeriodLabel(snapshot.periodKey), coversFrom: snapshot.coversFrom,
      coversTo: snapshot.coversTo,
    },
    snapshotTakenAt: snapshot.takenAt,
    levels: f.levels,
    bodies,
    goals,
    reconciliation: reconciliationOf(goals),
    geh: {
      goalKeys: gehGoals.map((g) => g.key),
      kommunen: countByLevel(f.levels, gehGoals.filter((g) => !bolagKeys.has(g.ownerKey)).map((g) => g.result.level)),
      kommunkoncern: countByLevel(f.levels, gehGoals.map((g) => g.result.level)),
      bolag: f.orgNodes
        .filter((n) => n.kind === 'bolag')
        .sort((a, b) => a.name.localeCompare(b.name, 'sv'))
        .map((n) => ({ key: n.key, name: n.name, ownershipShare: n.ownershipShare })),
    },
  };
}

function levelLabeller(levels: readonly { level: number; label: string }[]): (level: number) => string {
  const byLevel = new Map(levels.map((l) => [l.level, l.label]));
  return (level) => byLevel.get(level) ?? byLevel.get(0) ?? 'Ej bedömt';
}

/**
 * The chain's indicators in chain order, each with its one figure (the goal's owner, the period). A ratio
 * indicator's parts are in the units the engine divides in (defaultRatioUnits: tkr → kr, a money denominator under
 * a count in mnkr).
 */
function indicatorsOf(chain: GoalChainView): ExportIndicator[] {
  const units = new Map(chain.elements.flatMap((e) => e.indicators.map((i) => [i.id, i.unit] as const)));
  return chain.elements.flatMap((e) =>
    e.indicators.map((i) => {
      const figure = i.figures[0];
      const numeratorUnit = i.numeratorIndicatorId ? units.get(i.numeratorIndicatorId) : undefined;
      const denominatorUnit = i.denominatorIndicatorId ? units.get(i.denominatorIndicatorId) : undefined;
      const parts = numeratorUnit !== undefined && denominatorUnit !== undefined ? defaultRatioUnits(numeratorUnit, denominatorUnit) : null;
      return {
        key: i.key,
        name: i.name,
        unit: i.unit,
        outcome: figure?.value ?? null,
        target: figure?.target ?? null,
        level: figure?.assessment.level ?? 0,
        label: figure?.assessment.label ?? 'Ej bedömt',
        reason: figure?.reason ?? figure?.assessment.reason ?? null,
        numerator: figure?.numerator ?? null,
        numeratorUnit: figure?.numerator == null ? '' : (parts?.numerator ?? ''),
        denominator: figure?.denominator ?? null,
        denominatorUnit: figure?.denominator == null ? '' : (parts?.denominator ?? ''),
      };
    }),
  );
}

function ratiosOf(chain: GoalChainView): ExportRatio[] {
  return chain.ratios.map((r) => {
    const result = r.results[0];
    return {
      name: r.name,
      value: result?.value ?? null,
      unit: result?.unit ?? r.unit ?? '',
      numerator: result?.numerator ?? null,
      numeratorUnit: result?.numeratorUnit ?? '',
      denominator: result?.denominator ?? null,
      denominatorUnit: result?.denominatorUnit ?? '',
      scale: r.scale ?? 1,
      reason: result?.reason ?? null,
    };
  });
}

/**
 * The målavstämning: each KF inriktningsmål and financial goal with every goal under it (depth first, in goal
 * order), then the goals that serve no KF goal (a bolag's own financial goal), so no goal is left out.
 */
function reconciliationOf(goals: readonly ExportGoal[]): ExportReconciliation[] {
  const children = new Map<string, ExportGoal[]>();
  for (const g of goals) {
    if (g.parentKey === null) continue;
    children.set(g.parentKey, [...(children.get(g.parentKey) ?? []), g]);
  }
  const below = (key: string): string[] => (children.get(key) ?? []).flatMap((c) => [c.key, ...below(c.key)]);
  const tops = goals.filter((g) => g.level === 'inriktningsmal' || g.level === 'finansiellt_mal');
  const placed = new Set(tops.flatMap((t) => [t.key, ...below(t.key)]));
  const rest = goals.filter((g) => !placed.has(g.key));
  const groups: ExportReconciliation[] = tops.map((t) => ({ goalKey: t.key, title: t.title, childKeys: below(t.key) }));
  if (rest.length > 0) groups.push({ goalKey: null, title: 'Övriga mål (utan koppling till fullmäktiges mål)', childKeys: rest.map((g) => g.key) });
  return groups;
}
