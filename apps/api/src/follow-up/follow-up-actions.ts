import type { EntityManager } from 'typeorm';
import { formatPeriodLabel } from '@resultatkedjan/domain';
import { REPORT_STATUSES_AWAITING_UNIT, type Role } from '@resultatkedjan/contracts';
import { reportQueries } from '../reports/report.queries.js';
import { loadReportingKinds, responsibleNodeIds } from '../periods/reporting-kinds.js';
import { buildPeriodSnapshot } from '../periods/period-snapshot.builder.js';
import { periodSnapshotQueries } from '../periods/period-snapshot.queries.js';
import type { PeriodRow } from '../periods/period-row.js';
import { periodQueries } from '../periods/period.queries.js';
import type { NotificationInput } from '../notifications/notification.service.js';
import { userQueries } from '../users/user.queries.js';

export interface ActionOutcome {
  result: Record<string, unknown>;
  notifications: NotificationInput[];
}

/** Drafts for every responsible org node; the period becomes open. */
export async function openPeriod(m: EntityManager, tenantId: string, period: PeriodRow): Promise<ActionOutcome> {
  const kinds = await loadReportingKinds(m, tenantId);
  const nodeIds = await responsibleNodeIds(m, { kind: period.kind, coversFrom: period.covers_from, coversTo: period.covers_to }, kinds);
  const created = await reportQueries.createDrafts(m, tenantId, period.id, nodeIds);
  await periodQueries.markOpened(m, period.id);
  return { result: { responsibleNodes: nodeIds.length, draftsCreated: created }, notifications: [] };
}

/** Users with `role` whose scope covers an org node with a report not yet submitted, each with those nodes' names. */
async function recipientsWithPendingReports(m: EntityManager, periodId: string, role: Role) {
  return userQueries.withRoleCovering(m, role, await reportQueries.nodeIdsWithStatus(m, periodId, REPORT_STATUSES_AWAITING_UNIT));
}

function pendingCount(m: EntityManager, periodId: string): Promise<number> {
  return reportQueries.countWithStatus(m, periodId, REPORT_STATUSES_AWAITING_UNIT);
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

/** The period is locked: reports and values are frozen (the report workflow checks the period's status). */
export async function lockPeriod(m: EntityManager, period: PeriodRow): Promise<ActionOutcome> {
  await periodQueries.markLocked(m, period.id);
  return { result: { notSubmitted: await pendingCount(m, period.id) }, notifications: [] };
}

/** Computes and stores the frozen picture; the unique (kommun, period) makes a second one impossible. */
export async function snapshotPeriod(m: EntityManager, tenantId: string, period: PeriodRow): Promise<ActionOutcome> {
  const data = await buildPeriodSnapshot(
    m,
    tenantId,
    { id: period.id, periodKey: period.period_key, kind: period.kind, coversFrom: period.covers_from, coversTo: period.covers_to },
    new Date(),
  );
  const stored = await periodSnapshotQueries.insertOnce(m, tenantId, period.id, data);
  return {
    result: { stored, values: data.values.length, aggregates: data.aggregates.length, ratios: data.ratios.length, problems: data.problems.length },
    notifications: [],
  };
}
