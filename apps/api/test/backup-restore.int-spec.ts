import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { jest } from '@jest/globals';
import type { NestExpressApplication } from '@nestjs/platform-express';
import pg from 'pg';
import request from 'supertest';
import { createApi } from '../src/app/create-api.js';
import { parseEnv, toAppConfig } from '../src/platform/config/app-config.js';
import { startEmbeddedPostgres, type EmbeddedPostgres } from '../src/platform/embedded/embedded-postgres.js';
import { TestFactory, TEST_PASSWORD, type Kommun, type Session } from './support/factory.js';
import { EXEMPELSTAD_NODES, newGrundskolaChain, newHemtjanstChain } from './support/scenarios.js';
import { startTestApp, type TestApp } from './support/test-app.js';
import { withDatabase } from './support/test-database.js';

jest.setTimeout(120_000);

/**
 * The README's backup and restore, done as an operator would: PGlite's online dump unpacked into a new data folder
 * (embedded), or `pg_dump -Fc` restored with `pg_restore` into a new database (server). A second API on the restored
 * copy must read the kommun's chains exactly as the original did.
 */
describe('backup and restore: the restored kommun reads the same chain figures', () => {
  let app: TestApp;
  let factory: TestFactory;
  let kommun: Kommun;
  let controller: Session;
  let goalIds: string[];
  const work = mkdtempSync(join(tmpdir(), 'rk-backup-'));
  let restoredDb: EmbeddedPostgres | undefined;
  let restoredName: string | undefined;
  let restoredApi: NestExpressApplication | undefined;

  beforeAll(async () => {
    app = await startTestApp();
    factory = new TestFactory(app);
    kommun = await factory.newKommun({ nodes: EXEMPELSTAD_NODES, users: [{ email: 'controller@backup.se', role: 'controller' }] });
    controller = await factory.login('controller@backup.se');
    goalIds = [(await newHemtjanstChain(factory, kommun, controller)).goalId, (await newGrundskolaChain(factory, kommun, controller)).goalId];
  });
  afterAll(async () => {
    await restoredApi?.close();
    await restoredDb?.stop();
    if (restoredName) {
      const admin = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
      await admin.connect();
      await admin.query(`DROP DATABASE IF EXISTS ${restoredName} WITH (FORCE)`);
      await admin.end();
    }
    await app?.close();
    rmSync(work, { recursive: true, force: true });
  });

  /** Restores `file` the way the README says and boots an API on it. */
  async function restore(file: string): Promise<NestExpressApplication> {
    const dataDir = join(work, 'restored');
    const base = { NODE_ENV: 'test', LOG_LEVEL: 'silent', DATA_DIR: dataDir, QUEUE_PREFIX: `${app.config.queuePrefix}-restored`, ...(app.config.redisUrl ? { REDIS_URL: app.config.redisUrl } : {}) };
    if (app.database.mode === 'embedded') {
      mkdirSync(join(dataDir, 'pglite'), { recursive: true });
      execFileSync('tar', ['-xzf', file, '-C', join(dataDir, 'pglite')], { stdio: 'pipe' });
      restoredDb = await startEmbeddedPostgres({ dataDir });
      return createApi(toAppConfig(parseEnv(base), restoredDb.url));
    }
    restoredName = `${new URL(app.database.ownerUrl).pathname.slice(1)}_restored`;
    const admin = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${restoredName}`);
    await admin.end();
    const ownerUrl = withDatabase(app.database.ownerUrl, restoredName);
    execFileSync('pg_restore', ['--exit-on-error', `--dbname=${ownerUrl}`, file]);
    return createApi(toAppConfig(parseEnv({ ...base, DATABASE_URL: withDatabase(app.database.appUrl, restoredName), MIGRATION_DATABASE_URL: ownerUrl })));
  }

  it(`copies the database while the app runs and serves the same chains from the copy`, async () => {
    const paths = goalIds.flatMap((id) => [`/api/v1/goals/${id}/chain?year=2025`, `/api/v1/goals/${id}/chain?periods=2025-Q1,2025-Q2,2025-Q3,2025-Q4,2025`]);
    const before = await Promise.all(paths.map(async (path) => (await controller.get(path).expect(200)).body));

    const file = join(work, app.database.mode === 'embedded' ? 'backup.tar.gz' : 'backup.dump');
    await app.database.backup(file);
    expect(statSync(file).size).toBeGreaterThan(0);
    // A write after the backup must not show in the restored copy.
    await factory.newGoal(kommun, { key: 'EFTER', owner: 'kf', title: 'Efter säkerhetskopian' });

    restoredApi = await restore(file);
    const agent = request.agent(restoredApi.getHttpServer());
    await agent.post('/api/v1/auth/login').send({ email: 'controller@backup.se', password: TEST_PASSWORD }).expect(200);
    const after = await Promise.all(paths.map(async (path) => (await agent.get(path).expect(200)).body));
    expect(after).toEqual(before);
    const goals = (await agent.get('/api/v1/goals').expect(200)).body;
    expect(JSON.stringify(goals)).not.toContain('EFTER');
  });
});
