// Exports of the largest benchmark kommun (bench/lib/bench-kommun.mjs: 50 goals × 6 indicators, 40 units, 8 quarters of
// values), embedded as `npm start` runs it. A locked helår 2025 gets its snapshot as the worker takes it at the lock
// (the built buildPeriodSnapshot, in the kommun's transaction). Then per format: POST /exports → GET /exports/{id} until
// klar (the worker reads the snapshot, builds the content, renders and stores the file) → GET the file, median of 3,
// beside the floor: read the same snapshot and write the same rows (every goal's indicator figures and ratios) to a
// file with no formatting, median of 5. Issue #16's target: under 2× the floor. The export's time includes the queue
// round trip (embedded BullMQ polls) and the status polling; the floor has neither.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import pg from 'pg';
import { startLauncher } from '../lib/app.mjs';
import { insertValuesDirectly, login, seedBenchKommun } from '../lib/bench-kommun.mjs';
import { freePort, makeTempDir, removeTempDir } from '../lib/process.mjs';
import { median, round } from '../lib/stats.mjs';

const RUNS = 3;
const FLOOR_RUNS = 5;
const FORMATS = ['xlsx', 'docx', 'csv', 'json'];

async function inKommun(client, tenantId, work) {
  await client.query('BEGIN');
  try {
    await client.query(`SELECT set_config('app.tenant_id', $1, true)`, [tenantId]);
    const result = await work();
    await client.query('COMMIT');
    return result;
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  }
}

/** A locked helår 2025 (calendar and period rows, as the follow-up calendar would have them at the lock). */
async function lockedHelar(client, tenantId) {
  return inKommun(client, tenantId, async () => {
    const { rows: [calendar] } = await client.query(
      `INSERT INTO follow_up_calendar (tenant_id, year, template) VALUES ($1, 2025, '{}'::jsonb) RETURNING id`, [tenantId]);
    const { rows: [period] } = await client.query(
      `INSERT INTO follow_up_period (tenant_id, calendar_id, period_key, kind, covers_from, covers_to, opens_on, deadline, review_deadline,
         locks_on, status, opened_at, locked_at)
       VALUES ($1, $2, '2025-H', 'helar', '2025-01-01', '2025-12-31', '2026-01-02', '2026-01-23', '2026-02-06', '2026-03-24', 'last', now(), now())
       RETURNING id`, [tenantId, calendar.id]);
    return period.id;
  });
}

async function takeSnapshot(root, url, tenantId, periodId) {
  const dist = (path) => import(pathToFileURL(join(root, 'apps/api/dist', path)).href);
  const { DataSource } = await import('typeorm');
  const { dataSourceOptions } = await dist('platform/database/data-source-options.js');
  const { buildPeriodSnapshot } = await dist('periods/period-snapshot.builder.js');
  const { periodSnapshotQueries } = await dist('periods/period-snapshot.queries.js');
  const { APP_DB_ROLE } = await dist('platform/database/app-role.js');
  const ds = new DataSource(dataSourceOptions(url, 1, 'bench-export-snapshot'));
  await ds.initialize();
  try {
    return await ds.transaction(async (m) => {
      await m.query(`SELECT set_config('app.tenant_id', $1, true)`, [tenantId]);
      await m.query(`SET LOCAL ROLE ${APP_DB_ROLE}`);
      const started = performance.now();
      const data = await buildPeriodSnapshot(m, tenantId, { id: periodId, periodKey: '2025-H', kind: 'helar', coversFrom: '2025-01-01', coversTo: '2025-12-31' }, new Date());
      await periodSnapshotQueries.insertOnce(m, tenantId, periodId, data);
      return { ms: performance.now() - started, goals: data.followUp.chains.length };
    });
  } finally {
    await ds.destroy();
  }
}

/**
 * The floor (issue #16's wording): read the period's snapshot and write the same rows (every goal's indicator figures
 * and ratios) as tab-separated lines, nothing formatted, no workbook, no queue. `part` 'all' reads the whole snapshot
 * (80 000 raw values included); 'followUp' only the part the rows come from, logged for comparison.
 */
async function floorMs(client, tenantId, periodId, file, part) {
  const started = performance.now();
  const sql = part === 'all' ? `SELECT data->'followUp' AS f, data FROM period_snapshot WHERE period_id = $1` : `SELECT data->'followUp' AS f FROM period_snapshot WHERE period_id = $1`;
  const followUp = await inKommun(client, tenantId, async () => (await client.query(sql, [periodId])).rows[0].f);
  const lines = [];
  for (const chain of followUp.chains) {
    for (const element of chain.elements) {
      for (const indicator of element.indicators) {
        const f = indicator.figures[0];
        lines.push([chain.goal.key, indicator.name, f.value, indicator.unit, f.target, f.numerator, f.denominator, f.assessment.level, f.assessment.label].join('\t'));
      }
    }
    for (const ratio of chain.ratios) {
      const r = ratio.results[0];
      lines.push([chain.goal.key, ratio.name, r.value, r.unit, r.numerator, r.numeratorUnit, r.denominator, r.denominatorUnit].join('\t'));
    }
  }
  writeFileSync(file, lines.join('\n'));
  return { ms: performance.now() - started, rows: lines.length };
}

async function request(url, session, method, path, body) {
  const res = await fetch(url + path, {
    method,
    headers: { cookie: session.cookie, 'x-csrf-token': session.csrfToken, ...(body ? { 'content-type': 'application/json' } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
  if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`);
  return res;
}

/** POST → poll every 10 ms until klar → GET the file; the whole wall time. */
async function exportMs(url, session, periodId, format) {
  const started = performance.now();
  const created = await (await request(url, session, 'POST', '/api/v1/exports', { periodId, format })).json();
  for (;;) {
    const state = await (await request(url, session, 'GET', `/api/v1/exports/${created.id}`)).json();
    if (state.status === 'misslyckad') throw new Error(`export failed: ${state.error}`);
    if (state.status === 'klar') break;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  const file = Buffer.from(await (await request(url, session, 'GET', `/api/v1/exports/${created.id}/file`)).arrayBuffer());
  return { ms: performance.now() - started, bytes: file.length };
}

export default {
  name: 'export-kommun',
  async run(ctx) {
    const dataDir = makeTempDir('rk-bench-export-');
    const dbPort = await freePort();
    const { hashPassword } = await import(pathToFileURL(join(ctx.root, 'apps/api/dist/auth/password.js')).href);
    try {
      const app = await startLauncher({ root: ctx.root, dataDir, env: { EMBEDDED_DB_PORT: String(dbPort), SEED_DEMO: 'false' } });
      const dbUrl = `postgres://postgres:postgres@127.0.0.1:${dbPort}/postgres`;
      const client = new pg.Client({ connectionString: dbUrl });
      try {
        await client.connect();
        const kommun = await seedBenchKommun(client, hashPassword);
        const values = await insertValuesDirectly(client, kommun);
        await client.query('VACUUM ANALYZE');
        const periodId = await lockedHelar(client, kommun.tenantId);
        const snapshot = await takeSnapshot(ctx.root, dbUrl, kommun.tenantId, periodId);
        ctx.log(`kommun: ${kommun.goals.length} goals, ${values} values; snapshot of 2025-H with ${snapshot.goals} chains in ${Math.round(snapshot.ms)} ms`);
        const session = await login(app.url);

        const floors = { all: [], followUp: [] };
        let floorRows = 0;
        for (let i = 0; i < FLOOR_RUNS; i += 1) {
          for (const part of ['all', 'followUp']) {
            const run = await floorMs(client, kommun.tenantId, periodId, join(dataDir, 'floor.tsv'), part);
            floors[part].push(run.ms);
            floorRows = run.rows;
          }
        }
        const floor = { name: 'read-snapshot-write-rows-unformatted', value: round(median(floors.all), 1), unit: 'ms' };
        ctx.log(`floor: ${floorRows} rows in ${floor.value} ms (median of ${FLOOR_RUNS}); ` +
          `reading only the snapshot's follow-up part: ${round(median(floors.followUp), 1)} ms`);

        const results = [];
        for (const format of FORMATS) {
          const times = [];
          let bytes = 0;
          for (let i = 0; i < RUNS; i += 1) {
            const run = await exportMs(app.url, session, periodId, format);
            times.push(run.ms);
            bytes = run.bytes;
          }
          const value = round(median(times), 1);
          ctx.log(`${format}: ${value} ms (median of ${RUNS}), ${bytes} bytes, ${round(value / floor.value, 2)}× the floor`);
          results.push({ metric: `export-${format}-ms`, value, unit: 'ms', floor });
        }
        return results;
      } finally {
        await client.end().catch(() => undefined);
        await app.stop();
      }
    } finally {
      removeTempDir(dataDir);
    }
  },
};
