import type { MigrationInterface, QueryRunner } from 'typeorm';
import { disableTenantRls, enableTenantRls } from './support/tenant-rls.js';

/** goal_assessment: the förvaltning's, nämnd's and KS's judgements of a goal per period (not read by cached views, so not watched). */
export class GoalAssessments1796203692827 implements MigrationInterface {
  name = 'GoalAssessments1796203692827';

  async up(q: QueryRunner): Promise<void> {
    await q.query("CREATE TABLE \"goal_assessment\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"tenant_id\" uuid NOT NULL, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"goal_id\" uuid NOT NULL, \"period_id\" uuid NOT NULL, \"tier\" text NOT NULL, \"org_node_id\" uuid NOT NULL, \"level\" integer NOT NULL, \"justification\" text NOT NULL, \"proposed_level\" integer NOT NULL, \"assessed_by_user_id\" uuid, \"assessed_at\" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT \"UQ_goal_assessment\" UNIQUE (\"goal_id\", \"period_id\", \"tier\", \"org_node_id\"), CONSTRAINT \"PK_ea15579b6edad07b5612e5c4293\" PRIMARY KEY (\"id\"))");
    await q.query("CREATE INDEX \"IDX_goal_assessment_period\" ON \"goal_assessment\"  (\"tenant_id\", \"period_id\") ");
    await q.query("ALTER TABLE \"goal_assessment\" ADD CONSTRAINT \"FK_92d3d7292eaad38819da3b2e0fe\" FOREIGN KEY (\"tenant_id\") REFERENCES \"tenant\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await q.query("ALTER TABLE \"goal_assessment\" ADD CONSTRAINT \"FK_4bdd2a04b53235e6179810e7934\" FOREIGN KEY (\"goal_id\") REFERENCES \"goal\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await q.query("ALTER TABLE \"goal_assessment\" ADD CONSTRAINT \"FK_bb57f0d6cd75171ae41643c3382\" FOREIGN KEY (\"period_id\") REFERENCES \"follow_up_period\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await q.query("ALTER TABLE \"goal_assessment\" ADD CONSTRAINT \"FK_759e5b9f7a92b2576f41066d5b1\" FOREIGN KEY (\"org_node_id\") REFERENCES \"org_node\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await q.query("ALTER TABLE \"goal_assessment\" ADD CONSTRAINT \"FK_330effcff467b1e66ea0f4b4bfd\" FOREIGN KEY (\"assessed_by_user_id\") REFERENCES \"app_user\"(\"id\") ON DELETE SET NULL ON UPDATE NO ACTION");
    await enableTenantRls(q, ['goal_assessment']);
  }

  async down(q: QueryRunner): Promise<void> {
    await disableTenantRls(q, ['goal_assessment']);
    await q.query("ALTER TABLE \"goal_assessment\" DROP CONSTRAINT \"FK_330effcff467b1e66ea0f4b4bfd\"");
    await q.query("ALTER TABLE \"goal_assessment\" DROP CONSTRAINT \"FK_759e5b9f7a92b2576f41066d5b1\"");
    await q.query("ALTER TABLE \"goal_assessment\" DROP CONSTRAINT \"FK_bb57f0d6cd75171ae41643c3382\"");
    await q.query("ALTER TABLE \"goal_assessment\" DROP CONSTRAINT \"FK_4bdd2a04b53235e6179810e7934\"");
    await q.query("ALTER TABLE \"goal_assessment\" DROP CONSTRAINT \"FK_92d3d7292eaad38819da3b2e0fe\"");
    await q.query("DROP INDEX \"public\".\"IDX_goal_assessment_period\"");
    await q.query("DROP TABLE \"goal_assessment\"");
  }
}
