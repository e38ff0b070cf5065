import 'reflect-metadata';
import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { parseEnv, toAppConfig, type AppConfig } from './platform/config/app-config.js';
import { EMBEDDED_URL_VARIABLE } from './platform/config/runtime-config.js';
import { startEmbeddedPostgres, type EmbeddedPostgres } from './platform/embedded/embedded-postgres.js';
import { serveOnlineBackups } from './platform/embedded/online-backup.js';
import { assertDatabaseReachable } from './platform/database/assert-reachable.js';
import { migrateDatabase } from './platform/database/migrate.js';
import { exitOnStartupError } from './app/fatal.js';
import { AWAIT_LAUNCHER_VARIABLE, type LauncherMessage } from './app/launcher-handshake.js';
import { DEMO_OPERATOR, DEMO_PASSWORD, DEMO_USERS, seedDemoKommun, seedDemoOperator } from './seed/index.js';

/**
 * `npm start`: owns the embedded database (when DATABASE_URL is unset), migrates as the owner,
 * then runs the API and the worker as child processes and stops all of it cleanly on Ctrl-C.
 */
const VACUUM_INTERVAL_MS = 60 * 60 * 1000;
const children: ChildProcess[] = [];
let embedded: EmbeddedPostgres | undefined;
let vacuumTimer: NodeJS.Timeout | undefined;
let stopServingBackups: (() => void) | undefined;
let stopping = false;

function say(line: string): void {
  process.stdout.write(`[resultatkedjan] ${line}\n`);
}

/** Forks a child that loads its modules at once and starts when `released` resolves (see launcher-handshake). */
function startChild(script: string, name: string, env: NodeJS.ProcessEnv, released: Promise<void>): Promise<ChildProcess> {
  const child = fork(fileURLToPath(new URL(script, import.meta.url)), [], { env: { ...env, [AWAIT_LAUNCHER_VARIABLE]: '1' }, stdio: 'inherit' });
  children.push(child);
  child.on('exit', (code, signal) => {
    if (!stopping) {
      say(`${name} stopped unexpectedly (${signal ?? `exit code ${code}`}); shutting down.`);
      void shutdown(1);
    }
  });
  return new Promise((resolve, reject) => {
    child.on('message', (message: LauncherMessage) => {
      if (message?.type === 'waiting') void released.then(() => child.connected && child.send({ type: 'go' } satisfies LauncherMessage));
      if (message?.type === 'ready') resolve(child);
    });
    child.once('exit', (code) => reject(new Error(`${name} exited during start-up (exit code ${code})`)));
  });
}

async function shutdown(exitCode: number): Promise<void> {
  if (stopping) return;
  stopping = true;
  say('stopping…');
  clearInterval(vacuumTimer);
  stopServingBackups?.();
  await Promise.all(children.map(stopChild));
  await embedded?.stop();
  say('stopped.');
  process.exit(exitCode);
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const force = setTimeout(() => child.kill('SIGKILL'), 10_000);
    child.once('exit', () => {
      clearTimeout(force);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

function describe(config: AppConfig): void {
  const database =
    config.databaseMode === 'embedded' ? `embedded PGlite in ${embedded?.location} (served on ${new URL(config.databaseUrl).host})` : 'PostgreSQL server (DATABASE_URL)';
  const queue = config.queueBackend === 'redis' ? 'BullMQ on Redis (REDIS_URL)' : 'BullMQ on PostgreSQL (same database)';
  say(`database: ${database}`);
  say(`queue:    ${queue}`);
}

function describeDemoLogins(): void {
  const width = Math.max(...DEMO_USERS.map((u) => u.email.length));
  say(`demo logins (Exempelstad kommun), password for all: ${DEMO_PASSWORD}`);
  for (const user of DEMO_USERS) say(`  ${user.email.padEnd(width)}  ${user.role.padEnd(14)}  ${user.scope}`);
  say(`platform operator (no kommun; the platform page /plattform and the queue board /admin/queues), same password:`);
  say(`  ${DEMO_OPERATOR.email.padEnd(width)}  operator`);
}

async function main(): Promise<void> {
  process.on('SIGINT', () => void shutdown(0));
  process.on('SIGTERM', () => void shutdown(0));

  const env = parseEnv(process.env);
  if (!env.DATABASE_URL) embedded = await startEmbeddedPostgres({ dataDir: env.DATA_DIR, port: env.EMBEDDED_DB_PORT });
  const config = toAppConfig(env, embedded?.url);
  describe(config);

  // The children load their modules while the database is migrated and seeded; they start on `release()`.
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  const childEnv = { ...process.env, ...(embedded ? { [EMBEDDED_URL_VARIABLE]: embedded.url } : {}) };
  const childrenReady = Promise.all([startChild('./main.js', 'api', childEnv, released), startChild('./worker.js', 'worker', childEnv, released)]);
  childrenReady.catch(() => undefined); // awaited below; a child dying early also shuts the launcher down

  await assertDatabaseReachable(config.migrationDatabaseUrl);
  const applied = await migrateDatabase({ url: config.migrationDatabaseUrl, queueOnPostgres: config.queueBackend === 'postgres' });
  say(applied.length ? `migrations applied: ${applied.join(', ')}` : 'database schema is up to date');
  let seeded = false;
  if (config.seedDemo) {
    seeded = (await seedDemoKommun(config.migrationDatabaseUrl)) === 'seeded';
    say(seeded ? 'demo kommun Exempelstad seeded' : 'demo kommun Exempelstad present');
    await seedDemoOperator(config.migrationDatabaseUrl);
  }

  if (embedded) {
    // PGlite never analyzes by itself: fresh statistics when the schema or the data just changed (the folder keeps
    // them across restarts); the full vacuum waits for the hourly timer instead of delaying the start.
    if (applied.length > 0 || seeded) await embedded.analyze();
    vacuumTimer = setInterval(() => void embedded?.vacuum().catch(() => undefined), VACUUM_INTERVAL_MS);
    stopServingBackups = serveOnlineBackups(env.DATA_DIR, embedded, say);
  }
  release();
  await childrenReady;

  const url = `http://localhost:${config.port}`;
  say(`ready: ${url}  (API ${url}/api/v1, OpenAPI ${url}/api/docs, health ${url}/api/health)`);
  if (config.seedDemo) describeDemoLogins();
  say('press Ctrl-C to stop');
}

main().catch(async (error) => {
  stopping = true;
  await Promise.all(children.map(stopChild));
  await embedded?.stop().catch(() => undefined);
  exitOnStartupError('launcher', error);
});
