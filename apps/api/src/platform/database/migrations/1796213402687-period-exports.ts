import type { MigrationInterface, QueryRunner } from 'typeorm';
import { disableTenantRls, enableTenantRls } from './support/tenant-rls.js';

/** period_export: årsredovisning and delårsrapport exports of locked periods, with their files. */

export class PeriodExports1796213402687 implements MigrationInterface {
  name = 'PeriodExports1796213402687';

  async up(q: QueryRunner): Promise<void> {
    await q.query("CREATE TABLE \"period_export\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"tenant_id\" uuid NOT NULL, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"period_id\" uuid NOT NULL, \"format\" text NOT NULL, \"status\" text NOT NULL DEFAULT 'koad', \"progress\" integer NOT NULL DEFAULT '0', \"file_name\" text NOT NULL, \"content_type\" text NOT NULL, \"data\" bytea, \"size_bytes\" integer, \"content_hash\" text, \"error\" text, \"created_by_user_id\" uuid, \"finished_at\" TIMESTAMP WITH TIME ZONE, CONSTRAINT \"PK_203b6544c26895c9311991ef66e\" PRIMARY KEY (\"id\"))");
    await q.query("CREATE INDEX \"IDX_period_export_period\" ON \"period_export\"  (\"tenant_id\", \"period_id\") ");
    await q.query("ALTER TABLE \"period_export\" ADD CONSTRAINT \"FK_f5992f04e7ea6b6b0ade5214c3a\" FOREIGN KEY (\"tenant_id\") REFERENCES \"tenant\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await q.query("ALTER TABLE \"period_export\" ADD CONSTRAINT \"FK_c9ac9110162589c16e42192bf8b\" FOREIGN KEY (\"period_id\") REFERENCES \"follow_up_period\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await q.query("ALTER TABLE \"period_export\" ADD CONSTRAINT \"FK_aab7c2998cb03f3cdf2906c9acf\" FOREIGN KEY (\"created_by_user_id\") REFERENCES \"app_user\"(\"id\") ON DELETE SET NULL ON UPDATE NO ACTION");
    await enableTenantRls(q, ['period_export']);
  }

  async down(q: QueryRunner): Promise<void> {
    await disableTenantRls(q, ['period_export']);
    await q.query("ALTER TABLE \"period_export\" DROP CONSTRAINT \"FK_aab7c2998cb03f3cdf2906c9acf\"");
    await q.query("ALTER TABLE \"period_export\" DROP CONSTRAINT \"FK_c9ac9110162589c16e42192bf8b\"");
    await q.query("ALTER TABLE \"period_export\" DROP CONSTRAINT \"FK_f5992f04e7ea6b6b0ade5214c3a\"");
    await q.query("DROP INDEX \"public\".\"IDX_period_export_period\"");
    await q.query("DROP TABLE \"period_export\"");
  }
}
