import type { MigrationInterface, QueryRunner } from 'typeorm';
import { disableTenantRls, enableTenantRls } from './support/tenant-rls.js';

/** goal_circulation and goal_comment (remiss of draft goals, R-38) and uppdrag (assignments beside goals, R-1). */

export class GoalCirculationAndUppdrag1796213433920 implements MigrationInterface {
  name = 'GoalCirculationAndUppdrag1796213433920';

  async up(q: QueryRunner): Promise<void> {
    await q.query("CREATE TABLE \"goal_circulation\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"tenant_id\" uuid NOT NULL, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"goal_id\" uuid NOT NULL, \"sent_by\" uuid, \"sent_by_name\" text NOT NULL, \"due_on\" date, \"message\" text NOT NULL DEFAULT '', \"sent_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"UQ_goal_circulation_goal\" UNIQUE (\"goal_id\"), CONSTRAINT \"PK_a8e915477f5bb41786b5583cd75\" PRIMARY KEY (\"id\"))");
    await q.query("CREATE TABLE \"goal_comment\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"tenant_id\" uuid NOT NULL, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"goal_id\" uuid NOT NULL, \"author_user_id\" uuid, \"author_name\" text NOT NULL, \"org_node_id\" uuid NOT NULL, \"text\" text NOT NULL, CONSTRAINT \"PK_f8dc447ec64e758aa8d19bd66c1\" PRIMARY KEY (\"id\"))");
    await q.query("CREATE INDEX \"IDX_goal_comment_goal\" ON \"goal_comment\"  (\"goal_id\", \"created_at\") ");
    await q.query("CREATE TABLE \"uppdrag\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"tenant_id\" uuid NOT NULL, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"title\" text NOT NULL, \"description\" text NOT NULL DEFAULT '', \"issuer_node_id\" uuid NOT NULL, \"owner_node_id\" uuid NOT NULL, \"goal_id\" uuid, \"year\" integer NOT NULL, \"deadline\" date, \"status\" text NOT NULL DEFAULT 'ej_paborjat', \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"version\" integer NOT NULL DEFAULT '1', CONSTRAINT \"PK_7b8d7fe572eb3f923af1f06c1a2\" PRIMARY KEY (\"id\"))");
    await q.query("CREATE INDEX \"IDX_uppdrag_year_owner\" ON \"uppdrag\"  (\"tenant_id\", \"year\", \"owner_node_id\") ");
    await q.query("ALTER TABLE \"goal_circulation\" ADD CONSTRAINT \"FK_4da090aaad719b39cd1e7470a77\" FOREIGN KEY (\"tenant_id\") REFERENCES \"tenant\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await q.query("ALTER TABLE \"goal_circulation\" ADD CONSTRAINT \"FK_d84feeb43a4fb56d453419da5b6\" FOREIGN KEY (\"goal_id\") REFERENCES \"goal\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await q.query("ALTER TABLE \"goal_circulation\" ADD CONSTRAINT \"FK_affd7884b1d5ec41af19b81af8f\" FOREIGN KEY (\"sent_by\") REFERENCES \"app_user\"(\"id\") ON DELETE SET NULL ON UPDATE NO ACTION");
    await q.query("ALTER TABLE \"goal_comment\" ADD CONSTRAINT \"FK_495a019a45403914b255846baba\" FOREIGN KEY (\"tenant_id\") REFERENCES \"tenant\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await q.query("ALTER TABLE \"goal_comment\" ADD CONSTRAINT \"FK_8ab792aa35c3221588235c42c06\" FOREIGN KEY (\"goal_id\") REFERENCES \"goal\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await q.query("ALTER TABLE \"goal_comment\" ADD CONSTRAINT \"FK_5e84f1a56540a95afd72fced37e\" FOREIGN KEY (\"author_user_id\") REFERENCES \"app_user\"(\"id\") ON DELETE SET NULL ON UPDATE NO ACTION");
    await q.query("ALTER TABLE \"goal_comment\" ADD CONSTRAINT \"FK_c1d76df738a01c3cb66fcf4a94d\" FOREIGN KEY (\"org_node_id\") REFERENCES \"org_node\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await q.query("ALTER TABLE \"uppdrag\" ADD CONSTRAINT \"FK_6627f9f5cde27c8af9f0594857c\" FOREIGN KEY (\"tenant_id\") REFERENCES \"tenant\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await q.query("ALTER TABLE \"uppdrag\" ADD CONSTRAINT \"FK_61a900be5f4c8ad521a6beedfdb\" FOREIGN KEY (\"issuer_node_id\") REFERENCES \"org_node\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await q.query("ALTER TABLE \"uppdrag\" ADD CONSTRAINT \"FK_cde6575535bb9c631866bc317bd\" FOREIGN KEY (\"owner_node_id\") REFERENCES \"org_node\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await q.query("ALTER TABLE \"uppdrag\" ADD CONSTRAINT \"FK_a651e7b368476150ad6a5458ab4\" FOREIGN KEY (\"goal_id\") REFERENCES \"goal\"(\"id\") ON DELETE SET NULL ON UPDATE NO ACTION");
    await enableTenantRls(q, ['goal_circulation', 'goal_comment', 'uppdrag']);
  }

  async down(q: QueryRunner): Promise<void> {
    await disableTenantRls(q, ['goal_circulation', 'goal_comment', 'uppdrag']);
    await q.query("ALTER TABLE \"uppdrag\" DROP CONSTRAINT \"FK_a651e7b368476150ad6a5458ab4\"");
    await q.query("ALTER TABLE \"uppdrag\" DROP CONSTRAINT \"FK_cde6575535bb9c631866bc317bd\"");
    await q.query("ALTER TABLE \"uppdrag\" DROP CONSTRAINT \"FK_61a900be5f4c8ad521a6beedfdb\"");
    await q.query("ALTER TABLE \"uppdrag\" DROP CONSTRAINT \"FK_6627f9f5cde27c8af9f0594857c\"");
    await q.query("ALTER TABLE \"goal_comment\" DROP CONSTRAINT \"FK_c1d76df738a01c3cb66fcf4a94d\"");
    await q.query("ALTER TABLE \"goal_comment\" DROP CONSTRAINT \"FK_5e84f1a56540a95afd72fced37e\"");
    await q.query("ALTER TABLE \"goal_comment\" DROP CONSTRAINT \"FK_8ab792aa35c3221588235c42c06\"");
    await q.query("ALTER TABLE \"goal_comment\" DROP CONSTRAINT \"FK_495a019a45403914b255846baba\"");
    await q.query("ALTER TABLE \"goal_circulation\" DROP CONSTRAINT \"FK_affd7884b1d5ec41af19b81af8f\"");
    await q.query("ALTER TABLE \"goal_circulation\" DROP CONSTRAINT \"FK_d84feeb43a4fb56d453419da5b6\"");
    await q.query("ALTER TABLE \"goal_circulation\" DROP CONSTRAINT \"FK_4da090aaad719b39cd1e7470a77\"");
    await q.query("DROP INDEX \"public\".\"IDX_uppdrag_year_owner\"");
    await q.query("DROP TABLE \"uppdrag\"");
    await q.query("DROP INDEX \"public\".\"IDX_goal_comment_goal\"");
    await q.query("DROP TABLE \"goal_comment\"");
    await q.query("DROP TABLE \"goal_circulation\"");
  }
}
