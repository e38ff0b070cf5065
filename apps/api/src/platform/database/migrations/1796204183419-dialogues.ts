import type { MigrationInterface, QueryRunner } from 'typeorm';
import { disableTenantRls, enableTenantRls } from './support/tenant-rls.js';

/** dialogue: analysis dialogues and ägardialoger per org node and period. */
export class Dialogues1796204183419 implements MigrationInterface {
  name = 'Dialogues1796204183419';

  async up(q: QueryRunner): Promise<void> {
    await q.query("CREATE TABLE \"dialogue\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"tenant_id\" uuid NOT NULL, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"org_node_id\" uuid NOT NULL, \"period_id\" uuid NOT NULL, \"kind\" text NOT NULL, \"title\" text NOT NULL, \"held_on\" date NOT NULL, \"status\" text NOT NULL DEFAULT 'planerad', \"participants\" jsonb NOT NULL DEFAULT '[]', \"convener_user_id\" uuid, \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"version\" integer NOT NULL, CONSTRAINT \"PK_e742520a0b1b2066125a8829e5f\" PRIMARY KEY (\"id\"))");
    await q.query("CREATE INDEX \"IDX_dialogue_period\" ON \"dialogue\"  (\"tenant_id\", \"period_id\") ");
    await q.query("ALTER TABLE \"dialogue\" ADD CONSTRAINT \"FK_700fc9a0b49727e9447387c9bde\" FOREIGN KEY (\"tenant_id\") REFERENCES \"tenant\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await q.query("ALTER TABLE \"dialogue\" ADD CONSTRAINT \"FK_fc450384dd2ce819d4b09042405\" FOREIGN KEY (\"org_node_id\") REFERENCES \"org_node\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await q.query("ALTER TABLE \"dialogue\" ADD CONSTRAINT \"FK_fbdbc7dd36663d1cd6e84e27625\" FOREIGN KEY (\"period_id\") REFERENCES \"follow_up_period\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await q.query("ALTER TABLE \"dialogue\" ADD CONSTRAINT \"FK_c61a6201ade1dbede6192ac984e\" FOREIGN KEY (\"convener_user_id\") REFERENCES \"app_user\"(\"id\") ON DELETE SET NULL ON UPDATE NO ACTION");
    await enableTenantRls(q, ['dialogue']);
  }

  async down(q: QueryRunner): Promise<void> {
    await disableTenantRls(q, ['dialogue']);
    await q.query("ALTER TABLE \"dialogue\" DROP CONSTRAINT \"FK_c61a6201ade1dbede6192ac984e\"");
    await q.query("ALTER TABLE \"dialogue\" DROP CONSTRAINT \"FK_fbdbc7dd36663d1cd6e84e27625\"");
    await q.query("ALTER TABLE \"dialogue\" DROP CONSTRAINT \"FK_fc450384dd2ce819d4b09042405\"");
    await q.query("ALTER TABLE \"dialogue\" DROP CONSTRAINT \"FK_700fc9a0b49727e9447387c9bde\"");
    await q.query("DROP INDEX \"public\".\"IDX_dialogue_period\"");
    await q.query("DROP TABLE \"dialogue\"");
  }
}
