import pg from 'pg';
import { startEmbeddedPostgres, type EmbeddedPostgres } from './embedded-postgres.js';

/** Several pools sending different parameterised statements at once, as API and worker do. */
describe('embedded PostgreSQL over the socket', () => {
  let db: EmbeddedPostgres;
  beforeAll(async () => (db = await startEmbeddedPostgres({ dataDir: 'memory://' })), 30_000);
  afterAll(async () => db?.stop());

  it('keeps concurrent extended-protocol exchanges from different connections apart', async () => {
    const pools = [1, 2, 3].map(() => new pg.Pool({ connectionString: db.url, max: 4 }));
    try {
      const queries = Array.from({ length: 240 }, (_, i) => {
        const pool = pools[i % pools.length];
        const arity = (i % 7) + 1;
        const params = Array.from({ length: arity }, (_, k) => i * 10 + k);
        const sql = `SELECT ${params.map((_, k) => `$${k + 1}::int`).join(' + ')} AS total`;
        const expected = params.reduce((a, b) => a + b, 0);
        return pool.query(sql, params).then((r) => [Number(r.rows[0].total), expected]);
      });
      const results = await Promise.all(queries);
      expect(results.every(([got, expected]) => got === expected)).toBe(true);
    } finally {
      await Promise.all(pools.map((p) => p.end()));
    }
  }, 60_000);
});
