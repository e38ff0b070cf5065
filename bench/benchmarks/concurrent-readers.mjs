// 50 concurrent users (autocannon, 50 connections, 10 s each, loopback), logged in as the controller of the benchmark
// kommun (50 goals, 40 units, 80 000 values), in server mode (PostgreSQL + Redis) and embedded: GET /auth/me, and GET
// /goals/:id/chain for one goal over 40 units × 10 periods. Floor, same run and app: the public GET /system/info (one
// database query, no session). Targets (issue #12): /auth/me and the chain at ≥ 50 % of /system/info's req/s; the
// chain's p95 under 50 ms in server mode.
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import pg from 'pg';
import { startLauncher } from '../lib/app.mjs';
import { insertValuesDirectly, login, QUARTERS, seedBenchKommun } from '../lib/bench-kommun.mjs';
import { loadTest } from '../lib/load.mjs';
import { freePort, makeTempDir, removeTempDir } from '../lib/process.mjs';
import { freshServerDatabase, serverServices } from '../lib/server-services.mjs';
import { round } from '../lib/stats.mjs';

const LOAD = { connections: 50, durationSeconds: 10 };
const WARM_UP = { connections: 50, durationSeconds: 2 };

async function measure(ctx, label, url, headers = {}) {
  await loadTest(url, { ...WARM_UP, headers });
  const result = await loadTest(url, { ...LOAD, headers });
  ctx.log(`${label}: ${Math.round(result.rps)} req/s, p50 ${result.p50} ms, p95 ${result.p95} ms, p99 ${result.p99} ms`);
  const bad = result.non2xx + result.errors + result.timeouts;
  if (bad > 0) ctx.log(`WARNING ${label}: ${result.non2xx} non-2xx, ${result.errors} errors, ${result.timeouts} timeouts`);
  return result;
}

async function measureApp(ctx, mode, appUrl, dbUrl, hashPassword) {
  const client = new pg.Client({ connectionString: dbUrl });
  await client.connect();
  try {
    const kommun = await seedBenchKommun(client, hashPassword);
    await insertValuesDirectly(client, kommun);
    await client.query('ANALYZE');
  } finally {
    await client.end();
  }
  const session = await login(appUrl);
  const headers = { cookie: session.cookie };
  const goal = await (await fetch(`${appUrl}/api/v1/chains?year=2026`, { headers })).json();
  const goalId = goal.chains[0].goal.id;
  const kf = goal.chains[0].orgNodes[0].id;
  const chainUrl = `${appUrl}/api/v1/goals/${goalId}/chain?periods=${QUARTERS.join(',')},2025,2026`;
  const info = await measure(ctx, `${mode} GET /system/info`, `${appUrl}/api/v1/system/info`);
  const me = await measure(ctx, `${mode} GET /auth/me`, `${appUrl}/api/v1/auth/me`, headers);
  const chain = await measure(ctx, `${mode} GET /goals/:id/chain (40 units × 10 periods)`, chainUrl, headers);
  ctx.log(`${mode}: chain answer ${(await (await fetch(chainUrl, { headers })).text()).length} bytes (owner ${kf})`);
  const floor = { name: `system-info-requests-per-second-${mode}`, value: round(info.rps, 0), unit: 'req/s' };
  return [
    { metric: `${mode}-auth-me-requests-per-second`, value: round(me.rps, 0), unit: 'req/s', floor },
    { metric: `${mode}-chain-requests-per-second`, value: round(chain.rps, 0), unit: 'req/s', floor },
    { metric: `${mode}-chain-latency-p95`, value: chain.p95, unit: 'ms' },
    { metric: `${mode}-auth-me-latency-p95`, value: me.p95, unit: 'ms' },
  ];
}

export default {
  name: 'concurrent-readers',
  async run(ctx) {
    const { hashPassword } = await import(pathToFileURL(join(ctx.root, 'apps/api/dist/auth/password.js')).href);
    const results = [];
    const services = await serverServices();
    if (services) {
      const database = await freshServerDatabase(services);
      try {
        const app = await startLauncher({ root: ctx.root, dataDir: makeTempDir('rk-bench-readers-'), env: { SEED_DEMO: 'false', ...database.env(database.prefix) } });
        try {
          results.push(...(await measureApp(ctx, 'server', app.url, database.dbUrl, hashPassword)));
        } finally {
          await app.stop();
        }
      } finally {
        await database.drop();
      }
    } else {
      ctx.log('server mode skipped: no PostgreSQL (superuser or CREATEDB) and Redis at DATABASE_URL/REDIS_URL or 127.0.0.1');
    }
    const dataDir = makeTempDir('rk-bench-readers-');
    const dbPort = await freePort();
    try {
      const app = await startLauncher({ root: ctx.root, dataDir, env: { SEED_DEMO: 'false', EMBEDDED_DB_PORT: String(dbPort) } });
      try {
        results.push(...(await measureApp(ctx, 'embedded', app.url, `postgres://postgres:postgres@127.0.0.1:${dbPort}/postgres`, hashPassword)));
      } finally {
        await app.stop();
      }
    } finally {
      removeTempDir(dataDir);
    }
    return results;
  },
};
