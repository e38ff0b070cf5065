import type { EntityManager } from 'typeorm';

/** Every query on login_failure. */
export const loginFailureQueries = {
  /** Failures per key within the last `windowMs`, in one statement. */
  async countsSince(m: EntityManager, keys: readonly string[], windowMs: number): Promise<Map<string, number>> {
    const rows: { key: string; n: number }[] = await m.query(
      `SELECT key, count(*)::int AS n FROM login_failure
        WHERE key = ANY($1::text[]) AND failed_at > now() - make_interval(secs => $2::float8 / 1000)
        GROUP BY key`,
      [keys, windowMs],
    );
    return new Map(rows.map((r) => [r.key, r.n]));
  },

  /** One failure under each key; failures older than the window go at the same time. */
  async record(m: EntityManager, keys: readonly string[], windowMs: number): Promise<void> {
    await m.query(
      `WITH pruned AS (DELETE FROM login_failure WHERE failed_at <= now() - make_interval(secs => $2::float8 / 1000))
       INSERT INTO login_failure (key) SELECT unnest($1::text[])`,
      [keys, windowMs],
    );
  },

  async clear(m: EntityManager, key: string): Promise<void> {
    await m.query(`DELETE FROM login_failure WHERE key = $1`, [key]);
  },
};
