import type pg from 'pg';
import type { DemoTable, Row } from './build-rows.js';

/** SQL type of every column the seed writes, per table (the rest take their defaults). */
export const DEMO_COLUMNS: Record<DemoTable, Record<string, string>> = {
  tenant: { id: 'uuid', name: 'text', kommunkod: 'text', settings: 'jsonb' },
  tenant_population: { tenant_id: 'uuid', year: 'integer', inhabitants: 'integer', age_groups: 'jsonb' },
  mandatperiod: { id: 'uuid', tenant_id: 'uuid', label: 'text', starts_on: 'date', ends_on: 'date' },
  org_node: {
    id: 'uuid', tenant_id: 'uuid', key: 'text', name: 'text', kind: 'text', parent_id: 'uuid', ownership_share: 'numeric',
    purpose: 'text', sort_order: 'integer',
  },
  grunduppdrag: { id: 'uuid', tenant_id: 'uuid', org_node_id: 'uuid', text: 'text', valid_from_year: 'integer' },
  goal: {
    id: 'uuid', tenant_id: 'uuid', key: 'text', level: 'text', title: 'text', description: 'text', owner_node_id: 'uuid',
    parent_goal_id: 'uuid', geh: 'boolean', mandatperiod_id: 'uuid', valid_from_year: 'integer', status: 'text', decision: 'jsonb',
    sort_order: 'integer',
  },
  goal_link: { goal_id: 'uuid', serves_goal_id: 'uuid', tenant_id: 'uuid' },
  agardirektiv: {
    id: 'uuid', tenant_id: 'uuid', bolag_node_id: 'uuid', title: 'text', body: 'text', adopted_on: 'date', valid_from_year: 'integer',
  },
  agardirektiv_goal: { agardirektiv_id: 'uuid', goal_id: 'uuid', tenant_id: 'uuid' },
  chain_element: { id: 'uuid', tenant_id: 'uuid', goal_id: 'uuid', link: 'text', name: 'text', sort_order: 'integer' },
  indicator: {
    id: 'uuid', tenant_id: 'uuid', chain_element_id: 'uuid', goal_id: 'uuid', key: 'text', name: 'text', unit: 'text', direction: 'text',
    org_aggregation: 'text', time_aggregation: 'text', weight_indicator_id: 'uuid', numerator_indicator_id: 'uuid',
    denominator_indicator_id: 'uuid', scale: 'numeric', periodicity: 'text', targeted: 'boolean', purpose: 'text', source: 'text',
    kolada_id: 'text', review_date: 'date', sort_order: 'integer',
  },
  indicator_target: { id: 'uuid', tenant_id: 'uuid', indicator_id: 'uuid', period_key: 'text', target_value: 'numeric' },
  ratio_definition: {
    id: 'uuid', tenant_id: 'uuid', goal_id: 'uuid', kind: 'text', name: 'text', numerator_indicator_id: 'uuid',
    denominator_indicator_id: 'uuid', scale: 'numeric', unit: 'text', sort_order: 'integer',
  },
  indicator_value: {
    id: 'uuid', tenant_id: 'uuid', indicator_id: 'uuid', org_node_id: 'uuid', period_key: 'text', value: 'numeric', source: 'text',
    comment: 'text',
  },
  app_user: { id: 'uuid', tenant_id: 'uuid', email: 'text', display_name: 'text', password_hash: 'text' },
  role_grant: { id: 'uuid', tenant_id: 'uuid', user_id: 'uuid', role: 'text', org_node_id: 'uuid' },
  follow_up_calendar: { id: 'uuid', tenant_id: 'uuid', year: 'integer', template: 'jsonb' },
  follow_up_period: {
    id: 'uuid', tenant_id: 'uuid', calendar_id: 'uuid', period_key: 'text', kind: 'text', covers_from: 'date', covers_to: 'date',
    opens_on: 'date', deadline: 'date', review_deadline: 'date', locks_on: 'date', status: 'text', opened_at: 'timestamptz',
    locked_at: 'timestamptz',
  },
  report: {
    id: 'uuid', tenant_id: 'uuid', org_node_id: 'uuid', period_id: 'uuid', status: 'text', submitted_at: 'timestamptz',
    submitted_by: 'uuid', decided_at: 'timestamptz', decided_by: 'uuid', return_comment: 'text',
  },
  report_goal_assessment: {
    id: 'uuid', tenant_id: 'uuid', report_id: 'uuid', goal_id: 'uuid', what_happened: 'text', why: 'text', next_steps: 'text',
    self_level: 'integer', self_justification: 'text',
  },
  notification: {
    id: 'uuid', tenant_id: 'uuid', dedupe_key: 'text', kind: 'text', recipient_user_id: 'uuid', recipient_email: 'text', subject: 'text',
    body: 'text', channel: 'text', period_id: 'uuid', created_at: 'timestamptz',
  },
  goal_assessment: {
    id: 'uuid', tenant_id: 'uuid', goal_id: 'uuid', period_id: 'uuid', tier: 'text', org_node_id: 'uuid', level: 'integer',
    justification: 'text', proposed_level: 'integer', assessed_by_user_id: 'uuid', assessed_at: 'timestamptz',
  },
  dialogue: {
    id: 'uuid', tenant_id: 'uuid', org_node_id: 'uuid', period_id: 'uuid', kind: 'text', title: 'text', held_on: 'date', status: 'text',
    participants: 'jsonb', convener_user_id: 'uuid', version: 'integer',
  },
  dialogue_action: {
    id: 'uuid', tenant_id: 'uuid', dialogue_id: 'uuid', title: 'text', owner_node_id: 'uuid', owner_user_id: 'uuid', due_on: 'date',
    goal_id: 'uuid', status: 'text', closed_at: 'timestamptz', version: 'integer',
  },
  comparison_member: { id: 'uuid', tenant_id: 'uuid', municipality_id: 'text', sort_order: 'integer' },
  audit_event: { id: 'uuid', tenant_id: 'uuid', action: 'text', entity_type: 'text', entity_id: 'text', after: 'jsonb' },
};

/**
 * One INSERT for all rows of a table: the rows travel as a single jsonb parameter and are unpacked with
 * jsonb_to_recordset. Foreign keys between rows of the same statement (org tree, goal parents) are checked at
 * the end of the statement, so order within a table does not matter.
 */
export async function insertRows(client: pg.ClientBase, table: DemoTable, rows: Row[]): Promise<void> {
  if (rows.length === 0) return;
  const columns = DEMO_COLUMNS[table];
  const names = Object.keys(columns).map((name) => `"${name}"`);
  const definitions = Object.entries(columns).map(([name, type]) => `"${name}" ${type}`);
  await client.query(
    `INSERT INTO "${table}" (${names.join(', ')}) SELECT ${names.join(', ')} FROM jsonb_to_recordset($1::jsonb) AS r(${definitions.join(', ')})`,
    [JSON.stringify(rows)],
  );
}
