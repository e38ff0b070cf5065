import { randomUUID } from 'node:crypto';
import { PRESET_KVARTAL_DELAR_AUGUSTI_HELAR, type IsoDate } from '@resultatkedjan/domain';
import type { FollowUpKind, OrgNodeKind } from '@resultatkedjan/contracts';
import { KVARTAL_DELAR_HELAR_PRESET_ID } from '../periods/calendar-presets.js';
import { DEFAULT_REPORTING_KINDS, nodeKindsReportingIn } from '../periods/reporting-kinds.js';
import { decisionDedupeKey, decisionMessage } from '../reports/workflow/decision-notifications.js';
import { DEMO_REPORT_STATES } from './demo-reports.js';
import { demoFollowUp } from './follow-up-calendar.js';
import { DEMO_USERS } from './users.js';

type Row = Record<string, unknown>;

export interface FollowUpRowsInput {
  tenantId: string;
  today: IsoDate;
  /** When the seed runs: submissions and decisions are dated shortly before it. */
  now: Date;
  nodes: readonly { key: string; name: string; kind: OrgNodeKind }[];
  nodeId(key: string): string;
  goalId(key: string): string;
  userId(email: string): string;
}

export interface FollowUpRows {
  follow_up_calendar: Row[];
  follow_up_period: Row[];
  report: Row[];
  report_goal_assessment: Row[];
  notification: Row[];
}

const HOUR = 3_600_000;

/**
 * Calendars and periods as of `today` (see demoFollowUp), a draft for every node responsible in each open period,
 * and in the units' current period the further-along reports of DEMO_REPORT_STATES. Locked periods get no
 * reports: the demo kommun's earlier figures count as imported, and the first tick takes their snapshots. A returned
 * report comes with the notice its return sent (in the outbox, as without SMTP).
 */
export function buildFollowUpRows(input: FollowUpRowsInput): FollowUpRows {
  const t = { tenant_id: input.tenantId };
  const { calendars, periods, currentPeriodKey } = demoFollowUp(input.today);
  const calendarIds = new Map(calendars.map((c) => [c.year, randomUUID()]));
  const at = (hoursAgo: number) => new Date(input.now.getTime() - hoursAgo * HOUR).toISOString();

  const periodRows = periods.map((p) => ({
    id: randomUUID(), ...t, calendar_id: calendarIds.get(p.year), period_key: p.periodKey, kind: p.kind, covers_from: p.from,
    covers_to: p.to, opens_on: p.opensOn, deadline: p.deadline, review_deadline: p.reviewDeadline, locks_on: p.locksOn,
    status: p.status, opened_at: p.status === 'planerad' ? null : `${p.opensOn}T06:00:00Z`,
    locked_at: p.status === 'last' ? `${p.locksOn}T06:00:00Z` : null,
  }));

  const reportRows: Row[] = [];
  const assessmentRows: Row[] = [];
  const notificationRows: Row[] = [];
  const nameOf = (email: string) => DEMO_USERS.find((u) => u.email === email)?.name ?? email;
  const states = new Map(DEMO_REPORT_STATES.map((s) => [s.node, s]));
  for (const period of periodRows.filter((p) => p.status === 'oppen')) {
    const reporting: readonly string[] = nodeKindsReportingIn(DEFAULT_REPORTING_KINDS, period.kind as FollowUpKind);
    for (const node of input.nodes.filter((n) => reporting.includes(n.kind))) {
      const id = randomUUID();
      const state = period.period_key === currentPeriodKey ? states.get(node.key) : undefined;
      reportRows.push({
        id, ...t, org_node_id: input.nodeId(node.key), period_id: period.id, status: state?.status ?? 'utkast',
        submitted_at: state ? at(26) : null, submitted_by: state?.submittedBy ? input.userId(state.submittedBy) : null,
        decided_at: state?.decidedBy ? at(3) : null, decided_by: state?.decidedBy ? input.userId(state.decidedBy) : null,
        return_comment: state?.returnComment ?? null,
      });
      if (state?.status === 'atersand' && state.submittedBy && state.decidedBy) {
        const message = decisionMessage({
          decision: 'return', unitName: node.name, periodKey: period.period_key, deadline: period.deadline, note: state.returnComment ?? null,
          decidedByName: nameOf(state.decidedBy), recipientName: nameOf(state.submittedBy),
        });
        const recipient = input.userId(state.submittedBy);
        notificationRows.push({
          id: randomUUID(), ...t, ...message, dedupe_key: decisionDedupeKey('return', id, 1, recipient), recipient_user_id: recipient,
          recipient_email: state.submittedBy, channel: 'outbox', period_id: period.id, created_at: at(3),
        });
      }
      for (const [goal, a] of Object.entries(state?.assessments ?? {})) {
        assessmentRows.push({
          id: randomUUID(), ...t, report_id: id, goal_id: input.goalId(goal), what_happened: a.whatHappened, why: a.why,
          next_steps: a.nextSteps, self_level: a.selfLevel, self_justification: a.selfJustification,
        });
      }
    }
  }

  return {
    follow_up_calendar: calendars.map((c) => ({
      id: calendarIds.get(c.year), ...t, year: c.year,
      template: { ...PRESET_KVARTAL_DELAR_AUGUSTI_HELAR, presetId: KVARTAL_DELAR_HELAR_PRESET_ID, overrides: c.overrides },
    })),
    follow_up_period: periodRows,
    report: reportRows,
    report_goal_assessment: assessmentRows,
    notification: notificationRows,
  };
}
