// One period opening for 290 kommuner × 50 reporting units: from the tick job being added until all 14 500
// drafts exist (the tick lists the kommuner, fans out 290 kommun runs, each creates its 50 drafts and opens the
// period). Runs on the embedded backend (PGlite + BullMQ's PostgreSQL backend) and, when they answer, on real
// PostgreSQL + Redis. Floor, same backend and run: 14 500 empty BullMQ jobs (one per draft) through one worker with
// the same concurrency as the app's processor: what it would cost to move the same number of items as bare jobs.
import { randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import pg from 'pg';
import { Queue, Worker, createPostgresBackend, setDefaultBackendFactory } from 'bullmq';
import { startLauncher } from '../lib/app.mjs';
import { freePort, makeTempDir, removeTempDir } from '../lib/process.mjs';
import { round } from '../lib/stats.mjs';
import { freshServerDatabase, serverServices } from '../lib/server-services.mjs';

const KOMMUNER = 290;
const UNITS = 50;
const DRAFTS = KOMMUNER * UNITS;
const JOBS = DRAFTS;
/** FollowUpProcessor's concurrency (apps/api/src/follow-up/follow-up.processor.ts). */
const CONCURRENCY = 4;
/** A second floor: the same empty jobs through a wide worker, BullMQ's best case on this machine. */
const WIDE_CONCURRENCY = 50;
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

/** 14 500 empty jobs added in batches and processed by one already running worker of the same concurrency. */
async function measureFloor(ctx, label, queueOptions, polling, concurrency = CONCURRENCY) {
  const name = `bench-floor-${randomBytes(3).toString('hex')}`;
  const queue = new Queue(name, queueOptions);
  let done = 0;
  const WorkerClass = polling ? PollingWorker : Worker;
  const worker = new WorkerClass(name, async () => undefined, { ...queueOptions, concurrency, ...(polling ? { drainDelay: 0.2 } : {}) });
  worker.on('completed', () => (done += 1));
  try {
    await worker.waitUntilReady();
    const started = performance.now();
    for (let i = 0; i < JOBS; i += 1000) {
      await queue.addBulk(Array.from({ length: Math.min(1000, JOBS - i) }, () => ({ name: 'empty', data: {}, opts: { removeOnComplete: true } })));
    }
    while (done < JOBS) {
      if (performance.now() - started > 300_000) throw new Error(`${label}: only ${done} of ${JOBS} empty jobs after 300 s`);
      await sleep(10);
    }
    const ms = performance.now() - started;
    ctx.log(`${label}, concurrency ${concurrency}: ${JOBS} empty jobs in ${Math.round(ms)} ms (${Math.round(JOBS / (ms / 1000))} jobs/s)`);
    return ms;
  } finally {
    await worker.close();
    await queue.obliterate({ force: true }).catch(() => undefined);
    await queue.close();
  }
}

function rows(backend, fanoutMs, floorMs, wideFloorMs) {
  return [
    {
      metric: `${backend}-time-to-all-drafts`,
      value: round(fanoutMs, 0),
      unit: 'ms',
      floor: { name: `bullmq-${JOBS}-empty-jobs-${backend}`, value: round(floorMs, 0), unit: 'ms' },
    },
    ...(wideFloorMs === undefined ? [] : [{
      metric: `${backend}-time-to-all-drafts-vs-wide-worker`,
      value: round(fanoutMs, 0),
      unit: 'ms',
      floor: { name: `bullmq-${JOBS}-empty-jobs-${backend}-concurrency-${WIDE_CONCURRENCY}`, value: round(wideFloorMs, 0), unit: 'ms' },
    }]),
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
      // PGlite serves one connection at a time, so a wider worker is no faster there: one floor only.
      return rows('embedded', fanoutMs, floorMs);
    } finally {
      setDefaultBackendFactory(undefined);
      await app.stop();
    }
  } finally {
    removeTempDir(dataDir);
  }
}

async function runServer(ctx, services) {
  const fresh = await freshServerDatabase(services);
  const redisConnection = { host: services.redis.hostname, port: Number(services.redis.port || 6379), maxRetriesPerRequest: null };
  const queueOptions = { connection: redisConnection, prefix: fresh.prefix };
  const dataDir = makeTempDir('rk-bench-fanout-');
  try {
    const app = await startLauncher({ root: ctx.root, dataDir, env: { ...APP_ENV, ...fresh.env(fresh.prefix) } });
    try {
      await seed(fresh.dbUrl);
      setDefaultBackendFactory(undefined);
      const fanoutMs = await measureFanout(ctx, 'server fan-out (PostgreSQL + Redis)', fresh.dbUrl, queueOptions);
      const floorMs = await measureFloor(ctx, 'server floor (Redis)', queueOptions, false);
      const wideFloorMs = await measureFloor(ctx, 'server floor (Redis)', queueOptions, false, WIDE_CONCURRENCY);
      return rows('server', fanoutMs, floorMs, wideFloorMs);
    } finally {
      await app.stop();
    }
  } finally {
    for (const name of ['periods', 'notifications', 'system']) {
      const queue = new Queue(name, queueOptions);
      await queue.obliterate({ force: true }).catch(() => undefined);
      await queue.close();
    }
    await fresh.drop();
    removeTempDir(dataDir);
  }
}

export default {
  name: 'period-fanout',
  async run(ctx) {
    // BENCH_FANOUT_BACKENDS=server (or embedded) runs one backend only.
    const only = process.env.BENCH_FANOUT_BACKENDS;
    const results = only === 'server' ? [] : await runEmbedded(ctx);
    if (only === 'embedded') return results;
    const services = await serverServices();
    if (services) results.push(...(await runServer(ctx, services)));
    else ctx.log('server mode skipped: no PostgreSQL (superuser or CREATEDB) and Redis at DATABASE_URL/REDIS_URL or 127.0.0.1');
    return results;
  },
};
