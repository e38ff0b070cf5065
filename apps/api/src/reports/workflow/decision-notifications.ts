import type { EntityManager } from 'typeorm';
import { formatPeriodLabel } from '@resultatkedjan/domain';
import type { NotificationInput } from '../../notifications/notification.service.js';
import type { ReportRef } from '../support/report-ref.js';

export type ReportDecision = 'return' | 'approve' | 'reopen';

interface Recipient {
  id: string;
  email: string;
  display_name: string;
}

/**
 * The people a decision on a report concerns: whoever submitted it, and every active enhetschef whose scope
 * covers the report's node. One query.
 */
async function unitRecipients(m: EntityManager, ref: ReportRef): Promise<Recipient[]> {
  return m.query(
    `WITH RECURSIVE up AS (
       SELECT id, parent_id FROM org_node WHERE id = $1
       UNION ALL SELECT n.id, n.parent_id FROM org_node n JOIN up ON n.id = up.parent_id)
     SELECT u.id, u.email, u.display_name FROM app_user u
      WHERE u.active AND (u.id = $2::uuid OR EXISTS (
        SELECT 1 FROM role_grant g WHERE g.user_id = u.id AND g.role = 'enhetschef' AND g.org_node_id IN (SELECT id FROM up)))
      ORDER BY u.email`,
    [ref.orgNodeId, ref.submittedBy],
  );
}

const SUBJECTS: Record<ReportDecision, (label: string, unit: string) => string> = {
  return: (label, unit) => `Rapporten för ${unit}, ${label}, har återsänts för komplettering`,
  approve: (label, unit) => `Rapporten för ${unit}, ${label}, är godkänd`,
  reopen: (label, unit) => `Rapporten för ${unit}, ${label}, har öppnats igen`,
};

/** Tells the unit what the controller decided, with the comment or reason; recorded in the caller's transaction. */
export async function decisionNotifications(
  m: EntityManager,
  decided: ReportRef,
  decision: ReportDecision,
  decidedByName: string,
): Promise<NotificationInput[]> {
  const label = formatPeriodLabel(decided.period.periodKey);
  const unit = decided.node.name;
  const note = decision === 'return' ? decided.returnComment : decision === 'reopen' ? decided.reopenReason : null;
  const next =
    decision === 'approve'
      ? 'Inget mer behöver göras.'
      : `Komplettera rapporten och lämna in den igen senast ${decided.period.deadline}.`;
  return (await unitRecipients(m, decided)).map((r) => ({
    // The version makes a second return of the same report a new notification.
    dedupeKey: `report-${decision}:${decided.id}:${decided.version}:${r.id}`,
    kind: `rapport_${decision === 'return' ? 'atersand' : decision === 'approve' ? 'godkand' : 'oppnad'}`,
    recipientUserId: r.id,
    recipientEmail: r.email,
    periodId: decided.period.id,
    subject: SUBJECTS[decision](label, unit),
    body:
      `Hej ${r.display_name}!\n\n${SUBJECTS[decision](label, unit)} av ${decidedByName}.` +
      (note ? `\n\nKommentar:\n${note}` : '') +
      `\n\n${next}\n\nDetta är ett automatiskt meddelande från Resultatkedjan.`,
  }));
}
