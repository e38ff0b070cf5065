import type { EntityManager } from 'typeorm';

/** Every query on report, report_goal_assessment and report_attachment. */
export const reportQueries = {
  /** Each report of the period with its status, by org node. */
  async statusesInPeriod(m: EntityManager, periodId: string): Promise<{ orgNodeId: string; status: string }[]> {
    const rows: { org_node_id: string; status: string }[] = await m.query(
      `SELECT org_node_id, status FROM report WHERE period_id = $1 ORDER BY org_node_id`,
      [periodId],
    );
    return rows.map((row) => ({ orgNodeId: row.org_node_id, status: row.status }));
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
};
