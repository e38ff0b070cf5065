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
};
