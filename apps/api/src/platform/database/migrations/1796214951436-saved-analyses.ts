import type { MigrationInterface, QueryRunner } from 'typeorm';
import { disableTenantRls, enableTenantRls } from './support/tenant-rls.js';

/** saved_analysis: the controller's analyses of a goal's ratios, shared with dialogues. */

export class SavedAnalyses1796214951436 implements MigrationInterface {
  name = 'SavedAnalyses1796214951436';

  async up(q: QueryRunner): Promise<void> {
    await q.query("CREATE TABLE \"saved_analysis\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"tenant_id\" uuid NOT NULL, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"goal_id\" uuid NOT NULL, \"period_key\" text NOT NULL, \"title\" text NOT NULL, \"body\" text NOT NULL, \"settings\" jsonb NOT NULL, \"dialogue_id\" uuid, \"created_by_user_id\" uuid, \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"version\" integer NOT NULL, CONSTRAINT \"PK_d3535b13ef0be45c9e5156498a7\" PRIMARY KEY (\"id\"))");
    await q.query("CREATE INDEX \"IDX_saved_analysis_dialogue\" ON \"saved_analysis\"  (\"tenant_id\", \"dialogue_id\") ");
    await q.query("CREATE INDEX \"IDX_saved_analysis_goal\" ON \"saved_analysis\"  (\"tenant_id\", \"goal_id\") ");
    await q.query("ALTER TABLE \"saved_analysis\" ADD CONSTRAINT \"FK_aff1beb904746bf0cbdcf79390a\" FOREIGN KEY (\"tenant_id\") REFERENCES \"tenant\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await q.query("ALTER TABLE \"saved_analysis\" ADD CONSTRAINT \"FK_40ab3411f0a49fd3a62f75d10c1\" FOREIGN KEY (\"goal_id\") REFERENCES \"goal\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await q.query("ALTER TABLE \"saved_analysis\" ADD CONSTRAINT \"FK_be562f2ab7ed4e8bcd2abfd5009\" FOREIGN KEY (\"dialogue_id\") REFERENCES \"dialogue\"(\"id\") ON DELETE SET NULL ON UPDATE NO ACTION");
    await q.query("ALTER TABLE \"saved_analysis\" ADD CONSTRAINT \"FK_6686c064d0ad95a21652b42b9e3\" FOREIGN KEY (\"created_by_user_id\") REFERENCES \"app_user\"(\"id\") ON DELETE SET NULL ON UPDATE NO ACTION");
    await enableTenantRls(q, ['saved_analysis']);
  }

  async down(q: QueryRunner): Promise<void> {
    await disableTenantRls(q, ['saved_analysis']);
    await q.query("ALTER TABLE \"saved_analysis\" DROP CONSTRAINT \"FK_6686c064d0ad95a21652b42b9e3\"");
    await q.query("ALTER TABLE \"saved_analysis\" DROP CONSTRAINT \"FK_be562f2ab7ed4e8bcd2abfd5009\"");
    await q.query("ALTER TABLE \"saved_analysis\" DROP CONSTRAINT \"FK_40ab3411f0a49fd3a62f75d10c1\"");
    await q.query("ALTER TABLE \"saved_analysis\" DROP CONSTRAINT \"FK_aff1beb904746bf0cbdcf79390a\"");
    await q.query("DROP INDEX \"public\".\"IDX_saved_analysis_goal\"");
    await q.query("DROP INDEX \"public\".\"IDX_saved_analysis_dialogue\"");
    await q.query("DROP TABLE \"saved_analysis\"");
  }
}
