import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Foundation1764000000000 implements MigrationInterface {
  name = 'Foundation1764000000000';

  async up(q: QueryRunner): Promise<void> {
    // The non-owner role the app works as; roles are cluster-wide, so tolerate it existing already.
    await q.query(`DO $$ BEGIN
      IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'resultatkedjan_app') THEN
        CREATE ROLE resultatkedjan_app NOLOGIN;
      END IF;
    EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$`);
    await q.query(`DO $$ BEGIN
      EXECUTE format('GRANT resultatkedjan_app TO %I', current_user);
    EXCEPTION WHEN others THEN NULL; END $$`);
    await q.query(`GRANT USAGE ON SCHEMA public TO resultatkedjan_app`);
    await q.query(`ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO resultatkedjan_app`);
    await q.query(`ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO resultatkedjan_app`);

    await q.query(`CREATE TABLE "system_heartbeat" ("component" text NOT NULL, "last_run_at" TIMESTAMP WITH TIME ZONE NOT NULL, "runs" integer NOT NULL DEFAULT '0', "host" text NOT NULL, CONSTRAINT "PK_system_heartbeat" PRIMARY KEY ("component"))`);
    await q.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON "system_heartbeat" TO resultatkedjan_app`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "system_heartbeat"`);
    await q.query(`ALTER DEFAULT PRIVILEGES IN SCHEMA public REVOKE SELECT, INSERT, UPDATE, DELETE ON TABLES FROM resultatkedjan_app`);
    await q.query(`ALTER DEFAULT PRIVILEGES IN SCHEMA public REVOKE USAGE, SELECT ON SEQUENCES FROM resultatkedjan_app`);
    await q.query(`REVOKE USAGE ON SCHEMA public FROM resultatkedjan_app`);
  }
}
