import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Platform operators (the people who run the installation, apart from every kommun), their sessions and their
 * audit trail; and an active flag on each kommun.
 *
 * Row-level security on the platform tables, in the same spirit as the kommun tables: before an operator is known,
 * login finds exactly the operator whose e-mail was given and a request exactly the session whose token hash it
 * carries; once the platform funnel has set app.platform_operator_id, the operator tables and the platform trail
 * are open to that transaction. A kommun's request never sets it, so kommun code sees no operator rows.
 */
export class PlatformOperators1796189384120 implements MigrationInterface {
  name = 'PlatformOperators1796189384120';

  async up(q: QueryRunner): Promise<void> {
    await q.query("CREATE TABLE \"platform_operator\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"email\" text NOT NULL, \"display_name\" text NOT NULL, \"password_hash\" text, \"active\" boolean NOT NULL DEFAULT true, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"UQ_platform_operator_email\" UNIQUE (\"email\"), CONSTRAINT \"PK_5faef7791792dbe3cc7f0784ccf\" PRIMARY KEY (\"id\"))");
    await q.query("CREATE TABLE \"platform_session\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"operator_id\" uuid NOT NULL, \"token_hash\" text NOT NULL, \"csrf_token\" text NOT NULL, \"expires_at\" TIMESTAMP WITH TIME ZONE NOT NULL, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"UQ_platform_session_token_hash\" UNIQUE (\"token_hash\"), CONSTRAINT \"PK_71cb17537212031dd760fdfccad\" PRIMARY KEY (\"id\"))");
    await q.query("CREATE TABLE \"platform_audit_event\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"operator_id\" uuid, \"action\" text NOT NULL, \"target_tenant_id\" uuid, \"details\" jsonb, \"request_id\" text, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_7a1ab328ede956b22707b55cc2b\" PRIMARY KEY (\"id\"))");
    await q.query("CREATE INDEX \"IDX_platform_audit_event_created\" ON \"platform_audit_event\"  (\"created_at\") ");
    await q.query("ALTER TABLE \"tenant\" ADD \"active\" boolean NOT NULL DEFAULT true");
    await q.query("ALTER TABLE \"tenant\" ADD \"deactivated_at\" TIMESTAMP WITH TIME ZONE");
    await q.query("ALTER TABLE \"platform_session\" ADD CONSTRAINT \"FK_7723fad5090314e67dccfa2912d\" FOREIGN KEY (\"operator_id\") REFERENCES \"platform_operator\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");

    await q.query(`CREATE FUNCTION rk_current_operator() RETURNS uuid LANGUAGE sql STABLE AS
      $$ SELECT NULLIF(current_setting('app.platform_operator_id', true), '')::uuid $$`);
    await q.query(`GRANT EXECUTE ON FUNCTION rk_current_operator() TO resultatkedjan_app`);
    for (const table of ['platform_operator', 'platform_session', 'platform_audit_event']) {
      await q.query(`ALTER TABLE ${table} ENABLE ROW LEVEL SECURITY`);
      await q.query(`ALTER TABLE ${table} FORCE ROW LEVEL SECURITY`);
    }
    await q.query(`CREATE POLICY operator_login ON platform_operator FOR SELECT
      USING (email = NULLIF(current_setting('app.platform_login_email', true), ''))`);
    await q.query(`CREATE POLICY operator_platform ON platform_operator
      USING (rk_current_operator() IS NOT NULL) WITH CHECK (rk_current_operator() IS NOT NULL)`);
    await q.query(`CREATE POLICY session_lookup ON platform_session FOR SELECT
      USING (token_hash = NULLIF(current_setting('app.platform_session_token_hash', true), ''))`);
    await q.query(`CREATE POLICY session_own ON platform_session
      USING (operator_id = rk_current_operator()) WITH CHECK (operator_id = rk_current_operator())`);
    await q.query(`CREATE POLICY platform_trail ON platform_audit_event
      USING (rk_current_operator() IS NOT NULL)
      WITH CHECK (operator_id IS NOT DISTINCT FROM rk_current_operator())`);
    await q.query(`REVOKE UPDATE, DELETE ON platform_audit_event FROM resultatkedjan_app`);

    // The worker's directory: only active kommuner get runs, and a job names a kommun that must exist and be active.
    await q.query(`CREATE OR REPLACE FUNCTION rk_tenant_ids() RETURNS SETOF uuid
      LANGUAGE plpgsql SECURITY DEFINER
      SET search_path = public, pg_temp
      AS $$
      BEGIN
        PERFORM set_config('app.tenant_directory', 'on', true);
        RETURN QUERY SELECT id FROM tenant WHERE active ORDER BY id;
        PERFORM set_config('app.tenant_directory', '', true);
      END $$`);
    await q.query(`CREATE FUNCTION rk_tenant_active(candidate uuid) RETURNS boolean
      LANGUAGE plpgsql SECURITY DEFINER
      SET search_path = public, pg_temp
      AS $$
      DECLARE found boolean;
      BEGIN
        PERFORM set_config('app.tenant_directory', 'on', true);
        SELECT active INTO found FROM tenant WHERE id = candidate;
        PERFORM set_config('app.tenant_directory', '', true);
        RETURN coalesce(found, false);
      END $$`);
    await q.query(`REVOKE ALL ON FUNCTION rk_tenant_active(uuid) FROM PUBLIC`);
    await q.query(`GRANT EXECUTE ON FUNCTION rk_tenant_active(uuid) TO resultatkedjan_app`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP FUNCTION rk_tenant_active(uuid)`);
    await q.query(`CREATE OR REPLACE FUNCTION rk_tenant_ids() RETURNS SETOF uuid
      LANGUAGE plpgsql SECURITY DEFINER
      SET search_path = public, pg_temp
      AS $$
      BEGIN
        PERFORM set_config('app.tenant_directory', 'on', true);
        RETURN QUERY SELECT id FROM tenant ORDER BY id;
        PERFORM set_config('app.tenant_directory', '', true);
      END $$`);
    await q.query(`DROP POLICY platform_trail ON platform_audit_event`);
    await q.query(`DROP POLICY session_own ON platform_session`);
    await q.query(`DROP POLICY session_lookup ON platform_session`);
    await q.query(`DROP POLICY operator_platform ON platform_operator`);
    await q.query(`DROP POLICY operator_login ON platform_operator`);
    await q.query(`DROP FUNCTION rk_current_operator()`);
    await q.query("ALTER TABLE \"platform_session\" DROP CONSTRAINT \"FK_7723fad5090314e67dccfa2912d\"");
    await q.query("ALTER TABLE \"tenant\" DROP COLUMN \"deactivated_at\"");
    await q.query("ALTER TABLE \"tenant\" DROP COLUMN \"active\"");
    await q.query("DROP INDEX \"public\".\"IDX_platform_audit_event_created\"");
    await q.query("DROP TABLE \"platform_audit_event\"");
    await q.query("DROP TABLE \"platform_session\"");
    await q.query("DROP TABLE \"platform_operator\"");
  }
}
