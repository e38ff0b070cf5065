import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Frozen copy of the tenant-owned tables at this migration (later tables get their own policies). */
const TENANT_TABLES = [
  'tenant_population',
  'app_user',
  'role_grant',
  'user_session',
  'org_node',
  'agardirektiv',
  'agardirektiv_goal',
  'grunduppdrag',
  'mandatperiod',
  'goal',
  'goal_link',
  'chain_element',
  'indicator',
  'indicator_target',
  'ratio_definition',
  'indicator_value',
  'audit_event',
];

/**
 * Row-level security: a row is visible and writable only inside a transaction that has set
 * app.tenant_id to its kommun (SET LOCAL, per transaction). FORCE makes it apply to the table owner too.
 * NULLIF: once set in a session, current_setting(..., true) returns '' rather than NULL.
 */
export class RowLevelSecurity1795442300000 implements MigrationInterface {
  name = 'RowLevelSecurity1795442300000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE FUNCTION rk_current_tenant() RETURNS uuid LANGUAGE sql STABLE AS
      $$ SELECT NULLIF(current_setting('app.tenant_id', true), '')::uuid $$`);

    await q.query(`ALTER TABLE tenant ENABLE ROW LEVEL SECURITY`);
    await q.query(`ALTER TABLE tenant FORCE ROW LEVEL SECURITY`);
    await q.query(`CREATE POLICY tenant_isolation ON tenant USING (id = rk_current_tenant()) WITH CHECK (id = rk_current_tenant())`);

    for (const table of TENANT_TABLES) {
      await q.query(`ALTER TABLE ${table} ENABLE ROW LEVEL SECURITY`);
      await q.query(`ALTER TABLE ${table} FORCE ROW LEVEL SECURITY`);
      await q.query(
        `CREATE POLICY tenant_isolation ON ${table} USING (tenant_id = rk_current_tenant()) WITH CHECK (tenant_id = rk_current_tenant())`,
      );
    }

    // Before a kommun is known: login finds exactly the user whose e-mail was given, and a request
    // finds exactly the session whose token hash it carries. Nothing else is visible.
    await q.query(`CREATE POLICY login_lookup ON app_user FOR SELECT
      USING (email = NULLIF(current_setting('app.login_email', true), ''))`);
    await q.query(`CREATE POLICY session_lookup ON user_session FOR SELECT
      USING (token_hash = NULLIF(current_setting('app.session_token_hash', true), ''))`);

    await q.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO resultatkedjan_app`);
    await q.query(`REVOKE ALL ON migrations FROM resultatkedjan_app`);
    // The audit trail is append-only for the app.
    await q.query(`REVOKE UPDATE, DELETE ON audit_event FROM resultatkedjan_app`);
    await q.query(`GRANT EXECUTE ON FUNCTION rk_current_tenant() TO resultatkedjan_app`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP POLICY session_lookup ON user_session`);
    await q.query(`DROP POLICY login_lookup ON app_user`);
    for (const table of [...TENANT_TABLES, 'tenant']) {
      await q.query(`DROP POLICY tenant_isolation ON ${table}`);
      await q.query(`ALTER TABLE ${table} NO FORCE ROW LEVEL SECURITY`);
      await q.query(`ALTER TABLE ${table} DISABLE ROW LEVEL SECURITY`);
    }
    await q.query(`DROP FUNCTION rk_current_tenant()`);
  }
}
