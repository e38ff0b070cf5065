import type { EntityManager } from 'typeorm';
import { formatPeriodLabel } from '@resultatkedjan/domain';
import { REPORT_STATUSES_AWAITING_UNIT, type Role } from '@resultatkedjan/contracts';
import { createDraftReports } from '../reports/create-draft-reports.js';
import { loadReportingKinds, responsibleNodeIds } from '../periods/reporting-kinds.js';
import { buildPeriodSnapshot } from '../periods/period-snapshot.builder.js';
import type { PeriodRow } from '../periods/period-row.js';
import { orgTreeQueries } from '../org/org-tree.queries.js';
import type { NotificationInput } from '../notifications/notification.service.js';

export interface ActionOutcome {
  result: Record<string, unknown>;
  notifications: NotificationInput[];
}

interface Recipient {
  user_id: string;
  email: string;
  display_name: string;
  node_names: string[];
}

/** Drafts for every responsible org node; the period becomes open. */
export async function openPeriod(m: EntityManager, tenantId: string, period: PeriodRow): Promise<ActionOutcome> {
  const kinds = await loadReportingKinds(m, tenantId);
  const nodeIds = await responsibleNodeIds(m, { kind: period.kind, coversFrom: period.covers_from, coversTo: period.covers_to }, kinds);
  const created = await createDraftReports(m, tenantId, period.id, nodeIds);
  await m.query(`UPDATE follow_up_period SET status = 'oppen', opened_at = now() WHERE id = $1`, [period.id]);
  return { result: { responsibleNodes: nodeIds.length, draftsCreated: created }, notifications: [] };
}

/**
 * Users with `role` whose scope covers an org node with a report not yet submitted, each with those nodes' names.
 * One query: walks up from each pending node to its ancestors and matches role grants on any of them.
 */
async function recipientsWithPendingReports(m: EntityManager, periodId: string, role: Role): Promise<Recipient[]> {
  return m.query(
    `WITH pending AS (
       SELECT org_node_id AS node_id FROM report WHERE period_id = $1 AND status = ANY($3::text[])
     ), up AS (
       SELECT p.node_id, a.ancestor_id FROM pending p CROSS JOIN LATERAL ${orgTreeQueries.ancestorIdsSql('p.node_id')} AS a(ancestor_id)
     )
     SELECT u.id AS user_id, u.email, u.display_name, array_agg(DISTINCT node.name ORDER BY node.name) AS node_names
     FROM role_grant g
     JOIN app_user u ON u.id = g.user_id AND u.active
     JOIN up ON g.org_node_id IS NULL OR g.org_node_id = up.ancestor_id
     JOIN org_node node ON node.id = up.node_id
     WHERE g.role = $2
     GROUP BY u.id, u.email, u.display_name
     ORDER BY u.email`,
    [periodId, role, REPORT_STATUSES_AWAITING_UNIT],
  );
}

async function pendingCount(m: EntityManager, periodId: string): Promise<number> {
  const [row]: { n: string }[] = await m.query(`SELECT count(*) AS n FROM report WHERE period_id = $1 AND status = ANY($2::text[])`, [
    periodId,
    REPORT_STATUSES_AWAITING_UNIT,
  ]);
  return Number(row!.n);
}

/** Reminds the enhetschefer responsible for reports not yet submitted, `days` before the deadline. */
export async function remind(m: EntityManager, period: PeriodRow, days: number): Promise<ActionOutcome> {
  const label = formatPeriodLabel(period.period_key);
  const recipients = await recipientsWithPendingReports(m, period.id, 'enhetschef');
  const when = days === 0 ? 'i dag' : days === 1 ? 'i morgon' : `om ${days} dagar`;
  const notifications = recipients.map((r) => ({
    dedupeKey: `remind:${period.id}:${days}:${r.user_id}`,
    kind: 'paminnelse',
    recipientUserId: r.user_id,
    recipientEmail: r.email,
    periodId: period.id,
    subject: `Påminnelse: rapporten för ${label} ska lämnas in senast ${period.deadline}`,
    body:
      `Hej ${r.display_name}!\n\nSista dag att lämna in rapporten för ${label} är ${period.deadline} (${when}).\n` +
      `Ännu inte inlämnat: ${r.node_names.join(', ')}.\n\nDetta är en automatisk påminnelse från Resultatkedjan.`,
  }));
  return { result: { days, recipients: recipients.length, pendingReports: await pendingCount(m, period.id) }, notifications };
}

/** Tells the kommun's controllers which reports were not submitted by the deadline. */
export async function escalate(m: EntityManager, period: PeriodRow): Promise<ActionOutcome> {
  const label = formatPeriodLabel(period.period_key);
  const recipients = await recipientsWithPendingReports(m, period.id, 'controller');
  const notifications = recipients.map((r) => ({
    dedupeKey: `escalate:${period.id}:${r.user_id}`,
    kind: 'eskalering',
    recipientUserId: r.user_id,
    recipientEmail: r.email,
    periodId: period.id,
    subject: `Sista dag har passerat: ${r.node_names.length} rapporter för ${label} saknas`,
    body:
      `Hej ${r.display_name}!\n\nSista dag för ${label} var ${period.deadline}. Dessa har inte lämnat in sin rapport:\n` +
      `${r.node_names.map((name) => `- ${name}`).join('\n')}\n\nPerioden låses ${period.locks_on}.`,
  }));
  return { result: { recipients: recipients.length, pendingReports: await pendingCount(m, period.id) }, notifications };
}

/** The period is locked: reports and values are frozen (the report workflow checks isPeriodLocked). */
export async function lockPeriod(m: EntityManager, period: PeriodRow): Promise<ActionOutcome> {
  await m.query(`UPDATE follow_up_period SET status = 'last', locked_at = now() WHERE id = $1`, [period.id]);
  return { result: { notSubmitted: await pendingCount(m, period.id) }, notifications: [] };
}

/** Computes and stores the frozen picture; the unique (kommun, period) makes a second one impossible. */
export async function snapshotPeriod(m: EntityManager, tenantId: string, period: PeriodRow): Promise<ActionOutcome> {
  const data = await buildPeriodSnapshot(
    m,
    { id: period.id, periodKey: period.period_key, kind: period.kind, coversFrom: period.covers_from, coversTo: period.covers_to },
    new Date(),
  );
  const inserted: unknown[] = await m.query(
    `INSERT INTO period_snapshot (tenant_id, period_id, data) VALUES ($1, $2, $3)
     ON CONFLICT ON CONSTRAINT "UQ_period_snapshot_period" DO NOTHING RETURNING id`,
    [tenantId, period.id, JSON.stringify(data)],
  );
  return {
    result: { stored: inserted.length === 1, values: data.values.length, aggregates: data.aggregates.length, ratios: data.ratios.length, problems: data.problems.length },
    notifications: [],
  };
}
