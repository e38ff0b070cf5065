import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * rk_resolve_session(token_hash): who is calling, in ONE statement. Every authenticated request used to open a
 * transaction of about eight statements (settings, role, session, user, tenant, grants) before its endpoint opened
 * another. The function reads the same rows under the same policies: it sets the session lookup first, then the
 * kommun the session belongs to, and restores both settings before returning (it runs outside the caller's
 * transactions, but must not leave a kommun set if called inside one).
 *
 * SECURITY DEFINER runs it as the table owner, which FORCE ROW LEVEL SECURITY filters like the app role, so it sees
 * nothing the settings do not open. Returns no row for an unknown or expired session, an inactive user or kommun.
 */
export class SessionResolve1796191500000 implements MigrationInterface {
  name = 'SessionResolve1796191500000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE FUNCTION rk_resolve_session(wanted_hash text)
      RETURNS TABLE (session_id uuid, tenant_id uuid, user_id uuid, csrf_token text, email text, display_name text, grants jsonb)
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
                               FROM role_grant g WHERE g.user_id = u.id), '[]'::jsonb)
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
  }
}
