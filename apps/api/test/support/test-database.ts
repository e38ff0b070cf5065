import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { startEmbeddedPostgres } from '../../src/platform/embedded/embedded-postgres.js';
import { migrateDatabase } from '../../src/platform/database/migrate.js';
import { APP_DB_ROLE } from '../../src/platform/database/app-role.js';

export interface TestDatabase {
  mode: 'embedded' | 'server';
  /** URL of the app's login role (not the owner). */
  appUrl: string;
  ownerUrl: string;
  dataDir: string;
  /** A backup as an operator takes it: PGlite's online dump (tar.gz of the data folder) or `pg_dump -Fc`. */
  backup(file: string): Promise<void>;
  drop(): Promise<void>;
}

/**
 * A fresh, migrated database for one test file: embedded PGlite in a temp folder, or a newly
 * created database on the PostgreSQL at TEST_DATABASE_URL with its own non-owner login role.
 */
export async function createTestDatabase(options: { serverUrl?: string; queueOnPostgres?: boolean } = {}): Promise<TestDatabase> {
  const serverUrl = options.serverUrl ?? process.env.TEST_DATABASE_URL;
  const queueOnPostgres = options.queueOnPostgres ?? !process.env.TEST_REDIS_URL;
  const dataDir = mkdtempSync(join(tmpdir(), 'rk-test-'));
  if (!serverUrl) {
    const embedded = await startEmbeddedPostgres({ dataDir });
    await migrateDatabase({ url: embedded.url, queueOnPostgres });
    return {
      mode: 'embedded',
      appUrl: embedded.url,
      ownerUrl: embedded.url,
      dataDir,
      backup: (file) => embedded.backup(file),
      drop: async () => {
        await embedded.stop();
        rmSync(dataDir, { recursive: true, force: true });
      },
    };
  }

  const suffix = randomBytes(5).toString('hex');
  const database = `rk_test_${suffix}`;
  const loginRole = `rk_test_app_${suffix}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${database}`);
  await admin.query(`CREATE ROLE ${loginRole} LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE`);
  await admin.end();

  const ownerUrl = withDatabase(serverUrl, database);
  await migrateDatabase({ url: ownerUrl, queueOnPostgres });
  const owner = new pg.Client({ connectionString: ownerUrl });
  await owner.connect();
  await owner.query(`GRANT ${APP_DB_ROLE} TO ${loginRole}`);
  await owner.end();

  const appUrl = withUser(ownerUrl, loginRole);
  return {
    mode: 'server',
    appUrl,
    ownerUrl,
    dataDir,
    backup: async (file) => {
      execFileSync('pg_dump', ['--format=custom', `--file=${file}`, ownerUrl]);
    },
    drop: async () => {
      const cleanup = new pg.Client({ connectionString: serverUrl });
      await cleanup.connect();
      await cleanup.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
      await cleanup.query(`DROP ROLE IF EXISTS ${loginRole}`);
      await cleanup.end();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

function withUser(url: string, user: string): string {
  const parsed = new URL(url);
  parsed.username = user;
  parsed.password = '';
  return parsed.toString();
}
