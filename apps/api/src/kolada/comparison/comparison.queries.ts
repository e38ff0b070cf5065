import type { EntityManager } from 'typeorm';

/** Every query on comparison_member: the kommun's comparison set, in its order. */
export const comparisonQueries = {
  async memberIds(m: EntityManager): Promise<string[]> {
    const rows: { municipality_id: string }[] = await m.query(`SELECT municipality_id FROM comparison_member ORDER BY sort_order, municipality_id`);
    return rows.map((r) => r.municipality_id);
  },

  /** Replaces the whole set; returns the previous one (for the audit trail). */
  async replace(m: EntityManager, tenantId: string, ids: readonly string[]): Promise<string[]> {
    const before = await comparisonQueries.memberIds(m);
    await m.query(`DELETE FROM comparison_member`);
    if (ids.length > 0) {
      await m.query(
        `INSERT INTO comparison_member (tenant_id, municipality_id, sort_order)
         SELECT $1::uuid, id, ord::int - 1 FROM unnest($2::text[]) WITH ORDINALITY AS t(id, ord)`,
        [tenantId, ids],
      );
    }
    return before;
  },
};
