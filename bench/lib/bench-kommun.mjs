// The benchmark kommun (50 goals × 6 indicators, 4 förvaltningar × 10 units, 8 quarters of values on every unit) and
// small HTTP helpers, shared by the chain and concurrency benchmarks. Org, users, goals, indicators and ratio
// definitions are inserted with SQL (owner connection, like the test fixtures).
import { randomInt, randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';

export const FORVALTNINGAR = 4;
export const UNITS_PER_FORVALTNING = 10;
export const GOALS = 50;
export const QUARTERS = ['2025-Q1', '2025-Q2', '2025-Q3', '2025-Q4', '2026-Q1', '2026-Q2', '2026-Q3', '2026-Q4'];
export const BATCH_ROWS = 4800;
export const PASSWORD = 'Bench-lösenord-1';
export const EMAIL = 'controller@bench.se';

/** Builds the kommun straight in the database; returns the ids the benchmark needs. */
export async function seedBenchKommun(client, hashPassword) {
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
  await query('INSERT INTO tenant (id, name, kommunkod, email_domains) VALUES ($1, $2, $3, $4)', [tenantId, 'Benchkommun', String(9800 + randomInt(99)), ['bench.se']]);
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
export function valueRows(goal) {
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

export async function login(url) {
  const response = await fetch(`${url}/api/v1/auth/login`, {
    method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: EMAIL, password: PASSWORD }),
  });
  if (response.status !== 200) throw new Error(`login failed: ${response.status} ${await response.text()}`);
  const cookie = response.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
  const { csrfToken } = await response.json();
  return { cookie, csrfToken };
}

export async function call(url, session, method, path, body) {
  const response = await fetch(`${url}${path}`, {
    method,
    headers: { cookie: session.cookie, 'x-csrf-token': session.csrfToken, ...(body ? { 'content-type': 'application/json' } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
  const text = await response.text();
  if (response.status !== 200) throw new Error(`${method} ${path}: ${response.status} ${text.slice(0, 500)}`);
  return JSON.parse(text);
}

export async function timed(work) {
  const started = performance.now();
  const result = await work();
  return { ms: performance.now() - started, result };
}

/** Inserts every value of the benchmark kommun straight into the database, in one statement (set-up, not measured). */
export async function insertValuesDirectly(client, kommun) {
  const rows = kommun.goals.flatMap(valueRows);
  await client.query('BEGIN');
  await client.query(`SELECT set_config('app.tenant_id', $1, true)`, [kommun.tenantId]);
  await client.query(
    `INSERT INTO indicator_value (tenant_id, indicator_id, org_node_id, period_key, value, source)
     SELECT $1::uuid, t.i, t.n, t.p, t.v, 'manual' FROM unnest($2::uuid[], $3::uuid[], $4::text[], $5::numeric[]) AS t(i, n, p, v)`,
    [kommun.tenantId, rows.map((r) => r.indicatorId), rows.map((r) => r.orgNodeId), rows.map((r) => r.periodKey), rows.map((r) => String(r.value))],
  );
  await client.query('COMMIT');
  return rows.length;
}
