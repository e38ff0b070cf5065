import type { MigrationInterface, QueryRunner } from 'typeorm';
import { SessionResolve1796191500000 } from './1796191500000-session-resolve.js';
import { unwatchDataChanges, watchDataChanges } from './support/data-version.js';
import { disableTenantRls, enableTenantRls } from './support/tenant-rls.js';

/** Everything the chain views, year views and snapshots read. Sessions, audit, notifications and job runs are not. */
const WATCHED = [
  'tenant', 'tenant_population', 'org_node', 'agardirektiv', 'agardirektiv_goal', 'grunduppdrag', 'mandatperiod', 'goal',
  'goal_link', 'chain_element', 'indicator', 'indicator_target', 'ratio_definition', 'indicator_value', 'follow_up_calendar',
  'follow_up_period', 'period_snapshot', 'report', 'report_goal_assessment',
];

/**
 * A data version per kommun, moved by every transaction that changes its data, so cached views (keyed by kommun and
 * version) are never served stale, on any number of API replicas sharing one database.
 *
 * A statement trigger on each watched table notes the change once per transaction (a transaction-local flag) by
 * inserting into tenant_data_change; a deferred constraint trigger on that note bumps tenant_data_version at commit
 * and deletes the note. The version row is thus locked only while committing, not from a transaction's first write
 * (which would serialise every writer of a kommun and invite deadlocks). Writes without a kommun set (migrations) are
 * not noted.
 */
export class DataVersion1796192822188 implements MigrationInterface {
  name = 'DataVersion1796192822188';

  async up(q: QueryRunner): Promise<void> {
    await q.query("CREATE TABLE \"tenant_data_version\" (\"tenant_id\" uuid NOT NULL, \"version\" bigint NOT NULL DEFAULT '0', \"changed_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_ee434db03805868c1828baba89a\" PRIMARY KEY (\"tenant_id\"))");
    await q.query("CREATE TABLE \"tenant_data_change\" (\"id\" BIGSERIAL NOT NULL, \"tenant_id\" uuid NOT NULL, CONSTRAINT \"PK_e8232501a7c307b7da583b8b67f\" PRIMARY KEY (\"id\"))");
    await q.query("ALTER TABLE \"tenant_data_version\" ADD CONSTRAINT \"FK_ee434db03805868c1828baba89a\" FOREIGN KEY (\"tenant_id\") REFERENCES \"tenant\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await enableTenantRls(q, ['tenant_data_version', 'tenant_data_change']);

    await q.query(`CREATE FUNCTION rk_note_data_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF rk_current_tenant() IS NULL OR current_setting('app.data_changed', true) = 'on' THEN RETURN NULL; END IF;
        PERFORM set_config('app.data_changed', 'on', true);
        INSERT INTO tenant_data_change (tenant_id) VALUES (rk_current_tenant());
        RETURN NULL;
      END $$`);
    await q.query(`CREATE FUNCTION rk_bump_data_version() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO tenant_data_version AS d (tenant_id, version, changed_at)
          SELECT NEW.tenant_id, 1, now() WHERE EXISTS (SELECT 1 FROM tenant WHERE id = NEW.tenant_id)
          ON CONFLICT (tenant_id) DO UPDATE SET version = d.version + 1, changed_at = now();
        DELETE FROM tenant_data_change WHERE id = NEW.id;
        RETURN NULL;
      END $$`);
    await q.query(`CREATE CONSTRAINT TRIGGER bump_data_version AFTER INSERT ON tenant_data_change
      DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION rk_bump_data_version()`);
    await watchDataChanges(q, WATCHED);

    // The session resolver also tells the kommun's data version, so a cached view costs no transaction at all.
    await q.query(`DROP FUNCTION rk_resolve_session(text)`);
    await q.query(`CREATE FUNCTION rk_resolve_session(wanted_hash text)
      RETURNS TABLE (session_id uuid, tenant_id uuid, user_id uuid, csrf_token text, email text, display_name text, grants jsonb, data_version bigint)
      LANGUAGE plpgsql SECURITY DEFINER
      SET search_path = public, pg_temp
      AS $$
      DECLARE
        found_session user_session%ROWTYPE;
        previous_hash text := current_setting('app.session_token_hash', true);
        previous_tenant text := current_setting('app.tenant_id', true);
      BEGIN
        PERFORM set_config('app.session_token_hash', wanted_hash, true);
        SELECT * INTO found_session FROM user_session s WHERE s.token_hash = wanted_hash;
        IF FOUND AND found_session.expires_at > now() THEN
          PERFORM set_config('app.tenant_id', found_session.tenant_id::text, true);
          RETURN QUERY
            SELECT found_session.id, u.tenant_id, u.id, found_session.csrf_token, u.email, u.display_name,
                   coalesce((SELECT jsonb_agg(jsonb_build_object('role', g.role, 'orgNodeId', g.org_node_id) ORDER BY g.role, g.org_node_id)
                               FROM role_grant g WHERE g.user_id = u.id), '[]'::jsonb),
                   coalesce((SELECT v.version FROM tenant_data_version v WHERE v.tenant_id = u.tenant_id), 0)
              FROM app_user u JOIN tenant t ON t.id = u.tenant_id
             WHERE u.id = found_session.user_id AND u.active AND t.active;
        END IF;
        PERFORM set_config('app.session_token_hash', coalesce(previous_hash, ''), true);
        PERFORM set_config('app.tenant_id', coalesce(previous_tenant, ''), true);
      END $$`);
    await q.query(`REVOKE ALL ON FUNCTION rk_resolve_session(text) FROM PUBLIC`);
    await q.query(`GRANT EXECUTE ON FUNCTION rk_resolve_session(text) TO resultatkedjan_app`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP FUNCTION rk_resolve_session(text)`);
    await new SessionResolve1796191500000().up(q);
    await unwatchDataChanges(q, WATCHED);
    await q.query(`DROP TRIGGER bump_data_version ON tenant_data_change`);
    await q.query(`DROP FUNCTION rk_bump_data_version()`);
    await q.query(`DROP FUNCTION rk_note_data_change()`);
    await disableTenantRls(q, ['tenant_data_version', 'tenant_data_change']);
    await q.query("ALTER TABLE \"tenant_data_version\" DROP CONSTRAINT \"FK_ee434db03805868c1828baba89a\"");
    await q.query("DROP TABLE \"tenant_data_change\"");
    await q.query("DROP TABLE \"tenant_data_version\"");
  }
}
