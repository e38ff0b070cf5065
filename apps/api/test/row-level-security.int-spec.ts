import { DataSource } from 'typeorm';
import { startTestApp, type TestApp } from './support/test-app.js';

/** Guards every future table too: a tenant_id column without row-level security fails here. */
describe('row-level security covers every tenant-owned table', () => {
  let app: TestApp;
  beforeAll(async () => (app = await startTestApp()));
  afterAll(async () => app?.close());

  it('has RLS enabled and forced, with a tenant policy, on every table that has tenant_id', async () => {
    const rows: { table: string; enabled: boolean; forced: boolean; policies: string[] }[] = await app.api.get(DataSource).query(`
      SELECT c.relname AS table, c.relrowsecurity AS enabled, c.relforcerowsecurity AS forced,
             coalesce(array_agg(p.polname::text) FILTER (WHERE p.polname IS NOT NULL), '{}') AS policies
      FROM pg_class c
      JOIN pg_namespace n ON n.oid = c.relnamespace AND n.nspname = 'public'
      JOIN pg_attribute a ON a.attrelid = c.oid AND a.attname = 'tenant_id' AND NOT a.attisdropped
      LEFT JOIN pg_policy p ON p.polrelid = c.oid
      WHERE c.relkind = 'r'
      GROUP BY c.relname, c.relrowsecurity, c.relforcerowsecurity
      ORDER BY c.relname`);
    expect(rows.length).toBeGreaterThanOrEqual(25);
    const unprotected = rows.filter((r) => !r.enabled || !r.forced || !r.policies.includes('tenant_isolation'));
    expect(unprotected).toEqual([]);
  });

  it('protects the tenant table itself', async () => {
    const [row] = await app.api.get(DataSource).query(`SELECT relrowsecurity AS enabled, relforcerowsecurity AS forced FROM pg_class WHERE relname = 'tenant'`);
    expect(row).toEqual({ enabled: true, forced: true });
  });
});
