import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Failed logins counted in the database, so the limit holds across API processes and replicas. Installation-wide
 * (no kommun is known before login); keys are hashes. The app role gets its rights from the default privileges.
 */
export class LoginFailures1796203842561 implements MigrationInterface {
  name = 'LoginFailures1796203842561';

  async up(q: QueryRunner): Promise<void> {
    await q.query("CREATE TABLE \"login_failure\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"key\" text NOT NULL, \"failed_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_5df78140d5d3f4afc249d879cdf\" PRIMARY KEY (\"id\"))");
    await q.query("CREATE INDEX \"IDX_login_failure_key_time\" ON \"login_failure\"  (\"key\", \"failed_at\") ");
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query("DROP INDEX \"public\".\"IDX_login_failure_key_time\"");
    await q.query("DROP TABLE \"login_failure\"");
  }
}
