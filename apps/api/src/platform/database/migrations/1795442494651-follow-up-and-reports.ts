import type { MigrationInterface, QueryRunner } from 'typeorm';

const TENANT_TABLES = [
  'follow_up_calendar',
  'follow_up_period',
  'period_snapshot',
  'report',
  'report_goal_assessment',
  'report_attachment',
  'notification',
  'job_run',
];

/** Follow-up calendar, periods, snapshots, reports, notifications and job runs, all under row-level security. */
export class FollowUpAndReports1795442494651 implements MigrationInterface {
  name = 'FollowUpAndReports1795442494651';

  async up(q: QueryRunner): Promise<void> {
    await q.query("CREATE TABLE \"follow_up_calendar\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"tenant_id\" uuid NOT NULL, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"year\" integer NOT NULL, \"template\" jsonb NOT NULL, \"reminder_days\" integer array NOT NULL DEFAULT '{7,2}', \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"UQ_follow_up_calendar_year\" UNIQUE (\"tenant_id\", \"year\"), CONSTRAINT \"PK_233d67917a5014237a8d75ba166\" PRIMARY KEY (\"id\"))");
    await q.query("CREATE TABLE \"follow_up_period\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"tenant_id\" uuid NOT NULL, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"calendar_id\" uuid NOT NULL, \"period_key\" text NOT NULL, \"kind\" text NOT NULL, \"covers_from\" date NOT NULL, \"covers_to\" date NOT NULL, \"opens_on\" date NOT NULL, \"deadline\" date NOT NULL, \"review_deadline\" date NOT NULL, \"locks_on\" date NOT NULL, \"status\" text NOT NULL DEFAULT 'planerad', \"opened_at\" TIMESTAMP WITH TIME ZONE, \"locked_at\" TIMESTAMP WITH TIME ZONE, CONSTRAINT \"UQ_follow_up_period_key\" UNIQUE (\"tenant_id\", \"period_key\"), CONSTRAINT \"PK_6cc3b2f70ee10e3a7405ca00710\" PRIMARY KEY (\"id\"))");
    await q.query("CREATE INDEX \"IDX_follow_up_period_dates\" ON \"follow_up_period\"  (\"tenant_id\", \"opens_on\") ");
    await q.query("CREATE TABLE \"period_snapshot\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"tenant_id\" uuid NOT NULL, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"period_id\" uuid NOT NULL, \"data\" jsonb NOT NULL, CONSTRAINT \"UQ_period_snapshot_period\" UNIQUE (\"tenant_id\", \"period_id\"), CONSTRAINT \"PK_b7956bbb4275e56fda8a1746c6d\" PRIMARY KEY (\"id\"))");
    await q.query("CREATE TABLE \"report\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"tenant_id\" uuid NOT NULL, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"org_node_id\" uuid NOT NULL, \"period_id\" uuid NOT NULL, \"status\" text NOT NULL DEFAULT 'utkast', \"submitted_at\" TIMESTAMP WITH TIME ZONE, \"submitted_by\" uuid, \"decided_at\" TIMESTAMP WITH TIME ZONE, \"decided_by\" uuid, \"return_comment\" text, \"reopen_reason\" text, \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"version\" integer NOT NULL DEFAULT '1', CONSTRAINT \"UQ_report_node_period\" UNIQUE (\"tenant_id\", \"org_node_id\", \"period_id\"), CONSTRAINT \"PK_99e4d0bea58cba73c57f935a546\" PRIMARY KEY (\"id\"))");
    await q.query("CREATE TABLE \"report_goal_assessment\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"tenant_id\" uuid NOT NULL, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"report_id\" uuid NOT NULL, \"goal_id\" uuid NOT NULL, \"what_happened\" text NOT NULL DEFAULT '', \"why\" text NOT NULL DEFAULT '', \"next_steps\" text NOT NULL DEFAULT '', \"self_level\" integer, \"self_justification\" text NOT NULL DEFAULT '', CONSTRAINT \"UQ_report_goal_assessment\" UNIQUE (\"report_id\", \"goal_id\"), CONSTRAINT \"PK_c23f734c58e9a7e2f6838740ede\" PRIMARY KEY (\"id\"))");
    await q.query("CREATE TABLE \"report_attachment\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"tenant_id\" uuid NOT NULL, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"report_id\" uuid NOT NULL, \"filename\" text NOT NULL, \"content_type\" text NOT NULL, \"size_bytes\" integer NOT NULL, \"data\" bytea NOT NULL, \"uploaded_by\" uuid, CONSTRAINT \"PK_0e5e0eca753a0c7e367a1249dfc\" PRIMARY KEY (\"id\"))");
    await q.query("CREATE TABLE \"notification\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"tenant_id\" uuid NOT NULL, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"dedupe_key\" text NOT NULL, \"kind\" text NOT NULL, \"recipient_user_id\" uuid, \"recipient_email\" text NOT NULL, \"subject\" text NOT NULL, \"body\" text NOT NULL, \"channel\" text NOT NULL, \"sent_at\" TIMESTAMP WITH TIME ZONE, \"period_id\" uuid, CONSTRAINT \"UQ_notification_dedupe\" UNIQUE (\"tenant_id\", \"dedupe_key\"), CONSTRAINT \"PK_705b6c7cdf9b2c2ff7ac7872cb7\" PRIMARY KEY (\"id\"))");
    await q.query("CREATE INDEX \"IDX_notification_recipient\" ON \"notification\"  (\"tenant_id\", \"recipient_user_id\") ");
    await q.query("CREATE TABLE \"job_run\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"tenant_id\" uuid NOT NULL, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"job_key\" text NOT NULL, \"job_name\" text NOT NULL, \"period_id\" uuid, \"status\" text NOT NULL, \"attempts\" integer NOT NULL DEFAULT '1', \"started_at\" TIMESTAMP WITH TIME ZONE NOT NULL, \"finished_at\" TIMESTAMP WITH TIME ZONE, \"error\" text, \"result\" jsonb, CONSTRAINT \"UQ_job_run_key\" UNIQUE (\"tenant_id\", \"job_key\"), CONSTRAINT \"PK_96fe0b041b8bc157dcec25bd8ef\" PRIMARY KEY (\"id\"))");
    await q.query("CREATE INDEX \"IDX_job_run_period\" ON \"job_run\"  (\"tenant_id\", \"period_id\") ");
    await q.query("ALTER TABLE \"follow_up_calendar\" ADD CONSTRAINT \"FK_4871f6e9e8c7e3d0ab743f5abb4\" FOREIGN KEY (\"tenant_id\") REFERENCES \"tenant\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await q.query("ALTER TABLE \"follow_up_period\" ADD CONSTRAINT \"FK_e5f8fb8164306f53818373dcc58\" FOREIGN KEY (\"tenant_id\") REFERENCES \"tenant\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await q.query("ALTER TABLE \"follow_up_period\" ADD CONSTRAINT \"FK_a3b81ff163333ff5b7f3696dade\" FOREIGN KEY (\"calendar_id\") REFERENCES \"follow_up_calendar\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await q.query("ALTER TABLE \"period_snapshot\" ADD CONSTRAINT \"FK_5a62ebd6fa848b2a8a4f141f826\" FOREIGN KEY (\"tenant_id\") REFERENCES \"tenant\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await q.query("ALTER TABLE \"period_snapshot\" ADD CONSTRAINT \"FK_396762fd5c149a0122b6a921cff\" FOREIGN KEY (\"period_id\") REFERENCES \"follow_up_period\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await q.query("ALTER TABLE \"report\" ADD CONSTRAINT \"FK_6189bddb9260bb5bcced46645ab\" FOREIGN KEY (\"tenant_id\") REFERENCES \"tenant\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await q.query("ALTER TABLE \"report\" ADD CONSTRAINT \"FK_4f7ae945e9c08410f55f4254e98\" FOREIGN KEY (\"org_node_id\") REFERENCES \"org_node\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await q.query("ALTER TABLE \"report\" ADD CONSTRAINT \"FK_23d15391d7b6c85a39b413c0daa\" FOREIGN KEY (\"period_id\") REFERENCES \"follow_up_period\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await q.query("ALTER TABLE \"report_goal_assessment\" ADD CONSTRAINT \"FK_1dcbe5b56367cd8de915bb10f25\" FOREIGN KEY (\"tenant_id\") REFERENCES \"tenant\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await q.query("ALTER TABLE \"report_goal_assessment\" ADD CONSTRAINT \"FK_42953702295eb6ff3c2a087488b\" FOREIGN KEY (\"report_id\") REFERENCES \"report\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await q.query("ALTER TABLE \"report_goal_assessment\" ADD CONSTRAINT \"FK_1667c9923c4573ede18a0077e46\" FOREIGN KEY (\"goal_id\") REFERENCES \"goal\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await q.query("ALTER TABLE \"report_attachment\" ADD CONSTRAINT \"FK_88d564c7d4527aafc3f723f53c1\" FOREIGN KEY (\"tenant_id\") REFERENCES \"tenant\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await q.query("ALTER TABLE \"report_attachment\" ADD CONSTRAINT \"FK_2e7020b832424fe6ee6f3f6c9f2\" FOREIGN KEY (\"report_id\") REFERENCES \"report\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await q.query("ALTER TABLE \"notification\" ADD CONSTRAINT \"FK_90159456567292d863070717e35\" FOREIGN KEY (\"tenant_id\") REFERENCES \"tenant\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await q.query("ALTER TABLE \"job_run\" ADD CONSTRAINT \"FK_c738134052cb704978cf464c2ca\" FOREIGN KEY (\"tenant_id\") REFERENCES \"tenant\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    for (const table of TENANT_TABLES) {
      await q.query(`ALTER TABLE ${table} ENABLE ROW LEVEL SECURITY`);
      await q.query(`ALTER TABLE ${table} FORCE ROW LEVEL SECURITY`);
      await q.query(
        `CREATE POLICY tenant_isolation ON ${table} USING (tenant_id = rk_current_tenant()) WITH CHECK (tenant_id = rk_current_tenant())`,
      );
      await q.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON ${table} TO resultatkedjan_app`);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of TENANT_TABLES) await q.query(`DROP POLICY tenant_isolation ON ${table}`);
    await q.query("ALTER TABLE \"job_run\" DROP CONSTRAINT \"FK_c738134052cb704978cf464c2ca\"");
    await q.query("ALTER TABLE \"notification\" DROP CONSTRAINT \"FK_90159456567292d863070717e35\"");
    await q.query("ALTER TABLE \"report_attachment\" DROP CONSTRAINT \"FK_2e7020b832424fe6ee6f3f6c9f2\"");
    await q.query("ALTER TABLE \"report_attachment\" DROP CONSTRAINT \"FK_88d564c7d4527aafc3f723f53c1\"");
    await q.query("ALTER TABLE \"report_goal_assessment\" DROP CONSTRAINT \"FK_1667c9923c4573ede18a0077e46\"");
    await q.query("ALTER TABLE \"report_goal_assessment\" DROP CONSTRAINT \"FK_42953702295eb6ff3c2a087488b\"");
    await q.query("ALTER TABLE \"report_goal_assessment\" DROP CONSTRAINT \"FK_1dcbe5b56367cd8de915bb10f25\"");
    await q.query("ALTER TABLE \"report\" DROP CONSTRAINT \"FK_23d15391d7b6c85a39b413c0daa\"");
    await q.query("ALTER TABLE \"report\" DROP CONSTRAINT \"FK_4f7ae945e9c08410f55f4254e98\"");
    await q.query("ALTER TABLE \"report\" DROP CONSTRAINT \"FK_6189bddb9260bb5bcced46645ab\"");
    await q.query("ALTER TABLE \"period_snapshot\" DROP CONSTRAINT \"FK_396762fd5c149a0122b6a921cff\"");
    await q.query("ALTER TABLE \"period_snapshot\" DROP CONSTRAINT \"FK_5a62ebd6fa848b2a8a4f141f826\"");
    await q.query("ALTER TABLE \"follow_up_period\" DROP CONSTRAINT \"FK_a3b81ff163333ff5b7f3696dade\"");
    await q.query("ALTER TABLE \"follow_up_period\" DROP CONSTRAINT \"FK_e5f8fb8164306f53818373dcc58\"");
    await q.query("ALTER TABLE \"follow_up_calendar\" DROP CONSTRAINT \"FK_4871f6e9e8c7e3d0ab743f5abb4\"");
    await q.query("DROP INDEX \"public\".\"IDX_job_run_period\"");
    await q.query("DROP TABLE \"job_run\"");
    await q.query("DROP INDEX \"public\".\"IDX_notification_recipient\"");
    await q.query("DROP TABLE \"notification\"");
    await q.query("DROP TABLE \"report_attachment\"");
    await q.query("DROP TABLE \"report_goal_assessment\"");
    await q.query("DROP TABLE \"report\"");
    await q.query("DROP TABLE \"period_snapshot\"");
    await q.query("DROP INDEX \"public\".\"IDX_follow_up_period_dates\"");
    await q.query("DROP TABLE \"follow_up_period\"");
    await q.query("DROP TABLE \"follow_up_calendar\"");
  }
}
