import type { EntityManager } from 'typeorm';

/** Every query on kolada_sync_state. */
export const koladaSyncStateQueries = {
  async get(m: EntityManager): Promise<{ lastSyncedOn: string | null; scope: string } | null> {
    const [row]: { last_synced_on: string | null; scope: string }[] = await m.query(
      `SELECT to_char(last_synced_on, 'YYYY-MM-DD') AS last_synced_on, scope FROM kolada_sync_state`,
    );
    return row ? { lastSyncedOn: row.last_synced_on, scope: row.scope } : null;
  },

  async set(m: EntityManager, tenantId: string, lastSyncedOn: string, scope: string): Promise<void> {
    await m.query(
      `INSERT INTO kolada_sync_state (tenant_id, last_synced_on, scope) VALUES ($1, $2::date, $3)
       ON CONFLICT ON CONSTRAINT "UQ_kolada_sync_state" DO UPDATE SET last_synced_on = EXCLUDED.last_synced_on, scope = EXCLUDED.scope`,
      [tenantId, lastSyncedOn, scope],
    );
  },
};
