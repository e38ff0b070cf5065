import type { EntityManager } from 'typeorm';
import type { ChainLink, Direction, OrgNodeKind, Periodicity, ReportStatus } from '@resultatkedjan/contracts';
import type { IndicatorLevelScale } from '../chain/indicator.entity.js';
import { orgTreeQueries } from '../org/org-tree.queries.js';
import { ReportAttachment } from './report-attachment.entity.js';
import { ReportGoalAssessment } from './report-goal-assessment.entity.js';
import type { ReportPeriodRow } from './support/report-period-columns.js';

/** The columns of a report's period, selected as `p` (follow_up_period), for showing it beside the report. */
const PERIOD_COLUMNS = `p.id AS period_id, p.period_key, p.kind AS period_kind, p.covers_from::text AS covers_from,
  p.covers_to::text AS covers_to, p.deadline::text AS period_deadline, p.locks_on::text AS period_locks_on, p.status AS period_status`;

/** A report with its node and period, as every endpoint needs it to decide access. */
export interface ReportRefRow extends ReportPeriodRow {
  id: string;
  status: ReportStatus;
  version: number;
  org_node_id: string;
  node_key: string;
  node_name: string;
  node_kind: OrgNodeKind;
  submitted_at: Date | null;
  submitted_by: string | null;
  decided_at: Date | null;
  decided_by: string | null;
  return_comment: string | null;
  reopen_reason: string | null;
  updated_at: Date;
}

/** A line of the report list. */
export interface ReportSummaryRow extends ReportPeriodRow {
  id: string;
  status: ReportStatus;
  version: number;
  submitted_at: Date | null;
  decided_at: Date | null;
  return_comment: string | null;
  updated_at: Date;
  node_id: string;
  node_key: string;
  node_name: string;
  node_kind: OrgNodeKind;
}

/** Which reports a caller may see (see report-list.ts), and the list's filters. */
export interface ReportVisibility {
  periodId: string | null;
  /** The node and its subtree. */
  orgNodeId: string | null;
  status: ReportStatus | null;
  /** Statuses everyone in the kommun may read. */
  published: readonly ReportStatus[];
  /** Nodes whose drafts the caller may read, or 'all'. */
  draftNodes: ReadonlySet<string> | 'all';
  /** Only the nodes whose drafts the caller may read. */
  mine: boolean;
}

/** A unit's self-assessment of one goal, from a submitted or approved report. */
export interface UnitSelfAssessmentRow {
  report_id: string;
  org_node_id: string;
  org_node_name: string;
  self_level: number | null;
  self_justification: string;
  what_happened: string;
  why: string;
  next_steps: string;
}

/** An indicator of a goal a report covers, with its chain link. */
export interface ReportIndicatorRow {
  id: string;
  goal_id: string;
  key: string;
  name: string;
  unit: string;
  link: ChainLink;
  direction: Direction;
  periodicity: Periodicity;
  targeted: boolean;
  numerator_indicator_id: string | null;
  denominator_indicator_id: string | null;
  scale: string | null;
  level_scale: IndicatorLevelScale | null;
}

/** A narrative and self-assessment as written. */
export interface AssessmentFields {
  goalId: string;
  whatHappened: string;
  why: string;
  nextSteps: string;
  selfLevel: number | null;
  selfJustification: string;
}

export interface AttachmentRow {
  id: string;
  filename: string;
  content_type: string;
  size_bytes: number;
  uploaded_by: string | null;
  uploader_name: string | null;
  created_at: Date;
}

const ATTACHMENT_SELECT = `SELECT a.id, a.filename, a.content_type, a.size_bytes, a.uploaded_by, u.display_name AS uploader_name, a.created_at
  FROM report_attachment a LEFT JOIN app_user u ON u.id = a.uploaded_by`;

/**
 * Every query on report, report_goal_assessment and report_attachment. Reports are shown with their node's and
 * period's descriptive columns (joined); subtrees come from org's SQL. The reads of the indicators and targets a
 * report covers stay here until the chain feature has its own queries module.
 */
export const reportQueries = {
  /** The report with its node and period, or undefined (another kommun's report looks like a missing one). */
  async findRef(m: EntityManager, reportId: string): Promise<ReportRefRow | undefined> {
    const rows: ReportRefRow[] = await m.query(
      `SELECT r.id, r.status, r.version, r.org_node_id, n.key AS node_key, n.name AS node_name, n.kind AS node_kind,
              ${PERIOD_COLUMNS}, r.submitted_at, r.submitted_by, r.decided_at,
              r.decided_by, r.return_comment, r.reopen_reason, r.updated_at
         FROM report r
         JOIN org_node n ON n.id = r.org_node_id
         JOIN follow_up_period p ON p.id = r.period_id
        WHERE r.id = $1`,
      [reportId],
    );
    return rows[0];
  },

  /**
   * Moves the report from version `expected` to the next, with any column changes, in one conditional UPDATE; the
   * new version, or null when the report is no longer at `expected`. The row lock serialises concurrent saves.
   */
  async bumpVersion(m: EntityManager, reportId: string, expected: number, changes: Record<string, unknown>): Promise<number | null> {
    const columns = Object.keys(changes);
    const assignments = columns.map((column, i) => `${column} = $${i + 3}`);
    // UPDATE … RETURNING comes back from TypeORM as [rows, affected].
    const [rows]: [{ version: number }[], number] = await m.query(
      `UPDATE report SET ${['version = version + 1', 'updated_at = now()', ...assignments].join(', ')}
        WHERE id = $1 AND version = $2 RETURNING version`,
      [reportId, expected, ...columns.map((c) => changes[c])],
    );
    return rows.length === 1 ? Number(rows[0]!.version) : null;
  },

  async currentVersion(m: EntityManager, reportId: string): Promise<number | null> {
    const [current]: { version: number }[] = await m.query(`SELECT version FROM report WHERE id = $1`, [reportId]);
    return current ? Number(current.version) : null;
  },

  /**
   * Creates a draft report (utkast) for each org node in the period, skipping those that exist: one statement, safe
   * to run twice or concurrently (the unique (tenant, node, period) decides). Returns how many were created.
   */
  async createDrafts(m: EntityManager, tenantId: string, periodId: string, orgNodeIds: readonly string[]): Promise<number> {
    if (orgNodeIds.length === 0) return 0;
    const rows: unknown[] = await m.query(
      `INSERT INTO report (tenant_id, org_node_id, period_id, status)
       SELECT $1, node_id, $2, 'utkast' FROM unnest($3::uuid[]) AS node_id
       ON CONFLICT ON CONSTRAINT "UQ_report_node_period" DO NOTHING
       RETURNING id`,
      [tenantId, periodId, orgNodeIds],
    );
    return rows.length;
  },

  /** Each report of the period with its status, by org node. */
  async statusesInPeriod(m: EntityManager, periodId: string): Promise<{ orgNodeId: string; status: ReportStatus }[]> {
    const rows: { org_node_id: string; status: ReportStatus }[] = await m.query(
      `SELECT org_node_id, status FROM report WHERE period_id = $1 ORDER BY org_node_id`,
      [periodId],
    );
    return rows.map((row) => ({ orgNodeId: row.org_node_id, status: row.status }));
  },

  /** The org nodes whose report in the period has one of the statuses. */
  async nodeIdsWithStatus(m: EntityManager, periodId: string, statuses: readonly string[]): Promise<string[]> {
    const rows: { node_id: string }[] = await m.query(`SELECT org_node_id AS node_id FROM report WHERE period_id = $1 AND status = ANY($2::text[])`, [
      periodId,
      statuses,
    ]);
    return rows.map((row) => row.node_id);
  },

  /** How many of the period's reports have one of the statuses. */
  async countWithStatus(m: EntityManager, periodId: string, statuses: readonly string[]): Promise<number> {
    const [row]: { n: string }[] = await m.query(`SELECT count(*) AS n FROM report WHERE period_id = $1 AND status = ANY($2::text[])`, [
      periodId,
      statuses,
    ]);
    return Number(row!.n);
  },

  /** Of the (period, node) pairs, those whose report is submitted or approved; keys `periodId|orgNodeId`. */
  async submittedOrApproved(m: EntityManager, pairs: readonly { periodId: string; orgNodeId: string }[]): Promise<Set<string>> {
    if (pairs.length === 0) return new Set();
    const rows: { period_id: string; org_node_id: string }[] = await m.query(
      `SELECT DISTINCT r.period_id, r.org_node_id
         FROM report r JOIN unnest($1::uuid[], $2::uuid[]) AS k(period_id, org_node_id)
           ON r.period_id = k.period_id AND r.org_node_id = k.org_node_id
        WHERE r.status IN ('inlamnad', 'godkand')`,
      [pairs.map((p) => p.periodId), pairs.map((p) => p.orgNodeId)],
    );
    return new Set(rows.map((r) => `${r.period_id}|${r.org_node_id}`));
  },

  /** A page of the visible reports: newest period first, then by node name (R-6: no ranking). */
  async page(m: EntityManager, visibility: ReportVisibility, window: { skip: number; take: number }): Promise<{ rows: ReportSummaryRow[]; total: number }> {
    const { sql, params } = visibleReports(visibility);
    const [{ total }]: { total: number }[] = await m.query(`SELECT count(*)::int AS total FROM (${sql}) f`, params);
    const rows: ReportSummaryRow[] = await m.query(
      `SELECT r.id, r.status, r.version, r.submitted_at, r.decided_at, r.return_comment, r.updated_at,
              n.id AS node_id, n.key AS node_key, n.name AS node_name, n.kind AS node_kind,
              ${PERIOD_COLUMNS}
         FROM report r
         JOIN org_node n ON n.id = r.org_node_id
         JOIN follow_up_period p ON p.id = r.period_id
        WHERE r.id IN (${sql})
        ORDER BY p.covers_to DESC, p.covers_from DESC, n.name, n.id
        LIMIT ${window.take} OFFSET ${window.skip}`,
      params,
    );
    return { rows, total };
  },

  /** The visible reports counted by status per period, newest period first (one query). */
  countsByPeriod(
    m: EntityManager,
    visibility: ReportVisibility,
  ): Promise<(ReportPeriodRow & { counts: Partial<Record<ReportStatus, number>>; total: number })[]> {
    const { sql, params } = visibleReports(visibility);
    return m.query(
      `SELECT ${PERIOD_COLUMNS}, c.counts, c.total
         FROM (SELECT r.period_id, jsonb_object_agg(r.status, r.n) AS counts, sum(r.n)::int AS total
                 FROM (SELECT period_id, status, count(*)::int AS n FROM report WHERE id IN (${sql}) GROUP BY period_id, status) r
                GROUP BY r.period_id) c
         JOIN follow_up_period p ON p.id = c.period_id
        ORDER BY p.covers_to DESC, p.covers_from DESC`,
      params,
    );
  },

  /** Every indicator of the goals, in chain order (behov → resultat), then by sort order and key. */
  async indicatorsOf(m: EntityManager, goalIds: readonly string[]): Promise<ReportIndicatorRow[]> {
    if (goalIds.length === 0) return [];
    return m.query(
      `SELECT i.id, i.goal_id, i.key, i.name, i.unit, ce.link, i.direction, i.periodicity, i.targeted,
              i.numerator_indicator_id, i.denominator_indicator_id, i.scale, i.level_scale
         FROM indicator i JOIN chain_element ce ON ce.id = i.chain_element_id
        WHERE i.goal_id = ANY($1::uuid[])
        ORDER BY array_position(ARRAY['behov','resurs','aktivitet','prestation','resultat'], ce.link), i.sort_order, i.key`,
      [goalIds],
    );
  },

  /** Målvärden of the indicators under the period keys, keyed `indicatorId|periodKey`. */
  async targets(m: EntityManager, indicatorIds: readonly string[], periodKeys: readonly string[]): Promise<Map<string, number>> {
    if (indicatorIds.length === 0) return new Map();
    const rows: { indicator_id: string; period_key: string; target_value: string }[] = await m.query(
      `SELECT indicator_id, period_key, target_value FROM indicator_target
        WHERE indicator_id = ANY($1::uuid[]) AND period_key = ANY($2::text[])`,
      [indicatorIds, periodKeys],
    );
    return new Map(rows.map((r) => [`${r.indicator_id}|${r.period_key}`, Number(r.target_value)]));
  },

  /** The report's narrative and self-assessment per goal. */
  assessmentsOf: (m: EntityManager, reportId: string) => m.find(ReportGoalAssessment, { where: { reportId } }),

  /**
   * The units' self-assessments of a goal in a period from submitted and approved reports (public documents; drafts
   * stay with their unit), with the unit's name, by name.
   */
  selfAssessmentsOfGoal(m: EntityManager, goalId: string, periodId: string): Promise<UnitSelfAssessmentRow[]> {
    return m.query(
      `SELECT r.id AS report_id, r.org_node_id, n.name AS org_node_name, a.self_level, a.self_justification,
              a.what_happened, a.why, a.next_steps
         FROM report_goal_assessment a JOIN report r ON r.id = a.report_id JOIN org_node n ON n.id = r.org_node_id
        WHERE a.goal_id = $1 AND r.period_id = $2 AND r.status IN ('inlamnad', 'godkand')
        ORDER BY n.name, r.id`,
      [goalId, periodId],
    );
  },

  /** The self-assessments and narratives of submitted or approved reports of the period for the given goals, by goal and unit name. */
  selfAssessmentsOfGoals(m: EntityManager, goalIds: readonly string[], periodId: string): Promise<(UnitSelfAssessmentRow & { goal_id: string })[]> {
    return m.query(
      `SELECT a.goal_id, r.id AS report_id, r.org_node_id, n.name AS org_node_name, a.self_level, a.self_justification,
              a.what_happened, a.why, a.next_steps
         FROM report_goal_assessment a JOIN report r ON r.id = a.report_id JOIN org_node n ON n.id = r.org_node_id
        WHERE a.goal_id = ANY($1::uuid[]) AND r.period_id = $2 AND r.status IN ('inlamnad', 'godkand')
        ORDER BY a.goal_id, n.name, r.id`,
      [goalIds, periodId],
    );
  },

  /** Creates or replaces the report's assessments of the given goals in one statement; their ids by goal id. */
  async upsertAssessments(m: EntityManager, tenantId: string, reportId: string, rows: readonly AssessmentFields[]): Promise<Map<string, string>> {
    if (rows.length === 0) return new Map();
    const written: { id: string; goal_id: string }[] = await m.query(
      `INSERT INTO report_goal_assessment (tenant_id, report_id, goal_id, what_happened, why, next_steps, self_level, self_justification)
       SELECT $1, $2, t.goal_id, t.what_happened, t.why, t.next_steps, t.self_level, t.self_justification
         FROM unnest($3::uuid[], $4::text[], $5::text[], $6::text[], $7::int[], $8::text[])
           AS t(goal_id, what_happened, why, next_steps, self_level, self_justification)
       ON CONFLICT ON CONSTRAINT "UQ_report_goal_assessment" DO UPDATE SET
         what_happened = EXCLUDED.what_happened, why = EXCLUDED.why, next_steps = EXCLUDED.next_steps,
         self_level = EXCLUDED.self_level, self_justification = EXCLUDED.self_justification
       RETURNING id, goal_id`,
      [
        tenantId,
        reportId,
        rows.map((r) => r.goalId),
        rows.map((r) => r.whatHappened),
        rows.map((r) => r.why),
        rows.map((r) => r.nextSteps),
        rows.map((r) => r.selfLevel),
        rows.map((r) => r.selfJustification),
      ],
    );
    return new Map(written.map((r) => [r.goal_id, r.id]));
  },

  async countAttachments(m: EntityManager, reportId: string): Promise<number> {
    const [{ n }]: { n: number }[] = await m.query(`SELECT count(*)::int AS n FROM report_attachment WHERE report_id = $1`, [reportId]);
    return n;
  },

  /** The report's attachments (without their data) with the uploader's name, oldest first. */
  async attachmentPage(m: EntityManager, reportId: string, window: { skip: number; take: number }): Promise<{ rows: AttachmentRow[]; total: number }> {
    const total = await reportQueries.countAttachments(m, reportId);
    const rows: AttachmentRow[] = await m.query(
      `${ATTACHMENT_SELECT} WHERE a.report_id = $1 ORDER BY a.created_at, a.filename, a.id LIMIT ${window.take} OFFSET ${window.skip}`,
      [reportId],
    );
    return { rows, total };
  },

  async attachmentRow(m: EntityManager, attachmentId: string): Promise<AttachmentRow | undefined> {
    const [row]: AttachmentRow[] = await m.query(`${ATTACHMENT_SELECT} WHERE a.id = $1`, [attachmentId]);
    return row;
  },

  /** The attachment with its data, if it belongs to the report. */
  findAttachment: (m: EntityManager, attachmentId: string, reportId: string) => m.findOneBy(ReportAttachment, { id: attachmentId, reportId }),

  insertAttachment: (
    m: EntityManager,
    attachment: Pick<ReportAttachment, 'tenantId' | 'reportId' | 'filename' | 'contentType' | 'sizeBytes' | 'data' | 'uploadedBy'>,
  ) => m.save(m.create(ReportAttachment, attachment)),

  deleteAttachment: (m: EntityManager, attachmentId: string) => m.delete(ReportAttachment, { id: attachmentId }),
};

/**
 * The ids of the visible reports, as SQL with its parameters: every published report of the kommun, plus drafts
 * and returned reports of the nodes where the caller may read drafts; `mine` keeps only those nodes.
 */
function visibleReports(v: ReportVisibility): { sql: string; params: unknown[] } {
  const params = [
    v.periodId,
    v.orgNodeId,
    v.status,
    v.published,
    v.draftNodes === 'all',
    v.draftNodes === 'all' ? [] : [...v.draftNodes],
    v.mine,
  ];
  const sql = `
    SELECT r.id FROM report r
     WHERE ($1::uuid IS NULL OR r.period_id = $1::uuid)
       AND ($2::uuid IS NULL OR r.org_node_id IN ${orgTreeQueries.subtreeIdsSql('ARRAY[$2::uuid]')})
       AND ($3::text IS NULL OR r.status = $3::text)
       AND (r.status = ANY($4::text[]) OR $5::boolean OR r.org_node_id = ANY($6::uuid[]))
       AND (NOT $7::boolean OR $5::boolean OR r.org_node_id = ANY($6::uuid[]))`;
  return { sql, params };
}
