import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, isAlive, killLeftoverLaunchers, runLauncher } from './support/launcher-process.js';
import { createTestDatabase, type TestDatabase } from './support/test-database.js';

/** What `npm start` does, as a real process: start, serve, stop on Ctrl-C, keep the data. */
describe('launcher (npm start)', () => {
  let dataDir: string;
  let serverDatabase: TestDatabase | undefined;
  let modeEnv: Record<string, string> = {};

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'rk-launch-'));
    if (process.env.TEST_DATABASE_URL) {
      serverDatabase = await createTestDatabase();
      modeEnv = { DATABASE_URL: serverDatabase.appUrl, MIGRATION_DATABASE_URL: serverDatabase.ownerUrl };
      if (process.env.TEST_REDIS_URL) Object.assign(modeEnv, { REDIS_URL: process.env.TEST_REDIS_URL, QUEUE_PREFIX: `rk-launch-${process.pid}` });
    }
  });
  afterAll(async () => {
    killLeftoverLaunchers();
    await serverDatabase?.drop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  async function startServing() {
    const port = await freePort();
    const run = runLauncher({ PORT: String(port), DATA_DIR: dataDir, ...modeEnv });
    await run.waitFor(/ready: http:\/\/localhost:\d+/);
    return { run, base: `http://127.0.0.1:${port}` };
  }

  function childPids(pid: number): number[] {
    const out = execFileSync('ps', ['-o', 'pid=', '--ppid', String(pid)]).toString();
    return out.split('\n').map((s) => Number(s.trim())).filter(Boolean);
  }

  // Two full starts (migrations, seed, API and worker) and a stop: generous, so a busy machine does not fail it.
  it('serves health, stops cleanly on SIGINT with no orphan processes, and keeps its data', async () => {
    const first = await startServing();
    expect(first.run.output()).toMatch(process.env.TEST_DATABASE_URL ? /database: PostgreSQL server/ : /database: embedded PGlite/);
    const health = await fetch(`${first.base}/api/health`);
    expect(health.status).toBe(200);
    expect(((await health.json()) as { details: unknown }).details).toMatchObject({ database: { status: 'up' }, queue: { status: 'up' } });

    const children = childPids(first.run.child.pid!);
    expect(children).toHaveLength(2);
    first.run.child.kill('SIGINT');
    const { code } = await first.run.exited;
    expect(code).toBe(0);
    expect(children.filter(isAlive)).toEqual([]);
    expect(first.run.output()).toMatch(/stopped\./);

    const second = await startServing();
    expect(second.run.output()).toMatch(/database schema is up to date/);
    const info = (await (await fetch(`${second.base}/api/v1/system/info`)).json()) as { lastHeartbeatAt: string | null };
    expect(info.lastHeartbeatAt).not.toBeNull();
    second.run.child.kill('SIGTERM');
    expect((await second.run.exited).code).toBe(0);
  }, 300_000);

  it('stops with one clear line and exit code 1 on a bad setting', async () => {
    const run = runLauncher({ PORT: 'abc', DATA_DIR: dataDir });
    const { code } = await run.exited;
    expect(code).toBe(1);
    expect(run.output().trim()).toBe('[launcher] Invalid configuration: PORT Invalid input: expected number, received NaN (got "abc")');
  });

  it('stops with a clear message when the database cannot be reached', async () => {
    const run = runLauncher({ DATABASE_URL: 'postgres://nobody@127.0.0.1:1/none', REDIS_URL: 'redis://127.0.0.1:1' });
    const { code } = await run.exited;
    expect(code).toBe(1);
    expect(run.output()).toMatch(/Cannot connect to the database at 127\.0\.0\.1:1\/none: ECONNREFUSED/);
    expect(run.output()).not.toMatch(/\n\s+at /);
  });

  // Root ignores file modes, so a folder under a regular file stands in for an unwritable one.
  it('stops with a clear message when the data folder is not writable', async () => {
    const run = runLauncher({ DATA_DIR: '/etc/hostname/resultatkedjan' });
    const { code } = await run.exited;
    expect(code).toBe(1);
    expect(run.output()).toMatch(/data folder .* is not writable/);
    expect(run.output()).not.toMatch(/\n\s+at /);
  });
});
