// The chain engine at scale, embedded (as `npm start` runs it). The benchmark kommun (bench/lib/bench-kommun.mjs: 50
// goals × 6 indicators, 4 förvaltningar × 10 units) gets 8 quarters of values on every unit for the 5 stored indicators
// of each goal: 80 000 rows through PUT /values in batches of 4 800. Then, each beside a floor measured in the same run
// on the same database (issue #12's targets):
// - PUT /values rows/s against the same rows inserted by ONE SQL statement (target ≥ 20 000 rows/s and ≤ 3× the floor);
// - one goal's chain at the kommun root (40 units, 8 quarters + 2 years), computed (the first read of each goal after the
//   write) and cached (the second), against that goal's own GROUP BY (sum and count per indicator and period of its
//   rows; target ≤ 2× + 5 ms), median over the 50 goals;
// - GET /chains?year=2026 (every goal at its owner, two years), computed (after a one-value write moved the kommun's
//   data version) and cached, against one GROUP BY over all the kommun's rows (target ≤ 2×).
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import pg from 'pg';
import { startLauncher } from '../lib/app.mjs';
import { BATCH_ROWS, call, GOALS, login, QUARTERS, seedBenchKommun, timed, valueRows } from '../lib/bench-kommun.mjs';
import { freePort, makeTempDir, removeTempDir } from '../lib/process.mjs';
import { median, round } from '../lib/stats.mjs';

const FLOOR_RUNS = 5;
const YEAR_RUNS = 5;

async function floorMs(client, sql, params, runs = FLOOR_RUNS) {
  const times = [];
  for (let i = 0; i < runs; i += 1) times.push((await timed(() => client.query(sql, params))).ms);
  return median(times);
}

/** The same 80 000 rows, with the periods moved to 2030, inserted by one INSERT … SELECT FROM unnest, then removed. */
async function insertFloorMs(client, tenantId, rows) {
  const moved = rows.map((r) => ({ ...r, periodKey: r.periodKey.replace(/^202[56]/, (y) => (y === '2025' ? '2030' : '2031')) }));
  const started = performance.now();
  await client.query('BEGIN');
  await client.query(`SELECT set_config('app.tenant_id', $1, true)`, [tenantId]);
  await client.query(
    `INSERT INTO indicator_value (tenant_id, indicator_id, org_node_id, period_key, value, source)
     SELECT $1::uuid, t.i, t.n, t.p, t.v, 'manual' FROM unnest($2::uuid[], $3::uuid[], $4::text[], $5::numeric[]) AS t(i, n, p, v)`,
    [tenantId, moved.map((r) => r.indicatorId), moved.map((r) => r.orgNodeId), moved.map((r) => r.periodKey), moved.map((r) => String(r.value))],
  );
  await client.query('COMMIT');
  const ms = performance.now() - started;
  await client.query('BEGIN');
  await client.query(`SELECT set_config('app.tenant_id', $1, true)`, [tenantId]);
  await client.query(`DELETE FROM indicator_value WHERE period_key LIKE '203%'`);
  await client.query('COMMIT');
  return ms;
}

export default {
  name: 'chain-ratios',
  async run(ctx) {
    const dataDir = makeTempDir('rk-bench-chain-');
    const dbPort = await freePort();
    const { hashPassword } = await import(pathToFileURL(join(ctx.root, 'apps/api/dist/auth/password.js')).href);
    try {
      const app = await startLauncher({ root: ctx.root, dataDir, env: { EMBEDDED_DB_PORT: String(dbPort), SEED_DEMO: 'false' } });
      const client = new pg.Client({ connectionString: `postgres://postgres:postgres@127.0.0.1:${dbPort}/postgres` });
      try {
        await client.connect();
        const kommun = await seedBenchKommun(client, hashPassword);
        ctx.log(`kommun: ${kommun.goals.length} goals, ${kommun.indicatorCount} indicators, 40 units`);
        const session = await login(app.url);

        const rows = kommun.goals.flatMap(valueRows);
        let written = 0;
        const write = await timed(async () => {
          for (let start = 0; start < rows.length; start += BATCH_ROWS) {
            written += (await call(app.url, session, 'PUT', '/api/v1/values', { rows: rows.slice(start, start + BATCH_ROWS) })).written;
          }
        });
        if (written !== rows.length) throw new Error(`wrote ${written} of ${rows.length} values`);
        const insertMs = await insertFloorMs(client, kommun.tenantId, rows);
        // As a server's autovacuum would; PGlite never vacuums or analyzes on its own (the launcher does at start and
        // hourly), and the floor's deleted rows would otherwise slow every later scan.
        await client.query('VACUUM ANALYZE');
        const rowsPerSecond = rows.length / (write.ms / 1000);
        ctx.log(`PUT /values: ${rows.length} rows in ${Math.ceil(rows.length / BATCH_ROWS)} batches, ${Math.round(write.ms)} ms ` +
          `(${Math.round(rowsPerSecond)} rows/s); the same rows in one INSERT: ${Math.round(insertMs)} ms`);

        // A new data version, so the first read of each goal computes.
        const bump = async () => call(app.url, session, 'PUT', '/api/v1/values', { rows: [{ ...rows[0], value: rows[0].value + Math.random() }] });
        await bump();
        const query = `periods=${QUARTERS.join(',')},2025,2026&orgNodeIds=${kommun.kf}`;
        const computed = [];
        const cached = [];
        const goalFloors = [];
        for (const goal of kommun.goals) {
          const first = await timed(() => call(app.url, session, 'GET', `/api/v1/goals/${goal.id}/chain?${query}`));
          if (first.result.ratios.some((r) => r.results.some((x) => x.value === null))) throw new Error('unexpected null figure');
          computed.push(first.ms);
          cached.push((await timed(() => call(app.url, session, 'GET', `/api/v1/goals/${goal.id}/chain?${query}`))).ms);
          goalFloors.push(await floorMs(client,
            `SELECT indicator_id, period_key, sum(value), count(*) FROM indicator_value WHERE tenant_id = $1 AND indicator_id = ANY($2::uuid[]) GROUP BY 1, 2`,
            [kommun.tenantId, Object.values(goal.indicators)], 3));
        }
        const goalFloor = median(goalFloors);
        ctx.log(`one goal's chain (40 units, 10 periods): computed p50 ${round(median(computed), 1)} ms, cached p50 ${round(median(cached), 1)} ms; ` +
          `that goal's own GROUP BY p50 ${round(goalFloor, 1)} ms`);

        const yearComputed = [];
        const yearCached = [];
        for (let i = 0; i < YEAR_RUNS; i += 1) {
          await bump();
          const first = await timed(() => call(app.url, session, 'GET', '/api/v1/chains?year=2026'));
          if (first.result.chains.length !== GOALS) throw new Error(`GET /chains gave ${first.result.chains.length} chains`);
          yearComputed.push(first.ms);
          yearCached.push((await timed(() => call(app.url, session, 'GET', '/api/v1/chains?year=2026'))).ms);
        }
        const kommunFloor = await floorMs(client,
          `SELECT indicator_id, period_key, sum(value), count(*) FROM indicator_value WHERE tenant_id = $1 GROUP BY 1, 2`, [kommun.tenantId]);
        ctx.log(`GET /chains?year=2026 (${GOALS} goals, 2 years): computed median ${round(median(yearComputed), 1)} ms, cached ${round(median(yearCached), 1)} ms; ` +
          `one GROUP BY over the kommun's rows ${round(kommunFloor, 1)} ms`);

        const goalFloorRow = { name: 'the-goals-own-group-by', value: round(goalFloor, 1), unit: 'ms' };
        const kommunFloorRow = { name: 'postgres-group-by-same-rows', value: round(kommunFloor, 1), unit: 'ms' };
        return [
          { metric: 'put-values-rows-per-second', value: round(rowsPerSecond, 0), unit: 'rows/s' },
          { metric: 'put-values-80000-rows', value: round(write.ms, 0), unit: 'ms', floor: { name: 'same-rows-one-insert', value: round(insertMs, 0), unit: 'ms' } },
          { metric: 'chain-per-goal-computed-p50', value: round(median(computed), 1), unit: 'ms', floor: goalFloorRow },
          { metric: 'chain-per-goal-cached-p50', value: round(median(cached), 1), unit: 'ms', floor: goalFloorRow },
          { metric: 'year-chains-computed', value: round(median(yearComputed), 1), unit: 'ms', floor: kommunFloorRow },
          { metric: 'year-chains-cached', value: round(median(yearCached), 1), unit: 'ms', floor: kommunFloorRow },
        ];
      } finally {
        await client.end().catch(() => undefined);
        await app.stop();
      }
    } finally {
      removeTempDir(dataDir);
    }
  },
};
