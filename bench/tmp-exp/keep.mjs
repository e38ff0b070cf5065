// The chain view with computed ratios at scale. A kommun with 50 goals × 6 indicators (300; one RATIO indicator
// and 4 ratio definitions per goal) and 4 förvaltningar × 10 units gets 8 quarters of values on every unit for
// the 5 stored indicators of each goal (80 000 rows) through PUT /values batches. GET /goals/:id/chain is then
// timed for every goal (the kommun root, i.e. a roll-up over 40 units, 8 quarters + 2 years) and once for one
// goal with the root and all 40 units listed, and GET /chains?year= (every goal at its owner) against asking goal by
// goal. Floor: one PostgreSQL GROUP BY over the same rows
// (sum and count per indicator and period), on the same embedded database.
// Org, users, goals, indicators and ratio definitions are inserted with SQL (owner connection, like the test
// fixtures); only the values go through the API.
import { randomInt, randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import pg from 'pg';
import { startLauncher } from '../lib/app.mjs';
import { freePort, makeTempDir, removeTempDir } from '../lib/process.mjs';
import { median, round } from '../lib/stats.mjs';

const FORVALTNINGAR = 4;
const UNITS_PER_FORVALTNING = 10;
const GOALS = 50;
const QUARTERS = ['2025-Q1', '2025-Q2', '2025-Q3', '2025-Q4', '2026-Q1', '2026-Q2', '2026-Q3', '2026-Q4'];
const BATCH_ROWS = 4800;
const FLOOR_RUNS = 5;
const PASSWORD = 'Bench-lösenord-1';
const EMAIL = 'controller@bench.se';

/** Builds the kommun straight in the database; returns the ids the benchmark needs. */
async function seedKommun(client, hashPassword) {
  const tenantId = randomUUID();
  const kf = randomUUID();
  const forvaltningar = Array.from({ length: FORVALTNINGAR }, () => randomUUID());
  const units = forvaltningar.map(() => Array.from({ length: UNITS_PER_FORVALTNING }, () => randomUUID()));
  const userId = randomUUID();
  const goals = [];
  const query = (sql, params) => client.query(sql, params);
  const insert = async (table, columns, rows) => {
    const params = [];
    const tuples = rows.map((row) => `(${row.map((value) => `$${params.push(value)}`).join(', ')})`);
    await query(`INSERT INTO ${table} (${columns.join(', ')}) VALUES ${tuples.join(', ')}`, params);
  };

  await query('BEGIN');
  await query(`SELECT set_config('app.tenant_id', $1, true)`, [tenantId]);
  await query('INSERT INTO tenant (id, name, kommunkod) VALUES ($1, $2, $3)', [tenantId, 'Benchkommun', String(9800 + randomInt(99))]);
  const nodeRows = [[kf, tenantId, 'kf', 'Kommunfullmäktige', 'kf', null]];
  forvaltningar.forEach((id, f) => {
    nodeRows.push([id, tenantId, `f${f}`, `Förvaltning ${f + 1}`, 'forvaltning', kf]);
    units[f].forEach((unit, u) => nodeRows.push([unit, tenantId, `f${f}.u${u}`, `Enhet ${f + 1}.${String(u + 1).padStart(2, '0')}`, 'enhet', id]));
  });
  await insert('org_node', ['id', 'tenant_id', 'key', 'name', 'kind', 'parent_id'], nodeRows);
  await insert('app_user', ['id', 'tenant_id', 'email', 'display_name', 'password_hash'], [[userId, tenantId, EMAIL, 'Bench Controller', await hashPassword(PASSWORD)]]);
  await insert('role_grant', ['tenant_id', 'user_id', 'role', 'org_node_id'], [[tenantId, userId, 'controller', null]]);

  const goalRows = [];
  const elementRows = [];
  const indicatorRows = [];
  const ratioRows = [];
  const targetRows = [];
  for (let g = 0; g < GOALS; g += 1) {
    const f = g % FORVALTNINGAR;
    const goal = { id: randomUUID(), owner: forvaltningar[f], units: units.flat(), indicators: {} };
    goals.push(goal);
    goalRows.push([goal.id, tenantId, `G${g}`, 'namndmal', `Mål ${g + 1}`, goal.owner, 2025, 'beslutad']);
    const element = Object.fromEntries(['resurs', 'prestation', 'resultat'].map((link) => [link, randomUUID()]));
    for (const [link, id] of Object.entries(element)) elementRows.push([id, tenantId, goal.id, link, link]);
    const ids = Object.fromEntries(['kostnad', 'fte', 'volym', 'goda', 'andel', 'kontinuitet'].map((name) => [name, randomUUID()]));
    goal.indicators = ids;
    // id, chain element, key, unit, direction, org agg, time agg, weight, numerator, denominator, scale
    const spec = [
      [ids.kostnad, element.resurs, 'kostnad', 'tkr', 'neutral', 'SUM', 'SUM', null, null, null, null],
      [ids.fte, element.resurs, 'fte', 'åa', 'neutral', 'SUM', 'AVG', null, null, null, null],
      [ids.volym, element.prestation, 'volym', 'st', 'higher', 'SUM', 'SUM', null, null, null, null],
      [ids.goda, element.resultat, 'goda', 'st', 'higher', 'SUM', 'SUM', null, null, null, null],
      [ids.andel, element.resultat, 'andel', '%', 'higher', 'RATIO', 'RATIO', null, ids.goda, ids.volym, 100],
      [ids.kontinuitet, element.resultat, 'kontinuitet', 'pers.', 'lower', 'WEIGHTED_MEAN', 'AVG', ids.volym, null, null, null],
    ];
    for (const [id, elementId, key, unit, direction, orgAgg, timeAgg, weight, numerator, denominator, scale] of spec) {
      indicatorRows.push([id, tenantId, elementId, goal.id, `G${g}.${key}`, key, unit, direction, orgAgg, timeAgg, weight, numerator, denominator, scale, 'kvartal', 'Benchmark.']);
    }
    for (const [kind, numerator, denominator] of [
      ['produktivitet', ids.volym, ids.fte], ['kostnad_per_prestation', ids.kostnad, ids.volym],
      ['effektivitet', ids.goda, ids.kostnad], ['kostnad_per_resultat', ids.kostnad, ids.goda],
    ]) ratioRows.push([tenantId, goal.id, kind, kind, numerator, denominator]);
    targetRows.push([tenantId, ids.andel, '2025', 85], [tenantId, ids.andel, '2026', 87], [tenantId, ids.kontinuitet, '2025', 14]);
  }
  await insert('goal', ['id', 'tenant_id', 'key', 'level', 'title', 'owner_node_id', 'valid_from_year', 'status'], goalRows);
  await insert('chain_element', ['id', 'tenant_id', 'goal_id', 'link', 'name'], elementRows);
  // Referenced indicators first (numerator, denominator, weight have foreign keys).
  const referencing = (row) => row[8] !== 'SUM';
  await insert('indicator', ['id', 'tenant_id', 'chain_element_id', 'goal_id', 'key', 'name', 'unit', 'direction', 'org_aggregation',
    'time_aggregation', 'weight_indicator_id', 'numerator_indicator_id', 'denominator_indicator_id', 'scale', 'periodicity', 'purpose'],
  [...indicatorRows.filter((r) => !referencing(r)), ...indicatorRows.filter(referencing)]);
  await insert('ratio_definition', ['tenant_id', 'goal_id', 'kind', 'name', 'numerator_indicator_id', 'denominator_indicator_id'], ratioRows);
  await insert('indicator_target', ['tenant_id', 'indicator_id', 'period_key', 'target_value'], targetRows);
  await query('COMMIT');
  return { tenantId, kf, goals, indicatorCount: indicatorRows.length };
}

/** 5 stored indicators × 40 units × 8 quarters (the RATIO indicator is computed). */
function valueRows(goal) {
  const rows = [];
  goal.units.forEach((orgNodeId, u) => {
    QUARTERS.forEach((periodKey, q) => {
      const volym = 900 + 13 * u + 7 * q;
      rows.push(
        { indicatorId: goal.indicators.kostnad, orgNodeId, periodKey, value: 7000 + 90 * u + 35 * q },
        { indicatorId: goal.indicators.fte, orgNodeId, periodKey, value: 40 + (u % 5) + (q % 4) / 2 },
        { indicatorId: goal.indicators.volym, orgNodeId, periodKey, value: volym },
        { indicatorId: goal.indicators.goda, orgNodeId, periodKey, value: Math.round(volym * (0.8 + ((u + q) % 10) / 100)) },
        { indicatorId: goal.indicators.kontinuitet, orgNodeId, periodKey, value: 12 + ((u * 3 + q) % 6) },
      );
    });
  });
  return rows;
}

async function login(url) {
  const response = await fetch(`${url}/api/v1/auth/login`, {
    method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: EMAIL, password: PASSWORD }),
  });
  if (response.status !== 200) throw new Error(`login failed: ${response.status} ${await response.text()}`);
  const cookie = response.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
  const { csrfToken } = await response.json();
  return { cookie, csrfToken };
}

async function call(url, session, method, path, body) {
  const response = await fetch(`${url}${path}`, {
    method,
    headers: { cookie: session.cookie, 'x-csrf-token': session.csrfToken, ...(body ? { 'content-type': 'application/json' } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
  const text = await response.text();
  if (response.status !== 200) throw new Error(`${method} ${path}: ${response.status} ${text.slice(0, 500)}`);
  return JSON.parse(text);
}

async function timed(work) {
  const started = performance.now();
  const result = await work();
  return { ms: performance.now() - started, result };
}

/** GET /goals/:id/chain for every goal (root roll-up), then once for one goal with the root and 40 units listed. */
async function timeChains(ctx, url, session, kommun, query, wideQuery, label) {
  const perGoal = [];
  const all = await timed(async () => {
    for (const goal of kommun.goals) {
      const one = await timed(() => call(url, session, 'GET', `/api/v1/goals/${goal.id}/chain?${query}`));
      const andel = one.result.elements.flatMap((e) => e.indicators).find((i) => i.key.endsWith('.andel')).figures.at(-1);
      if (andel.value === null || one.result.ratios.some((r) => r.results.some((x) => x.value === null))) throw new Error('unexpected null figure');
      perGoal.push(one.ms);
    }
  });
  const wide = await timed(() => call(url, session, 'GET', `/api/v1/goals/${kommun.goals[0].id}/chain?${wideQuery}`));
  ctx.log(`${label}: GET chain for ${kommun.goals.length} goals (root over 40 units, 10 periods) ${Math.round(all.ms)} ms, ` +
    `median ${round(median(perGoal), 1)} ms; one goal with 41 units listed × 10 periods ${Math.round(wide.ms)} ms`);
  // The goal tree and Analys: every goal at its owner for two years, in one request against one per goal.
  const year = await timed(() => call(url, session, 'GET', '/api/v1/chains?year=2026'));
  if (year.result.chains.length !== kommun.goals.length) throw new Error(`GET /chains gave ${year.result.chains.length} chains`);
  const oneByOne = await timed(async () => {
    for (const goal of kommun.goals) await call(url, session, 'GET', `/api/v1/goals/${goal.id}/chain?periods=2025,2026`);
  });
  ctx.log(`${label}: GET /chains?year=2026 (${kommun.goals.length} goals at their owners, 2 years) ${Math.round(year.ms)} ms; ` +
    `the same goal by goal ${Math.round(oneByOne.ms)} ms`);
  return { allMs: all.ms, medianMs: median(perGoal), wideMs: wide.ms, yearMs: year.ms, oneByOneMs: oneByOne.ms };
}

export default {
  name: 'exp-keep',
  async run(ctx) {
    const dataDir = makeTempDir('rk-bench-chain-');
    const dbPort = await freePort();
    const { hashPassword } = await import(pathToFileURL(join(ctx.root, 'apps/api/dist/auth/password.js')).href);
    try {
      const app = await startLauncher({ root: ctx.root, dataDir, env: { EMBEDDED_DB_PORT: String(dbPort), SEED_DEMO: 'false' } });
      const client = new pg.Client({ connectionString: `postgres://postgres:postgres@127.0.0.1:${dbPort}/postgres` });
      try {
        await client.connect();
        const kommun = await seedKommun(client, hashPassword);
        ctx.log(`kommun: ${kommun.goals.length} goals, ${kommun.indicatorCount} indicators, ${FORVALTNINGAR * UNITS_PER_FORVALTNING} units`);
        const session = await login(app.url);

        const rows = kommun.goals.flatMap(valueRows);
        let written = 0;
        const write = await timed(async () => {
          for (let start = 0; start < rows.length; start += BATCH_ROWS) {
            written += (await call(app.url, session, 'PUT', '/api/v1/values', { rows: rows.slice(start, start + BATCH_ROWS) })).written;
          }
        });
        if (written !== rows.length) throw new Error(`wrote ${written} of ${rows.length} values`);
        ctx.log(`PUT /values: ${rows.length} rows in ${Math.ceil(rows.length / BATCH_ROWS)} batches, ${Math.round(write.ms)} ms`);

        const { writeFileSync } = await import('node:fs');
        writeFileSync('/tmp/exp-state.json', JSON.stringify({ url: app.url, dbPort, tenantId: kommun.tenantId, kf: kommun.kf, goals: kommun.goals.map((g) => ({ id: g.id, owner: g.owner, indicators: g.indicators })), session }));
        ctx.log('READY for experiments');
        await new Promise(() => {});
        const query = `periods=${QUARTERS.join(',')},2025,2026&orgNodeIds=${kommun.kf}`;
        const wideQuery = `periods=${QUARTERS.join(',')},2025,2026&orgNodeIds=${[kommun.kf, ...kommun.goals[0].units].join(',')}`;
        await call(app.url, session, 'GET', `/api/v1/goals/${kommun.goals[0].id}/chain?${query}`); // warm-up
        const asShipped = await timeChains(ctx, app.url, session, kommun, query, wideQuery, 'no planner statistics');
        // PGlite never analyzes on its own (the launcher's hourly job is a plain VACUUM); a server's autovacuum would.
        await client.query('ANALYZE');
        const analyzed = await timeChains(ctx, app.url, session, kommun, query, wideQuery, 'after ANALYZE');

        const floors = [];
        for (let i = 0; i < FLOOR_RUNS; i += 1) {
          const floor = await timed(() => client.query(
            `SELECT indicator_id, period_key, sum(value), count(*) FROM indicator_value WHERE tenant_id = $1 GROUP BY indicator_id, period_key`,
            [kommun.tenantId],
          ));
          if (floor.result.rowCount !== (kommun.indicatorCount - GOALS) * QUARTERS.length) throw new Error(`floor returned ${floor.result.rowCount} groups`);
          floors.push(floor.ms);
        }
        const floorMs = round(median(floors), 1);
        ctx.log(`floor: one GROUP BY over the same ${rows.length} rows: median ${floorMs} ms`);

        const floorOf = (value) => ({ name: 'postgres-group-by-same-rows', value, unit: 'ms' });
        const metrics = (suffix, timing) => [
          { metric: `chain-all-goals${suffix}`, value: round(timing.allMs, 1), unit: 'ms', floor: floorOf(floorMs) },
          { metric: `chain-per-goal-p50${suffix}`, value: round(timing.medianMs, 1), unit: 'ms', floor: floorOf(floorMs) },
          { metric: `chain-41-units-10-periods${suffix}`, value: round(timing.wideMs, 1), unit: 'ms', floor: floorOf(floorMs) },
          {
            metric: `year-chains-one-request${suffix}`, value: round(timing.yearMs, 1), unit: 'ms',
            floor: { name: 'same-chains-goal-by-goal', value: round(timing.oneByOneMs, 1), unit: 'ms' },
          },
        ];
        return [
          ...metrics('', asShipped),
          ...metrics('-analyzed', analyzed),
          { metric: 'put-values-rows-per-second', value: round(rows.length / (write.ms / 1000), 0), unit: 'rows/s' },
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
