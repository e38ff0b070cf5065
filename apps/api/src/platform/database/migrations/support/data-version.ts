import type { QueryRunner } from 'typeorm';

/**
 * Tables whose changes bump their kommun's data version (see migration DataVersion): a statement trigger notes the
 * change once per transaction; the version itself moves at commit. Every table that computed views read must be here.
 */
export async function watchDataChanges(q: QueryRunner, tables: readonly string[]): Promise<void> {
  for (const table of tables) {
    await q.query(`CREATE TRIGGER note_data_change AFTER INSERT OR UPDATE OR DELETE ON ${table}
      FOR EACH STATEMENT EXECUTE FUNCTION rk_note_data_change()`);
  }
}

export async function unwatchDataChanges(q: QueryRunner, tables: readonly string[]): Promise<void> {
  for (const table of tables) await q.query(`DROP TRIGGER note_data_change ON ${table}`);
}
