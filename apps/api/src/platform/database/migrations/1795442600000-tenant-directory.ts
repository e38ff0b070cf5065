import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * rk_tenant_ids(): the ids of every kommun, for the worker's tick, which must fan out to kommuner it cannot
 * see (row-level security hides every tenant row while no kommun is set).
 *
 * The function is SECURITY DEFINER, so it runs as the table owner. On real PostgreSQL a non-superuser owner is
 * itself filtered by FORCE ROW LEVEL SECURITY (and `SET row_security = off` would only turn the filter into an
 * error), so the owner gets one extra SELECT policy on tenant that is true only while the function has set
 * app.tenant_directory (it clears it again before returning). The app role cannot use that policy (it applies to
 * the owner only) and gets ids only, never names or settings. On embedded PGlite the owner is a superuser, which
 * bypasses RLS anyway; the same function works unchanged.
 */
export class TenantDirectory1795442600000 implements MigrationInterface {
  name = 'TenantDirectory1795442600000';

  async up(q: QueryRunner): Promise<void> {
    // The flag is set in the body: a non-superuser may not put a custom setting in the function's SET clause.
    await q.query(`CREATE FUNCTION rk_tenant_ids() RETURNS SETOF uuid
      LANGUAGE plpgsql SECURITY DEFINER
      SET search_path = public, pg_temp
      AS $$
      BEGIN
        PERFORM set_config('app.tenant_directory', 'on', true);
        RETURN QUERY SELECT id FROM tenant ORDER BY id;
        PERFORM set_config('app.tenant_directory', '', true);
      END $$`);
    await q.query(`CREATE POLICY tenant_directory ON tenant FOR SELECT TO CURRENT_USER
      USING (current_setting('app.tenant_directory', true) = 'on')`);
    await q.query(`REVOKE ALL ON FUNCTION rk_tenant_ids() FROM PUBLIC`);
    await q.query(`GRANT EXECUTE ON FUNCTION rk_tenant_ids() TO resultatkedjan_app`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP POLICY tenant_directory ON tenant`);
    await q.query(`DROP FUNCTION rk_tenant_ids()`);
  }
}
