import { randomUUID } from 'node:crypto';
import { CHAIN_LINKS } from '@resultatkedjan/contracts';
import type { IsoDate } from '@resultatkedjan/domain';
import { buildFollowUpRows } from './build-follow-up-rows.js';
import { buildDialogueRows } from './dialogues.js';
import { CHAINS } from './chains.js';
import { AGARDIREKTIV, GOALS } from './goals.js';
import { GRUNDUPPDRAG, ORG_NODES } from './org.js';
import { CURRENT_MANDATPERIOD, DEMO_MANDATPERIODER, DEMO_POPULATION, DEMO_TENANT } from './tenant.js';
import { DEMO_USERS } from './users.js';

/** Rows per table, with snake_case column names, ready for a multi-row insert. */
export type Row = Record<string, unknown>;
export type DemoRows = Record<DemoTable, Row[]>;

/** Insert order: every table comes after the tables it references. */
export const DEMO_TABLES = [
  'tenant', 'tenant_population', 'mandatperiod', 'org_node', 'grunduppdrag', 'goal', 'goal_link', 'agardirektiv',
  'agardirektiv_goal', 'chain_element', 'indicator', 'indicator_target', 'ratio_definition', 'indicator_value',
  'app_user', 'role_grant', 'follow_up_calendar', 'follow_up_period', 'report', 'report_goal_assessment', 'notification',
  'goal_assessment', 'dialogue', 'dialogue_action', 'comparison_member', 'audit_event',
] as const;

/** Exempelstad (fictional, so nothing of its own in Kolada) compares itself with these, Riket last. */
export const DEMO_COMPARISON_SET = ['1384', '0580', '2480', '0000'];
export type DemoTable = (typeof DEMO_TABLES)[number];

const FIRST_YEAR = 2025;
/** Every demo indicator is due for review before the 2027 budget is decided. */
const INDICATOR_REVIEW_DATE = '2026-10-31';

/** Looks up the id generated for a key; a typo in the data modules fails loudly here, not as a NULL in the database. */
function idsOf(kind: string): { add(key: string): string; get(key: string): string } {
  const ids = new Map<string, string>();
  return {
    add(key) {
      if (ids.has(key)) throw new Error(`Demo seed: ${kind} "${key}" is defined twice`);
      const id = randomUUID();
      ids.set(key, id);
      return id;
    },
    get(key) {
      const id = ids.get(key);
      if (!id) throw new Error(`Demo seed: unknown ${kind} "${key}"`);
      return id;
    },
  };
}

/**
 * Turns the demo data modules into rows for one kommun, with the follow-up calendar as it stands on `today`.
 * Pure apart from the random ids.
 */
export function buildDemoRows(tenantId: string, passwordHash: string, today: IsoDate, now: Date): DemoRows {
  const t = { tenant_id: tenantId };
  const nodes = idsOf('org node');
  const goals = idsOf('goal');
  const indicators = idsOf('indicator');
  const mandatperioder = idsOf('mandatperiod');

  const mandatperiodRows = DEMO_MANDATPERIODER.map((p) => ({
    id: mandatperioder.add(p.key), ...t, label: p.label, starts_on: p.startsOn, ends_on: p.endsOn,
  }));
  const orgRows = ORG_NODES.map((n, i) => ({
    id: nodes.add(n.key), ...t, key: n.key, name: n.name, kind: n.kind, parent_id: n.parent ? nodes.get(n.parent) : null,
    ownership_share: n.ownershipShare ?? null, purpose: n.purpose ?? null, sort_order: i,
  }));
  const goalRows = GOALS.map((g, i) => ({
    id: goals.add(g.key), ...t, key: g.key, level: g.level, title: g.title, description: g.description ?? '',
    owner_node_id: nodes.get(g.owner), parent_goal_id: g.parent ? goals.get(g.parent) : null, geh: g.geh,
    mandatperiod_id: mandatperioder.get(CURRENT_MANDATPERIOD), valid_from_year: FIRST_YEAR, status: 'beslutad',
    decision: g.decision, sort_order: i,
  }));
  const directiveRows = AGARDIREKTIV.map((d) => ({
    id: randomUUID(), ...t, bolag_node_id: nodes.get(d.bolag), title: d.title, body: d.body, adopted_on: d.adoptedOn,
    valid_from_year: FIRST_YEAR, serves: d.serves,
  }));

  // Chains: ids first, so indicators can refer to each other (numerator, denominator, weight) in any order.
  for (const chain of CHAINS) for (const indicator of chain.indicators) indicators.add(indicator.key);
  const elementRows: Row[] = [];
  const indicatorRows: Row[] = [];
  const targetRows: Row[] = [];
  const ratioRows: Row[] = [];
  const valueRows: Row[] = [];
  for (const chain of CHAINS) {
    const goalId = goals.get(chain.goal);
    const elementIds = new Map<string, string>();
    for (const link of CHAIN_LINKS) {
      const name = chain.elements[link];
      if (!name) continue;
      const id = randomUUID();
      elementIds.set(link, id);
      elementRows.push({ id, ...t, goal_id: goalId, link, name, sort_order: CHAIN_LINKS.indexOf(link) });
    }
    chain.indicators.forEach((ind, i) => {
      const chainElementId = elementIds.get(ind.link);
      if (!chainElementId) throw new Error(`Demo seed: ${chain.goal} has no chain element for ${ind.link} (${ind.key})`);
      const id = indicators.get(ind.key);
      indicatorRows.push({
        id, ...t, chain_element_id: chainElementId, goal_id: goalId, key: ind.key, name: ind.name, unit: ind.unit,
        direction: ind.direction, org_aggregation: ind.orgAggregation, time_aggregation: ind.timeAggregation,
        weight_indicator_id: ind.weight ? indicators.get(ind.weight) : null,
        numerator_indicator_id: ind.numerator ? indicators.get(ind.numerator) : null,
        denominator_indicator_id: ind.denominator ? indicators.get(ind.denominator) : null,
        scale: ind.scale ?? null, periodicity: ind.periodicity, targeted: ind.targeted ?? ind.targets !== undefined,
        purpose: ind.purpose, source: 'manual', kolada_id: ind.koladaId ?? null, review_date: INDICATOR_REVIEW_DATE, sort_order: i,
      });
      for (const [year, target] of Object.entries(ind.targets ?? {})) {
        targetRows.push({ id: randomUUID(), ...t, indicator_id: id, period_key: year, target_value: target });
      }
    });
    chain.ratios.forEach((r, i) => {
      ratioRows.push({
        id: randomUUID(), ...t, goal_id: goalId, kind: r.kind, name: r.name, numerator_indicator_id: indicators.get(r.numerator),
        denominator_indicator_id: indicators.get(r.denominator), scale: r.scale ?? null, unit: r.unit ?? null, sort_order: i,
      });
    });
    for (const v of chain.values) {
      valueRows.push({
        id: randomUUID(), ...t, indicator_id: indicators.get(v.indicator), org_node_id: nodes.get(v.node), period_key: v.periodKey,
        value: v.value, source: 'manual', comment: v.comment ?? null,
      });
    }
  }

  const userRows = DEMO_USERS.map((u) => ({
    id: randomUUID(), ...t, email: u.email.toLowerCase(), display_name: u.name, password_hash: passwordHash,
  }));
  const userIds = new Map(userRows.map((u) => [u.email, u.id]));
  const followUp = buildFollowUpRows({
    tenantId, today, now, nodes: ORG_NODES, nodeId: nodes.get, goalId: goals.get,
    userId: (email) => {
      const id = userIds.get(email);
      if (!id) throw new Error(`Demo seed: unknown user "${email}"`);
      return id;
    },
  });
  const dialogues = buildDialogueRows({
    tenantId, today, periods: followUp.follow_up_period, nodeId: nodes.get, goalId: goals.get,
    userId: (email) => userIds.get(email)!,
  });
  const counts = {
    orgNodes: orgRows.length, goals: goalRows.length, indicators: indicatorRows.length, values: valueRows.length,
    periods: followUp.follow_up_period.length, reports: followUp.report.length,
  };

  return {
    tenant: [{ id: tenantId, name: DEMO_TENANT.name, kommunkod: DEMO_TENANT.kommunkod, settings: DEMO_TENANT.settings }],
    tenant_population: DEMO_POPULATION.map((p) => ({ ...t, year: p.year, inhabitants: p.inhabitants, age_groups: p.ageGroups })),
    mandatperiod: mandatperiodRows,
    org_node: orgRows,
    grunduppdrag: GRUNDUPPDRAG.map((g) => ({ id: randomUUID(), ...t, org_node_id: nodes.get(g.node), text: g.text, valid_from_year: FIRST_YEAR })),
    goal: goalRows,
    goal_link: GOALS.flatMap((g) => (g.alsoServes ?? []).map((served) => ({ goal_id: goals.get(g.key), serves_goal_id: goals.get(served), ...t }))),
    agardirektiv: directiveRows.map(({ serves: _serves, ...row }) => row),
    agardirektiv_goal: directiveRows.flatMap((d) => d.serves.map((goal) => ({ agardirektiv_id: d.id, goal_id: goals.get(goal), ...t }))),
    chain_element: elementRows,
    indicator: indicatorRows,
    indicator_target: targetRows,
    ratio_definition: ratioRows,
    indicator_value: valueRows,
    app_user: userRows,
    role_grant: DEMO_USERS.map((u, i) => ({
      id: randomUUID(), ...t, user_id: userRows[i]!.id, role: u.role, org_node_id: u.scopeKey ? nodes.get(u.scopeKey) : null,
    })),
    ...followUp,
    ...dialogues,
    comparison_member: DEMO_COMPARISON_SET.map((id, i) => ({ id: randomUUID(), ...t, municipality_id: id, sort_order: i })),
    audit_event: [{ id: randomUUID(), ...t, action: 'seed', entity_type: 'tenant', entity_id: tenantId, after: { source: 'demo-seed', ...counts } }],
  };
}
