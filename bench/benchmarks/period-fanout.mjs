// One period opening for 290 kommuner × 50 reporting units: from the tick job being added until all 14 500
// drafts exist (the tick lists the kommuner, fans out 290 kommun runs, each creates its 50 drafts and opens the
// period). Runs on the embedded backend (PGlite + BullMQ's PostgreSQL backend) and, when they answer, on real
// PostgreSQL + Redis. Floor, same backend and run: 291 empty BullMQ jobs (the tick plus one per kommun) through
// one worker with the same concurrency as the app's processor.
import { randomBytes } from 'node:crypto';
import { connect } from 'node:net';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import pg from 'pg';
import { Queue, Worker, createPostgresBackend, setDefaultBackendFactory } from 'bullmq';
import { startLauncher } from '../lib/app.mjs';
import { freePort, makeTempDir, removeTempDir } from '../lib/process.mjs';
import { round } from '../lib/stats.mjs';

const KOMMUNER = 290;
const UNITS = 50;
const DRAFTS = KOMMUNER * UNITS;
const JOBS = KOMMUNER + 1;
/** PeriodsProcessor's concurrency (apps/api/src/jobs/periods.processor.ts). */
const CONCURRENCY = 4;
const FANOUT_TIMEOUT_MS = 45_000;
const APP_ENV = { SEED_DEMO: 'false', SCHEDULER_ENABLED: 'false' };

/** 290 kommuner, each with KF and 50 units, a 2026 calendar and Q1 2026 planned to open on 1 April. */
async function seed(url) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    // As the owner (a superuser here), so row-level security does not apply to the set-up.
    await client.query('BEGIN');
    await client.query(
      `INSERT INTO tenant (name, kommunkod) SELECT 'Benchkommun ' || i, lpad((1000 + i)::text, 4, '0') FROM generate_series(1, $1::int) i`,
      [KOMMUNER],
    );
    await client.query(`INSERT INTO org_node (tenant_id, key, name, kind, sort_order) SELECT id, 'kf', 'Kommunfullmäktige', 'kf', 0 FROM tenant`);
    await client.query(
      `INSERT INTO org_node (tenant_id, key, name, kind, parent_id, sort_order)
       SELECT kf.tenant_id, 'enhet.' || u, 'Enhet ' || u, 'enhet', kf.id, u FROM org_node kf CROSS JOIN generate_series(1, $1::int) u WHERE kf.key = 'kf'`,
      [UNITS],
    );
    await client.query(`INSERT INTO follow_up_calendar (tenant_id, year, template) SELECT id, 2026, '{"name": "bench", "schedules": {}}' FROM tenant`);
    await client.query(
      `INSERT INTO follow_up_period (tenant_id, calendar_id, period_key, kind, covers_from, covers_to, opens_on, deadline, review_deadline, locks_on)
       SELECT tenant_id, id, '2026-Q1', 'kvartal', '2026-01-01', '2026-03-31', '2026-04-01', '2026-04-15', '2026-04-24', '2026-04-30' FROM follow_up_calendar`,
    );
    await client.query('COMMIT');
  } finally {
    await client.end();
  }
}

async function countDrafts(client) {
  return Number((await client.query(`SELECT count(*) AS n FROM report`)).rows[0].n);
}

/** Adds the tick for 1 April and waits until every draft exists. */
async function measureFanout(ctx, label, dbUrl, queueOptions) {
  const queue = new Queue('periods', queueOptions);
  const client = new pg.Client({ connectionString: dbUrl });
  await client.connect();
  try {
    const started = performance.now();
    await queue.add('tick', { today: '2026-04-01' });
    for (;;) {
      const drafts = await countDrafts(client);
      if (drafts >= DRAFTS) break;
      if (performance.now() - started > FANOUT_TIMEOUT_MS) throw new Error(`${label}: only ${drafts} of ${DRAFTS} drafts after ${FANOUT_TIMEOUT_MS / 1000} s`);
      await sleep(50);
    }
    const ms = performance.now() - started;
    const opened = Number((await client.query(`SELECT count(*) AS n FROM follow_up_period WHERE status = 'oppen'`)).rows[0].n);
    if (opened !== KOMMUNER || (await countDrafts(client)) !== DRAFTS) throw new Error(`${label}: ${opened} periods open, expected ${KOMMUNER}`);
    ctx.log(`${label}: ${DRAFTS} drafts in ${KOMMUNER} kommuner after ${Math.round(ms)} ms (${Math.round(DRAFTS / (ms / 1000))} drafts/s)`);
    return ms;
  } finally {
    await client.end();
    await queue.close();
  }
}

/** The embedded worker polls (PGlite has no LISTEN), as the app's EmbeddedPollingWorker does. */
class PollingWorker extends Worker {
  get maximumBlockTimeout() {
    return 0.5;
  }
}

/** 291 empty jobs added in one batch and processed by one already running worker of the same concurrency. */
async function measureFloor(ctx, label, queueOptions, polling) {
  const name = `bench-floor-${randomBytes(3).toString('hex')}`;
  const queue = new Queue(name, queueOptions);
  let done = 0;
  const WorkerClass = polling ? PollingWorker : Worker;
  const worker = new WorkerClass(name, async () => undefined, { ...queueOptions, concurrency: CONCURRENCY, ...(polling ? { drainDelay: 0.2 } : {}) });
  worker.on('completed', () => (done += 1));
  try {
    await worker.waitUntilReady();
    const started = performance.now();
    await queue.addBulk(Array.from({ length: JOBS }, () => ({ name: 'empty', data: {}, opts: { removeOnComplete: true } })));
    while (done < JOBS) {
      if (performance.now() - started > 30_000) throw new Error(`${label}: only ${done} of ${JOBS} empty jobs after 30 s`);
      await sleep(10);
    }
    const ms = performance.now() - started;
    ctx.log(`${label}: ${JOBS} empty jobs in ${Math.round(ms)} ms (${Math.round(JOBS / (ms / 1000))} jobs/s)`);
    return ms;
  } finally {
    await worker.close();
    await queue.obliterate({ force: true }).catch(() => undefined);
    await queue.close();
  }
}

function rows(backend, fanoutMs, floorMs) {
  return [
    {
      metric: `${backend}-time-to-all-drafts`,
      value: round(fanoutMs, 0),
      unit: 'ms',
      floor: { name: `bullmq-${JOBS}-empty-jobs-${backend}`, value: round(floorMs, 0), unit: 'ms' },
    },
    { metric: `${backend}-drafts-per-second`, value: round(DRAFTS / (fanoutMs / 1000), 0), unit: 'drafts/s' },
  ];
}

async function runEmbedded(ctx) {
  const dataDir = makeTempDir('rk-bench-fanout-');
  const port = await freePort();
  try {
    const app = await startLauncher({ root: ctx.root, dataDir, env: { ...APP_ENV, EMBEDDED_DB_PORT: String(port) } });
    try {
      const dbUrl = `postgres://postgres:postgres@127.0.0.1:${port}/postgres`;
      await seed(dbUrl);
      setDefaultBackendFactory(createPostgresBackend);
      const queueOptions = { connection: { connectionString: dbUrl, migrate: false, max: 2 }, prefix: 'rk' };
      const fanoutMs = await measureFanout(ctx, 'embedded fan-out', dbUrl, queueOptions);
      const floorMs = await measureFloor(ctx, 'embedded floor', queueOptions, true);
      return rows('embedded', fanoutMs, floorMs);
    } finally {
      setDefaultBackendFactory(undefined);
      await app.stop();
    }
  } finally {
    removeTempDir(dataDir);
  }
}

function answers(host, port) {
  return new Promise((resolve) => {
    const socket = connect({ host, port, timeout: 1000 }, () => (socket.destroy(), resolve(true)));
    socket.on('error', () => resolve(false));
    socket.on('timeout', () => (socket.destroy(), resolve(false)));
  });
}

/** REDIS_URL / DATABASE_URL from the environment, or the local defaults when something listens there. */
async function serverServices() {
  const databaseUrl = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const redisUrl = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
  const db = new URL(databaseUrl);
  const redis = new URL(redisUrl);
  if (!(await answers(db.hostname, Number(db.port || 5432))) || !(await answers(redis.hostname, Number(redis.port || 6379)))) return null;
  const client = new pg.Client({ connectionString: databaseUrl, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    const { rows: [role] } = await client.query(`SELECT rolsuper OR rolcreatedb AS ok FROM pg_roles WHERE rolname = current_user`);
    return role?.ok ? { databaseUrl, redis } : null;
  } catch {
    return null;
  } finally {
    await client.end().catch(() => undefined);
  }
}

async function runServer(ctx, services) {
  const suffix = randomBytes(4).toString('hex');
  const database = `rk_bench_${suffix}`;
  const prefix = `rk-bench-${suffix}`;
  const admin = new pg.Client({ connectionString: services.databaseUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${database}`);
  const dbUrlObject = new URL(services.databaseUrl);
  dbUrlObject.pathname = `/${database}`;
  const dbUrl = dbUrlObject.toString();
  const redisConnection = { host: services.redis.hostname, port: Number(services.redis.port || 6379), maxRetriesPerRequest: null };
  const queueOptions = { connection: redisConnection, prefix };
  const dataDir = makeTempDir('rk-bench-fanout-');
  try {
    const app = await startLauncher({
      root: ctx.root,
      dataDir,
      env: { ...APP_ENV, DATABASE_URL: dbUrl, MIGRATION_DATABASE_URL: dbUrl, REDIS_URL: services.redis.toString(), QUEUE_PREFIX: prefix },
    });
    try {
      await seed(dbUrl);
      setDefaultBackendFactory(undefined);
      const fanoutMs = await measureFanout(ctx, 'server fan-out (PostgreSQL + Redis)', dbUrl, queueOptions);
      const floorMs = await measureFloor(ctx, 'server floor (Redis)', queueOptions, false);
      return rows('server', fanoutMs, floorMs);
    } finally {
      await app.stop();
    }
  } finally {
    for (const name of ['periods', 'notifications', 'system']) {
      const queue = new Queue(name, queueOptions);
      await queue.obliterate({ force: true }).catch(() => undefined);
      await queue.close();
    }
    await admin.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
    await admin.end();
    removeTempDir(dataDir);
  }
}

export default {
  name: 'period-fanout',
  async run(ctx) {
    const results = await runEmbedded(ctx);
    const services = await serverServices();
    if (services) results.push(...(await runServer(ctx, services)));
    else ctx.log('server mode skipped: no PostgreSQL (superuser or CREATEDB) and Redis at DATABASE_URL/REDIS_URL or 127.0.0.1');
    return results;
  },
};
