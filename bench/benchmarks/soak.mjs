// Soak: 50 users for SOAK_SECONDS (default 1 800 = 30 minutes) against the launcher with the benchmark kommun (50 goals,
// 40 units, 80 000 values), each user looping over a mix of reads and small writes with a short pause between requests:
// chain views (GET /goals/:id/chain, 40 %), GET /auth/me (20 %), report lists (GET /reports, 20 %) and PUT /values with
// 5 rows (20 %). Reports the errors (target 0; any non-2xx or failed request), p95 per kind, and the resident memory of
// the launcher, the API and the worker at the start (after seeding and warm-up), at the end and at most.
// SOAK_MODE=server runs on the machine's PostgreSQL and Redis (a fresh database); default embedded (npm start's mode).
// It runs in `npm run bench` only when named (`npm run bench -- soak`) or SOAK_SECONDS is set.
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { pathToFileURL } from 'node:url';
import pg from 'pg';
import { startLauncher } from '../lib/app.mjs';
import { EMAIL, insertValuesDirectly, PASSWORD, QUARTERS, seedBenchKommun } from '../lib/bench-kommun.mjs';
import { launcherProcesses, sampleMemory } from '../lib/process-memory.mjs';
import { freePort, makeTempDir, removeTempDir } from '../lib/process.mjs';
import { freshServerDatabase, serverServices } from '../lib/server-services.mjs';
import { round } from '../lib/stats.mjs';

const SECONDS = Number(process.env.SOAK_SECONDS ?? 1800);
const USERS = Number(process.env.SOAK_USERS ?? 50);
const PAUSE_MS = Number(process.env.SOAK_PAUSE_MS ?? 100);
const MODE = process.env.SOAK_MODE ?? 'embedded';
const named = process.argv.slice(2).some((arg) => !arg.startsWith('--') && 'soak'.includes(arg));

async function signIn(url) {
  const response = await fetch(`${url}/api/v1/auth/login`, {
    method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: EMAIL, password: PASSWORD }),
  });
  if (response.status !== 200) throw new Error(`login failed: ${response.status}`);
  const { csrfToken } = await response.json();
  return { cookie: response.headers.getSetCookie().map((c) => c.split(';')[0]).join('; '), csrfToken };
}

const pick = (list) => list[Math.floor(Math.random() * list.length)];

/** The request mix: [kind, weight, (session) => fetch arguments]. */
function requestMix(url, kommun) {
  const read = (path) => () => [`${url}${path()}`, {}];
  return [
    ['chain', 40, read(() => `/api/v1/goals/${pick(kommun.goals).id}/chain?year=${pick(['2025', '2026'])}`)],
    ['auth-me', 20, read(() => '/api/v1/auth/me')],
    ['report-list', 20, read(() => `/api/v1/reports?page=1&pageSize=50`)],
    ['values-put', 20, () => {
      const goal = pick(kommun.goals);
      const orgNodeId = pick(goal.units);
      const rows = QUARTERS.slice(0, 5).map((periodKey) => ({ indicatorId: goal.indicators.volym, orgNodeId, periodKey, value: 900 + Math.floor(Math.random() * 200) }));
      return [`${url}/api/v1/values`, { method: 'PUT', body: JSON.stringify({ rows }), headers: { 'content-type': 'application/json' } }];
    }],
  ];
}

async function soak(ctx, mode, app, dbUrl, hashPassword) {
  const client = new pg.Client({ connectionString: dbUrl });
  await client.connect();
  let kommun;
  try {
    kommun = await seedBenchKommun(client, hashPassword);
    await insertValuesDirectly(client, kommun);
    await client.query('ANALYZE');
  } finally {
    await client.end();
  }
  const mix = requestMix(app.url, kommun);
  const totalWeight = mix.reduce((sum, [, weight]) => sum + weight, 0);
  const latencies = Object.fromEntries(mix.map(([kind]) => [kind, []]));
  const errors = Object.fromEntries(mix.map(([kind]) => [kind, 0]));
  const firstErrors = [];
  const errorCount = () => Object.values(errors).reduce((a, b) => a + b, 0);
  const sessions = [];
  for (let u = 0; u < USERS; u += 1) sessions.push(await signIn(app.url));

  const user = async (session, until) => {
    while (performance.now() < until) {
      let r = Math.random() * totalWeight;
      const [kind, , build] = mix.find(([, weight]) => (r -= weight) < 0) ?? mix[0];
      const [target, init] = build();
      const started = performance.now();
      if (firstErrors.length >= 5 && errorCount() > 1000) return; // the app is gone: stop hammering it
      try {
        const response = await fetch(target, { ...init, headers: { cookie: session.cookie, 'x-csrf-token': session.csrfToken, ...init.headers } });
        await response.arrayBuffer();
        if (response.ok) latencies[kind].push(performance.now() - started);
        else {
          errors[kind] += 1;
          if (firstErrors.length < 5) firstErrors.push(`${kind}: ${response.status}`);
        }
      } catch (error) {
        errors[kind] += 1;
        if (firstErrors.length < 5) firstErrors.push(`${kind}: ${error.message}`);
      }
      await sleep(PAUSE_MS * (0.5 + Math.random()));
    }
  };

  // A short warm-up, so that the memory baseline includes the caches and pools every process keeps anyway.
  await Promise.all(sessions.map((session) => user(session, performance.now() + 10_000)));
  for (const kind of Object.keys(latencies)) latencies[kind] = [];
  for (const kind of Object.keys(errors)) errors[kind] = 0;
  firstErrors.length = 0;

  const processes = launcherProcesses(app.pid);
  ctx.log(`${mode}: ${USERS} users for ${SECONDS} s; pids ${JSON.stringify(processes)}`);
  const memory = sampleMemory(processes);
  const started = performance.now();
  const progress = setInterval(() => ctx.log(`${mode}: ${Math.round((performance.now() - started) / 1000)} s, ${Object.values(latencies).reduce((n, l) => n + l.length, 0)} requests`), 60_000);
  await Promise.all(sessions.map((session) => user(session, started + SECONDS * 1000)));
  clearInterval(progress);
  const rss = memory.stop();
  const elapsed = (performance.now() - started) / 1000;

  const rows = [];
  const requests = Object.values(latencies).reduce((n, l) => n + l.length, 0) + Object.values(errors).reduce((a, b) => a + b, 0);
  const errorTotal = errorCount();
  ctx.log(`${mode}: ${requests} requests in ${round(elapsed, 0)} s (${round(requests / elapsed, 0)} req/s), ${errorTotal} errors ${firstErrors.join('; ')}`);
  if (errorTotal > 0) ctx.log(`${mode}: the app's last output:\n${app.output.slice(-40).map((line) => `    ${line.slice(0, 600)}`).join('\n')}`);
  rows.push({ metric: `${mode}-soak-duration`, value: round(elapsed, 0), unit: 's' });
  rows.push({ metric: `${mode}-requests`, value: requests, unit: 'requests' });
  rows.push({ metric: `${mode}-errors`, value: errorTotal, unit: 'errors' });
  for (const [kind, values] of Object.entries(latencies)) {
    const sorted = values.sort((a, b) => a - b);
    const p95 = sorted.length ? round(sorted[Math.min(sorted.length - 1, Math.ceil(0.95 * sorted.length) - 1)], 1) : NaN;
    ctx.log(`${mode} ${kind}: ${sorted.length} ok, ${errors[kind]} errors, p95 ${p95} ms`);
    if (Number.isFinite(p95)) rows.push({ metric: `${mode}-${kind}-latency-p95`, value: p95, unit: 'ms' });
  }
  for (const [name, { start, end, max }] of Object.entries(rss)) {
    ctx.log(`${mode} ${name} RSS: start ${round(start, 0)} MiB, end ${round(end, 0)} MiB, max ${round(max, 0)} MiB`);
    rows.push({ metric: `${mode}-${name}-rss-start`, value: round(start, 0), unit: 'MiB' });
    rows.push({ metric: `${mode}-${name}-rss-end`, value: round(end, 0), unit: 'MiB' });
    rows.push({ metric: `${mode}-${name}-rss-max`, value: round(max, 0), unit: 'MiB' });
  }
  return rows;
}

export default {
  name: 'soak',
  async run(ctx) {
    if (!named && process.env.SOAK_SECONDS === undefined) {
      ctx.log('skipped: runs only when named (npm run bench -- soak) or with SOAK_SECONDS set');
      return [];
    }
    const { hashPassword } = await import(pathToFileURL(join(ctx.root, 'apps/api/dist/auth/password.js')).href);
    const dataDir = makeTempDir('rk-bench-soak-');
    try {
      if (MODE === 'server') {
        const services = await serverServices();
        if (!services) throw new Error('SOAK_MODE=server needs a PostgreSQL (superuser or CREATEDB) and a Redis at DATABASE_URL/REDIS_URL or 127.0.0.1');
        const database = await freshServerDatabase(services);
        try {
          const app = await startLauncher({ root: ctx.root, dataDir, env: { SEED_DEMO: 'false', ...database.env(database.prefix) } });
          try {
            return await soak(ctx, 'server', app, database.dbUrl, hashPassword);
          } finally {
            await app.stop();
          }
        } finally {
          await database.drop();
        }
      }
      const dbPort = await freePort();
      const app = await startLauncher({ root: ctx.root, dataDir, env: { SEED_DEMO: 'false', EMBEDDED_DB_PORT: String(dbPort) } });
      try {
        return await soak(ctx, 'embedded', app, `postgres://postgres:postgres@127.0.0.1:${dbPort}/postgres`, hashPassword);
      } finally {
        await app.stop();
      }
    } finally {
      removeTempDir(dataDir);
    }
  },
};
