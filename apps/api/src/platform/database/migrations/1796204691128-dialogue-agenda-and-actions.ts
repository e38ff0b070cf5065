import type { MigrationInterface, QueryRunner } from 'typeorm';
import { disableTenantRls, enableTenantRls } from './support/tenant-rls.js';

/** dialogue_note (per agenda item) and dialogue_action (owner, due date, goal or indicator, open/closed). */

export class DialogueAgendaAndActions1796204691128 implements MigrationInterface {
  name = 'DialogueAgendaAndActions1796204691128';

  async up(q: QueryRunner): Promise<void> {
    await q.query("CREATE TABLE \"dialogue_action\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"tenant_id\" uuid NOT NULL, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"dialogue_id\" uuid NOT NULL, \"title\" text NOT NULL, \"owner_node_id\" uuid NOT NULL, \"owner_user_id\" uuid, \"due_on\" date NOT NULL, \"goal_id\" uuid, \"indicator_id\" uuid, \"status\" text NOT NULL DEFAULT 'oppen', \"closed_at\" TIMESTAMP WITH TIME ZONE, \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"version\" integer NOT NULL, CONSTRAINT \"PK_aede176424a75a4c1fdd17d9e7b\" PRIMARY KEY (\"id\"))");
    await q.query("CREATE INDEX \"IDX_dialogue_action_dialogue\" ON \"dialogue_action\"  (\"dialogue_id\") ");
    await q.query("CREATE INDEX \"IDX_dialogue_action_owner\" ON \"dialogue_action\"  (\"tenant_id\", \"owner_node_id\", \"status\") ");
    await q.query("CREATE TABLE \"dialogue_note\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"tenant_id\" uuid NOT NULL, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"dialogue_id\" uuid NOT NULL, \"item_key\" text NOT NULL, \"text\" text NOT NULL, \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"UQ_dialogue_note_item\" UNIQUE (\"dialogue_id\", \"item_key\"), CONSTRAINT \"PK_595931142d2ded3b0d49b04bbc0\" PRIMARY KEY (\"id\"))");
    await q.query("ALTER TABLE \"dialogue_action\" ADD CONSTRAINT \"FK_c6a61eab7f84a5a3e5c7e8020a1\" FOREIGN KEY (\"tenant_id\") REFERENCES \"tenant\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await q.query("ALTER TABLE \"dialogue_action\" ADD CONSTRAINT \"FK_cea69928155bda90a68b55ae9fb\" FOREIGN KEY (\"dialogue_id\") REFERENCES \"dialogue\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await q.query("ALTER TABLE \"dialogue_action\" ADD CONSTRAINT \"FK_b27cff7f7e0115d428d35811b17\" FOREIGN KEY (\"owner_node_id\") REFERENCES \"org_node\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await q.query("ALTER TABLE \"dialogue_action\" ADD CONSTRAINT \"FK_f2155c147e54ab255e330baba6e\" FOREIGN KEY (\"owner_user_id\") REFERENCES \"app_user\"(\"id\") ON DELETE SET NULL ON UPDATE NO ACTION");
    await q.query("ALTER TABLE \"dialogue_action\" ADD CONSTRAINT \"FK_007e68cab994b17f9176ef79396\" FOREIGN KEY (\"goal_id\") REFERENCES \"goal\"(\"id\") ON DELETE SET NULL ON UPDATE NO ACTION");
    await q.query("ALTER TABLE \"dialogue_action\" ADD CONSTRAINT \"FK_c5d320ec27e73c1ebe687565722\" FOREIGN KEY (\"indicator_id\") REFERENCES \"indicator\"(\"id\") ON DELETE SET NULL ON UPDATE NO ACTION");
    await q.query("ALTER TABLE \"dialogue_note\" ADD CONSTRAINT \"FK_fb2314f09afe216ea50be569219\" FOREIGN KEY (\"tenant_id\") REFERENCES \"tenant\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await q.query("ALTER TABLE \"dialogue_note\" ADD CONSTRAINT \"FK_b24687d2d085993221701d558c1\" FOREIGN KEY (\"dialogue_id\") REFERENCES \"dialogue\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await enableTenantRls(q, ['dialogue_note', 'dialogue_action']);
  }

  async down(q: QueryRunner): Promise<void> {
    await disableTenantRls(q, ['dialogue_note', 'dialogue_action']);
    await q.query("ALTER TABLE \"dialogue_note\" DROP CONSTRAINT \"FK_b24687d2d085993221701d558c1\"");
    await q.query("ALTER TABLE \"dialogue_note\" DROP CONSTRAINT \"FK_fb2314f09afe216ea50be569219\"");
    await q.query("ALTER TABLE \"dialogue_action\" DROP CONSTRAINT \"FK_c5d320ec27e73c1ebe687565722\"");
    await q.query("ALTER TABLE \"dialogue_action\" DROP CONSTRAINT \"FK_007e68cab994b17f9176ef79396\"");
    await q.query("ALTER TABLE \"dialogue_action\" DROP CONSTRAINT \"FK_f2155c147e54ab255e330baba6e\"");
    await q.query("ALTER TABLE \"dialogue_action\" DROP CONSTRAINT \"FK_b27cff7f7e0115d428d35811b17\"");
    await q.query("ALTER TABLE \"dialogue_action\" DROP CONSTRAINT \"FK_cea69928155bda90a68b55ae9fb\"");
    await q.query("ALTER TABLE \"dialogue_action\" DROP CONSTRAINT \"FK_c6a61eab7f84a5a3e5c7e8020a1\"");
    await q.query("DROP TABLE \"dialogue_note\"");
    await q.query("DROP INDEX \"public\".\"IDX_dialogue_action_owner\"");
    await q.query("DROP INDEX \"public\".\"IDX_dialogue_action_dialogue\"");
    await q.query("DROP TABLE \"dialogue_action\"");
  }
}
