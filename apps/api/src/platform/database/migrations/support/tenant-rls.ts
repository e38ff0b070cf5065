import type { QueryRunner } from 'typeorm';

/**
 * Row-level security for tenant-owned tables: a row is visible and writable only inside a transaction that has set
 * app.tenant_id to its kommun. FORCE makes it apply to the table owner too (migration RowLevelSecurity explains why).
 */
export async function enableTenantRls(q: QueryRunner, tables: readonly string[]): Promise<void> {
  for (const table of tables) {
    await q.query(`ALTER TABLE ${table} ENABLE ROW LEVEL SECURITY`);
    await q.query(`ALTER TABLE ${table} FORCE ROW LEVEL SECURITY`);
    await q.query(
      `CREATE POLICY tenant_isolation ON ${table} USING (tenant_id = rk_current_tenant()) WITH CHECK (tenant_id = rk_current_tenant())`,
    );
  }
}

export async function disableTenantRls(q: QueryRunner, tables: readonly string[]): Promise<void> {
  for (const table of tables) {
    await q.query(`DROP POLICY tenant_isolation ON ${table}`);
    await q.query(`ALTER TABLE ${table} NO FORCE ROW LEVEL SECURITY`);
    await q.query(`ALTER TABLE ${table} DISABLE ROW LEVEL SECURITY`);
  }
}

/**
 * Runs `work` with FORCE lifted from the given tables, for a backfill across every kommun by the owner (a
 * non-superuser owner on PostgreSQL is filtered by FORCE like anyone else). Inside the migration's transaction, so no
 * other session ever sees the tables unforced.
 */
export async function withForceLifted(q: QueryRunner, tables: readonly string[], work: () => Promise<void>): Promise<void> {
  for (const table of tables) await q.query(`ALTER TABLE ${table} NO FORCE ROW LEVEL SECURITY`);
  await work();
  for (const table of tables) await q.query(`ALTER TABLE ${table} FORCE ROW LEVEL SECURITY`);
}
