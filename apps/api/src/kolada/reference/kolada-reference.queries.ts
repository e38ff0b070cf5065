import type { EntityManager } from 'typeorm';

export interface ReferenceMunicipality {
  id: string;
  title: string;
  type: string;
  kommungruppId: string | null;
}

export interface ReferenceGroup {
  id: string;
  title: string;
  memberIds: string[];
}

/** Every query on the installation-wide kolada_municipality and kolada_municipality_group (read by anyone, written only here). */
export const koladaReferenceQueries = {
  /** Upserts through the owner's function: the app role may only read these tables. */
  async store(m: EntityManager, municipalities: readonly ReferenceMunicipality[], groups: readonly ReferenceGroup[]): Promise<void> {
    await m.query(`SELECT rk_store_kolada_reference($1::jsonb, $2::jsonb)`, [JSON.stringify(municipalities), JSON.stringify(groups)]);
  },

  async municipalities(m: EntityManager): Promise<ReferenceMunicipality[]> {
    const rows: { id: string; title: string; type: string; kommungrupp_id: string | null }[] = await m.query(
      `SELECT id, title, type, kommungrupp_id FROM kolada_municipality ORDER BY title, id`,
    );
    return rows.map((r) => ({ id: r.id, title: r.title, type: r.type, kommungruppId: r.kommungrupp_id }));
  },

  async groups(m: EntityManager): Promise<ReferenceGroup[]> {
    const rows: { id: string; title: string; member_ids: string[] }[] = await m.query(
      `SELECT id, title, member_ids FROM kolada_municipality_group ORDER BY title, id`,
    );
    return rows.map((r) => ({ id: r.id, title: r.title, memberIds: r.member_ids }));
  },

  /** Names of municipalities and groups by id (unknown ids are left out). */
  async titles(m: EntityManager, ids: readonly string[]): Promise<Map<string, string>> {
    if (ids.length === 0) return new Map();
    const rows: { id: string; title: string }[] = await m.query(
      `SELECT id, title FROM kolada_municipality WHERE id = ANY($1::text[])
       UNION ALL SELECT id, title FROM kolada_municipality_group WHERE id = ANY($1::text[])`,
      [ids],
    );
    return new Map(rows.map((r) => [r.id, r.title]));
  },

  async kommungruppOf(m: EntityManager, kommunkod: string): Promise<string | null> {
    const [row]: { kommungrupp_id: string | null }[] = await m.query(`SELECT kommungrupp_id FROM kolada_municipality WHERE id = $1`, [kommunkod]);
    return row?.kommungrupp_id ?? null;
  },
};
