import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { APP_DB_ROLE } from '../src/platform/database/app-role.js';
import { startTestApp, type TestApp } from './support/test-app.js';
import { TestFactory } from './support/factory.js';

/** Guards every future table too: a tenant_id column without row-level security fails here. */
describe('row-level security covers every tenant-owned table', () => {
  let app: TestApp;
  let factory: TestFactory;
  beforeAll(async () => {
    app = await startTestApp();
    factory = new TestFactory(app);
  });
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

  it('keeps the platform tables apart: forced RLS, and a kommun’s transaction sees no operator, session or platform trail', async () => {
    const dataSource = app.api.get(DataSource);
    const rows: { relname: string; enabled: boolean; forced: boolean }[] = await dataSource.query(
      `SELECT relname, relrowsecurity AS enabled, relforcerowsecurity AS forced FROM pg_class
        WHERE relname IN ('platform_operator', 'platform_session', 'platform_audit_event') ORDER BY relname`,
    );
    expect(rows.map((r) => [r.relname, r.enabled, r.forced])).toEqual([
      ['platform_audit_event', true, true], ['platform_operator', true, true], ['platform_session', true, true],
    ]);
    await factory.newOperator({ email: 'rls@plattform.test' });
    await factory.loginOperator('rls@plattform.test');
    const seen = await dataSource.transaction(async (m) => {
      await m.query(`SELECT set_config('app.tenant_id', $1, true)`, [randomUUID()]);
      await m.query(`SET LOCAL ROLE ${APP_DB_ROLE}`);
      const count = async (table: string) => (await m.query(`SELECT count(*)::int AS n FROM ${table}`))[0].n as number;
      return [await count('platform_operator'), await count('platform_session'), await count('platform_audit_event')];
    });
    expect(seen).toEqual([0, 0, 0]);
  });
});
