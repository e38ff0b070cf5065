import type { MigrationInterface, QueryRunner } from 'typeorm';
import { disableTenantRls, enableTenantRls, withForceLifted } from './support/tenant-rls.js';

/**
 * Sign-in per kommun: tenant_sso (each kommun's own OpenID provider, secret sealed), tenant.email_domains (the login
 * page finds the kommun by domain), e-mail unique per kommun instead of per installation, and rk_kommun_directory() —
 * the one narrow read of the tenant table before anyone has signed in. The cross-kommun login lookup policy goes:
 * a login now always knows its kommun first and looks the user up under that kommun's row-level security.
 */
export class KommunSignIn1796227338137 implements MigrationInterface {
  name = 'KommunSignIn1796227338137';

  async up(q: QueryRunner): Promise<void> {
    await q.query("CREATE TABLE \"tenant_sso\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"tenant_id\" uuid NOT NULL, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"display_name\" text NOT NULL, \"issuer\" text NOT NULL, \"client_id\" text NOT NULL, \"client_secret_sealed\" text NOT NULL, \"match_claim\" text NOT NULL DEFAULT 'email', \"provision_role\" text, \"provision_org_node_id\" uuid, \"enabled\" boolean NOT NULL DEFAULT true, \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"UQ_tenant_sso_tenant\" UNIQUE (\"tenant_id\"), CONSTRAINT \"PK_b9a0bee58a52f76dff349f9ec4d\" PRIMARY KEY (\"id\"))");
    await q.query("ALTER TABLE \"tenant\" ADD \"email_domains\" text array NOT NULL DEFAULT '{}'");
    await q.query("ALTER TABLE \"app_user\" DROP CONSTRAINT \"UQ_app_user_email\"");
    await q.query("ALTER TABLE \"app_user\" ADD CONSTRAINT \"UQ_app_user_tenant_email\" UNIQUE (\"tenant_id\", \"email\")");
    await q.query("ALTER TABLE \"tenant_sso\" ADD CONSTRAINT \"FK_0b8b6dfc24a42d11cb2bc92adc7\" FOREIGN KEY (\"tenant_id\") REFERENCES \"tenant\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await enableTenantRls(q, ['tenant_sso']);
    await q.query(`DROP POLICY login_lookup ON app_user`);

    // Existing kommuner keep signing in by domain: each gets the domains of its users that no other kommun's users have.
    await withForceLifted(q, ['tenant', 'app_user'], async () => {
      await q.query(`
        WITH domains AS (
          SELECT DISTINCT tenant_id, split_part(email, '@', 2) AS domain FROM app_user WHERE position('@' IN email) > 0
        ), own AS (
          SELECT d.tenant_id, d.domain FROM domains d
           WHERE NOT EXISTS (SELECT 1 FROM domains o WHERE o.domain = d.domain AND o.tenant_id <> d.tenant_id)
        )
        UPDATE tenant t SET email_domains = sub.list
          FROM (SELECT tenant_id, array_agg(domain ORDER BY domain) AS list FROM own GROUP BY tenant_id) sub
         WHERE t.id = sub.tenant_id`);
    });

    await q.query(`CREATE FUNCTION rk_kommun_directory() RETURNS TABLE (id uuid, kommunkod text, name text, email_domains text[], active boolean)
      LANGUAGE plpgsql SECURITY DEFINER
      SET search_path = public, pg_temp
      AS $$
      BEGIN
        PERFORM set_config('app.tenant_directory', 'on', true);
        RETURN QUERY SELECT t.id, t.kommunkod::text, t.name, t.email_domains, t.active FROM tenant t ORDER BY t.name, t.kommunkod;
        PERFORM set_config('app.tenant_directory', '', true);
      END $$`);
    await q.query(`REVOKE ALL ON FUNCTION rk_kommun_directory() FROM PUBLIC`);
    await q.query(`GRANT EXECUTE ON FUNCTION rk_kommun_directory() TO resultatkedjan_app`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP FUNCTION rk_kommun_directory()`);
    await q.query(`CREATE POLICY login_lookup ON app_user FOR SELECT USING (email = NULLIF(current_setting('app.login_email', true), ''))`);
    await disableTenantRls(q, ['tenant_sso']);
    await q.query("ALTER TABLE \"tenant_sso\" DROP CONSTRAINT \"FK_0b8b6dfc24a42d11cb2bc92adc7\"");
    await q.query("ALTER TABLE \"app_user\" DROP CONSTRAINT \"UQ_app_user_tenant_email\"");
    await q.query("ALTER TABLE \"app_user\" ADD CONSTRAINT \"UQ_app_user_email\" UNIQUE (\"email\")");
    await q.query("ALTER TABLE \"tenant\" DROP COLUMN \"email_domains\"");
    await q.query("DROP TABLE \"tenant_sso\"");
  }
}
