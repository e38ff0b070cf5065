import type { EntityManager } from 'typeorm';

/**
 * Creates a draft report (utkast) for each org node in the period, skipping those that exist:
 * one statement, safe to run twice or concurrently (the unique (tenant, node, period) decides).
 * Returns how many were created. Call inside TenantDb.run for the kommun.
 */
export async function createDraftReports(m: EntityManager, tenantId: string, periodId: string, orgNodeIds: string[]): Promise<number> {
  if (orgNodeIds.length === 0) return 0;
  const rows: unknown[] = await m.query(
    `INSERT INTO report (tenant_id, org_node_id, period_id, status)
     SELECT $1, node_id, $2, 'utkast' FROM unnest($3::uuid[]) AS node_id
     ON CONFLICT ON CONSTRAINT "UQ_report_node_period" DO NOTHING
     RETURNING id`,
    [tenantId, periodId, orgNodeIds],
  );
  return rows.length;
}
