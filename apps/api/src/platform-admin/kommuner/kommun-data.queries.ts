import type { EntityManager } from 'typeorm';

/**
 * A whole kommun's rows, table by table, for the platform operator's export. Works on
 * every table that has a tenant_id column (found in the catalogue, so a new feature's tables are included without
 * being listed here), plus the tenant row itself. The caller's transaction must have set app.tenant_id to the
 * kommun: row-level security then shows exactly its rows.
 */
export const kommunDataQueries = {
  /** Tables holding kommun rows, by name; `tenant` first. */
  async tables(m: EntityManager): Promise<string[]> {
    const rows: { table_name: string }[] = await m.query(
      `SELECT c.table_name FROM information_schema.columns c
         JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
        WHERE c.table_schema = 'public' AND c.column_name = 'tenant_id' AND t.table_type = 'BASE TABLE'
        ORDER BY c.table_name`,
    );
    return ['tenant', ...rows.map((r) => r.table_name)];
  },

  /** Every row of the table visible to the transaction as JSON objects; bytea columns left out (see attachments). */
  async rows(m: EntityManager, table: string): Promise<Record<string, unknown>[]> {
    const columns: { column_name: string; data_type: string }[] = await m.query(
      `SELECT column_name, data_type FROM information_schema.columns WHERE table_schema = 'public' AND table_name = $1 ORDER BY ordinal_position`,
      [table],
    );
    const kept = columns.filter((c) => c.data_type !== 'bytea').map((c) => `"${c.column_name.replaceAll('"', '""')}"`);
    const hasId = columns.some((c) => c.column_name === 'id');
    // The operator may read every tenant row (policy tenant_operator_read): only the kommun's own goes in.
    const where = table === 'tenant' ? ' WHERE id = rk_current_tenant()' : '';
    const rows: { row: Record<string, unknown> }[] = await m.query(
      `SELECT json_build_object(${kept.map((c) => `'${c.slice(1, -1)}', ${c}`).join(', ')}) AS row FROM "${table}"${where}${hasId ? ' ORDER BY id' : ''}`,
    );
    return rows.map((r) => r.row);
  },

  /** The report attachments' files. */
  async attachments(m: EntityManager): Promise<{ id: string; filename: string; data: Buffer }[]> {
    return m.query(`SELECT id, filename, data FROM report_attachment ORDER BY id`);
  },
};
