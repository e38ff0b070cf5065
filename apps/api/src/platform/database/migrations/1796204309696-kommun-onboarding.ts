import type { MigrationInterface, QueryRunner } from 'typeorm';
import { disableTenantRls, enableTenantRls } from './support/tenant-rls.js';

/**
 * A kommun started by the platform operator: one-time invitations for its first users (looked up by token hash
 * before anyone is signed in, like sessions), and the operator's narrow path to the kommun directory: while a
 * platform request has set app.platform_operator_id, the tenant rows (name, kommunkod, active) are readable and the
 * active flag can change. Every other table stays closed to the operator.
 */
export class KommunOnboarding1796204309696 implements MigrationInterface {
  name = 'KommunOnboarding1796204309696';

  async up(q: QueryRunner): Promise<void> {
    await q.query("CREATE TABLE \"user_invitation\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"tenant_id\" uuid NOT NULL, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"user_id\" uuid NOT NULL, \"token_hash\" text NOT NULL, \"expires_at\" TIMESTAMP WITH TIME ZONE NOT NULL, \"used_at\" TIMESTAMP WITH TIME ZONE, CONSTRAINT \"UQ_user_invitation_token_hash\" UNIQUE (\"token_hash\"), CONSTRAINT \"PK_41026b90b70299ac5dc0183351a\" PRIMARY KEY (\"id\"))");
    await q.query("ALTER TABLE \"user_invitation\" ADD CONSTRAINT \"FK_f8b2cf3b75b304b74cae7070ea4\" FOREIGN KEY (\"tenant_id\") REFERENCES \"tenant\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await q.query("ALTER TABLE \"user_invitation\" ADD CONSTRAINT \"FK_79f68a9007a10c9fa07febc9e1c\" FOREIGN KEY (\"user_id\") REFERENCES \"app_user\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await enableTenantRls(q, ['user_invitation']);
    await q.query(`CREATE POLICY invitation_lookup ON user_invitation FOR SELECT
      USING (token_hash = NULLIF(current_setting('app.invitation_token_hash', true), ''))`);
    await q.query(`CREATE POLICY tenant_operator_read ON tenant FOR SELECT USING (rk_current_operator() IS NOT NULL)`);
    await q.query(`CREATE POLICY tenant_operator_update ON tenant FOR UPDATE
      USING (rk_current_operator() IS NOT NULL) WITH CHECK (rk_current_operator() IS NOT NULL)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP POLICY tenant_operator_update ON tenant`);
    await q.query(`DROP POLICY tenant_operator_read ON tenant`);
    await q.query(`DROP POLICY invitation_lookup ON user_invitation`);
    await disableTenantRls(q, ['user_invitation']);
    await q.query("ALTER TABLE \"user_invitation\" DROP CONSTRAINT \"FK_79f68a9007a10c9fa07febc9e1c\"");
    await q.query("ALTER TABLE \"user_invitation\" DROP CONSTRAINT \"FK_f8b2cf3b75b304b74cae7070ea4\"");
    await q.query("DROP TABLE \"user_invitation\"");
  }
}
