import type { EntityManager } from 'typeorm';
import { formatPeriodLabel } from '@resultatkedjan/domain';
import type { NotificationInput } from '../../notifications/notification.service.js';
import type { ReportRef } from '../support/report-ref.js';
import { userQueries } from '../../users/user.queries.js';

export type ReportDecision = 'return' | 'approve' | 'reopen';

/** The people a decision on a report concerns: whoever submitted it, and every active enhetschef whose scope covers the report's node. */
function unitRecipients(m: EntityManager, ref: ReportRef) {
  return userQueries.activeWithScopedRoleAt(m, 'enhetschef', ref.orgNodeId, ref.submittedBy);
}

const SUBJECTS: Record<ReportDecision, (label: string, unit: string) => string> = {
  return: (label, unit) => `Rapporten för ${unit}, ${label}, har återsänts för komplettering`,
  approve: (label, unit) => `Rapporten för ${unit}, ${label}, är godkänd`,
  reopen: (label, unit) => `Rapporten för ${unit}, ${label}, har öppnats igen`,
};

const KINDS: Record<ReportDecision, string> = { return: 'rapport_atersand', approve: 'rapport_godkand', reopen: 'rapport_oppnad' };

export interface DecisionMessageInput {
  decision: ReportDecision;
  unitName: string;
  periodKey: string;
  deadline: string;
  /** The return comment or the reopening reason. */
  note: string | null;
  decidedByName: string;
  recipientName: string;
}

/** What a decision notice says (kind, subject, body); the demo seed writes the same words. */
export function decisionMessage(input: DecisionMessageInput): { kind: string; subject: string; body: string } {
  const subject = SUBJECTS[input.decision](formatPeriodLabel(input.periodKey), input.unitName);
  const next =
    input.decision === 'approve' ? 'Inget mer behöver göras.' : `Komplettera rapporten och lämna in den igen senast ${input.deadline}.`;
  const body =
    `Hej ${input.recipientName}!\n\n${subject} av ${input.decidedByName}.` +
    (input.note ? `\n\nKommentar:\n${input.note}` : '') +
    `\n\n${next}\n\nDetta är ett automatiskt meddelande från Resultatkedjan.`;
  return { kind: KINDS[input.decision], subject, body };
}

/** The dedupe key of a decision notice; the report's version makes a second return of the same report a new notice. */
export const decisionDedupeKey = (decision: ReportDecision, reportId: string, version: number, userId: string) =>
  `report-${decision}:${reportId}:${version}:${userId}`;

/** Tells the unit what the controller decided, with the comment or reason; recorded in the caller's transaction. */
export async function decisionNotifications(
  m: EntityManager,
  decided: ReportRef,
  decision: ReportDecision,
  decidedByName: string,
): Promise<NotificationInput[]> {
  const note = decision === 'return' ? decided.returnComment : decision === 'reopen' ? decided.reopenReason : null;
  return (await unitRecipients(m, decided)).map((r) => ({
    ...decisionMessage({
      decision, unitName: decided.node.name, periodKey: decided.period.periodKey, deadline: decided.period.deadline, note, decidedByName,
      recipientName: r.display_name,
    }),
    dedupeKey: decisionDedupeKey(decision, decided.id, decided.version, r.id),
    recipientUserId: r.id,
    recipientEmail: r.email,
    periodId: decided.period.id,
  }));
}
