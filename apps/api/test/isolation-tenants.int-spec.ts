import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import type request from 'supertest';
import { APP_DB_ROLE } from '../src/platform/database/app-role.js';
import { startTestApp, type TestApp } from './support/test-app.js';
import { TestFactory, type Kommun, type Session } from './support/factory.js';
import { newReportWorld, fillRemainingTables } from './support/scenarios.js';
import { fullAssessment } from './support/helpers.js';

/**
 * Tenant isolation over the whole API, generated from the OpenAPI document so new endpoints are covered without
 * editing this file: as a user of kommun A, every id of kommun B answers exactly like an id that does not exist
 * (404 on reads and deletes), no response ever contains one of B's ids, and without a kommun set no tenant table
 * returns a row. The two kommuner are started through the platform operator's onboarding path, not by SQL.
 */

/** The resource an id path parameter names, by the path segment before it … */
const SEGMENT_TABLES: Record<string, string> = {
  'org-nodes': 'org_node', goals: 'goal', 'chain-elements': 'chain_element', elements: 'chain_element', indicators: 'indicator',
  ratios: 'ratio_definition', 'ratio-definitions': 'ratio_definition', targets: 'indicator_target', values: 'indicator_value',
  reports: 'report', attachments: 'report_attachment', users: 'app_user', grants: 'role_grant', 'audit-events': 'audit_event',
  periods: 'follow_up_period', calendars: 'follow_up_calendar', notifications: 'notification', 'job-runs': 'job_run',
  mandatperioder: 'mandatperiod', grunduppdrag: 'grunduppdrag', agardirektiv: 'agardirektiv', snapshots: 'period_snapshot',
  assessments: 'report_goal_assessment', tenants: 'tenant', tenant: 'tenant', dialogues: 'dialogue', analyses: 'saved_analysis', uppdrag: 'uppdrag',
  exports: 'period_export',
};
/** … or by its own name. */
const PARAM_TABLES: Record<string, string> = {
  orgNodeId: 'org_node', nodeId: 'org_node', parentId: 'org_node', bolagNodeId: 'org_node', ownerNodeId: 'org_node', goalId: 'goal',
  elementId: 'chain_element', chainElementId: 'chain_element', indicatorId: 'indicator', ratioId: 'ratio_definition',
  ratioDefinitionId: 'ratio_definition', targetId: 'indicator_target', valueId: 'indicator_value', reportId: 'report',
  attachmentId: 'report_attachment', userId: 'app_user', grantId: 'role_grant', periodId: 'follow_up_period',
  calendarId: 'follow_up_calendar', notificationId: 'notification', jobRunId: 'job_run', mandatperiodId: 'mandatperiod',
  agardirektivId: 'agardirektiv', grunduppdragId: 'grunduppdrag', snapshotId: 'period_snapshot', eventId: 'audit_event',
  actionId: 'dialogue_action',
};
/** Tables the fixtures fill for both kommuner (tables added later still get the no-kommun check). */
const FILLED_TABLES = [
  'tenant_population', 'app_user', 'role_grant', 'user_session', 'org_node', 'agardirektiv', 'agardirektiv_goal', 'grunduppdrag',
  'mandatperiod', 'goal', 'goal_link', 'chain_element', 'indicator', 'indicator_target', 'ratio_definition', 'indicator_value',
  'audit_event', 'follow_up_calendar', 'follow_up_period', 'period_snapshot', 'report', 'report_goal_assessment', 'goal_assessment', 'dialogue', 'dialogue_note', 'dialogue_action', 'saved_analysis',
  'goal_circulation', 'goal_comment', 'uppdrag',
  'report_attachment', 'notification', 'job_run', 'period_export', 'tenant_sso',
];
const ROLES = ['controller', 'admin', 'enhetschef', 'fortroendevald', 'revisor', 'ekonom'] as const;
const METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;
/** Sign-in flows, and the platform operator's endpoints, which no kommun session passes (platform-kommuner.int-spec). */
const SKIPPED_PATHS = [/^\/api\/v1\/auth\/(login|logout|oidc\/)/, /^\/api\/v1\/platform\//];

type Method = (typeof METHODS)[number];
interface Schema { $ref?: string; type?: string; format?: string; example?: unknown; enum?: unknown[]; minimum?: number; items?: Schema; properties?: Record<string, Schema>; required?: string[]; allOf?: Schema[]; nullable?: boolean }
interface Parameter { name: string; in: string; required?: boolean; schema?: Schema; example?: unknown }
interface Operation { parameters?: Parameter[]; requestBody?: { content?: Record<string, { schema?: Schema }> } }
interface Endpoint { method: Method; path: string; op: Operation }

describe('tenant isolation over every endpoint', () => {
  let app: TestApp;
  let factory: TestFactory;
  let a: Kommun;
  let b: Kommun;
  let idsA: Record<string, string>;
  let idsB: Record<string, string>;
  let everyIdOfB: string[];
  let sessions: Record<(typeof ROLES)[number], Session>;
  let endpoints: Endpoint[];
  let components: Record<string, Schema>;

  beforeAll(async () => {
    app = await startTestApp();
    factory = new TestFactory(app);
    const users = (d: string) => ROLES.map((role) => ({ email: `${role}@${d}`, role }));
    // Both kommuner are started as customers' are (platform operator, invitation, org import, users through the API).
    a = await factory.newKommunThroughPlatform({ name: 'Kommun A', domain: 'a.se', users: users('a.se') });
    b = await factory.newKommunThroughPlatform({
      name: 'Kommun B',
      domain: 'b.se',
      users: [...users('b.se'), { email: 'rektor@b.se', role: 'enhetschef', scope: 'uf.norr' }],
    });
    for (const kommun of [a, b]) {
      const world = await newReportWorld(factory, kommun, kommun === a ? 'A' : 'B');
      await fillRemainingTables(factory, kommun, world);
      const domain = kommun === a ? 'a.se' : 'b.se';
      // Rows written through the API: a saved report (audit, assessment), an attachment, a session per login.
      const chef = await factory.login(`enhetschef@${domain}`);
      const report = `/api/v1/reports/${world.reports['uf.norr.q3']}`;
      await chef.put(report, { version: 1, values: [{ indicatorId: world.indicators.elever, value: 400 }], assessments: [fullAssessment(world.goals.bun)] }).expect(200);
      await chef.agent.post(`${report}/attachments`).set('X-CSRF-Token', chef.csrf).attach('file', Buffer.from('%PDF-1.7\n'), 'bilaga.pdf').expect(201);
    }
    idsA = await firstIds(a.tenantId);
    idsB = await firstIds(b.tenantId);
    everyIdOfB = await allIds(b.tenantId);
    sessions = Object.fromEntries(await Promise.all(ROLES.map(async (role) => [role, await factory.login(`${role}@a.se`)] as const))) as typeof sessions;
    const doc = (await app.http().get('/api/docs-json').expect(200)).body as { paths: Record<string, Partial<Record<Method, Operation>>>; components?: { schemas?: Record<string, Schema> } };
    components = doc.components?.schemas ?? {};
    endpoints = Object.entries(doc.paths).flatMap(([path, item]) =>
      METHODS.filter((method) => item[method]).map((method) => ({ method, path, op: item[method]! })),
    ).filter((e) => !SKIPPED_PATHS.some((skip) => skip.test(e.path)));
  });
  afterAll(async () => app?.close());

  /** The first row id of every tenant table with an id column (and the kommun's own id). */
  async function firstIds(tenantId: string): Promise<Record<string, string>> {
    return factory.asKommun({ tenantId }, async (m) => {
      const ids: Record<string, string> = { tenant: tenantId };
      for (const table of await tablesWithId(m)) {
        const [row] = await m.query(`SELECT id::text AS id FROM ${table} ORDER BY id LIMIT 1`);
        if (row) ids[table] = row.id;
      }
      return ids;
    });
  }

  async function allIds(tenantId: string): Promise<string[]> {
    return factory.asKommun({ tenantId }, async (m) => {
      const ids = [tenantId];
      for (const table of await tablesWithId(m)) ids.push(...(await m.query(`SELECT id::text AS id FROM ${table}`)).map((r: { id: string }) => r.id));
      return ids;
    });
  }

  async function tablesWithId(m: { query(sql: string): Promise<{ table_name: string }[]> }): Promise<string[]> {
    const rows = await m.query(
      `SELECT c.table_name FROM information_schema.columns c
        WHERE c.table_schema = 'public' AND c.column_name = 'id'
          AND EXISTS (SELECT 1 FROM information_schema.columns t WHERE t.table_schema = 'public' AND t.table_name = c.table_name AND t.column_name = 'tenant_id')`,
    );
    return rows.map((r) => r.table_name).sort();
  }

  const pathParams = (path: string) => [...path.matchAll(/\{(\w+)\}/g)].map((match) => match[1]!);
  const isIdParam = (name: string) => name === 'id' || /Id$/.test(name);

  function tableOf(path: string, param: string): string | undefined {
    if (param !== 'id' && PARAM_TABLES[param]) return PARAM_TABLES[param];
    const segments = path.split('/');
    const before = segments[segments.indexOf(`{${param}}`) - 1];
    return before ? SEGMENT_TABLES[before] : undefined;
  }

  function filler(param: Parameter | { name: string; schema?: Schema; example?: unknown }): string {
    const example = param.example ?? param.schema?.example ?? param.schema?.enum?.[0];
    if (example !== undefined && example !== null) return String(example);
    if (/year/i.test(param.name)) return '2026';
    if (/periodKey/i.test(param.name)) return '2026-Q3';
    if (PARAM_TABLES[param.name]) return idsA[PARAM_TABLES[param.name]!] ?? randomUUID();
    if (param.schema?.type === 'integer' || param.schema?.type === 'number') return String(param.schema.minimum ?? 1);
    return 'x';
  }

  function exampleOf(schema: Schema | undefined, depth = 0): unknown {
    if (!schema || depth > 5) return undefined;
    if (schema.$ref) return exampleOf(components[schema.$ref.split('/').pop()!], depth + 1);
    if (schema.allOf) return Object.assign({}, ...schema.allOf.map((s) => exampleOf(s, depth + 1)));
    if (schema.example !== undefined) return schema.example;
    if (schema.enum) return schema.enum[0];
    switch (schema.type) {
      case 'object': {
        const body: Record<string, unknown> = {};
        for (const [name, property] of Object.entries(schema.properties ?? {})) {
          if (schema.required?.includes(name) || property.example !== undefined) body[name] = exampleOf(property, depth + 1);
        }
        return body;
      }
      case 'array':
        return [exampleOf(schema.items, depth + 1)].filter((v) => v !== undefined);
      case 'integer':
      case 'number':
        return schema.minimum ?? 1;
      case 'boolean':
        return false;
      case 'string':
        return schema.format === 'uuid' ? randomUUID() : schema.format === 'date' ? '2026-09-30' : 'x';
      default:
        return undefined;
    }
  }

  function call(session: Session, endpoint: Endpoint, values: Record<string, string>, query = ''): request.Test {
    const url = endpoint.path.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(values[name]!)) + query;
    const body = exampleOf(endpoint.op.requestBody?.content?.['application/json']?.schema) ?? {};
    switch (endpoint.method) {
      case 'get':
        return session.get(url);
      case 'delete':
        return session.delete(url);
      default:
        return session[endpoint.method](url, body as object);
    }
  }

  const leakedIds = (res: request.Response) => {
    const text = `${res.text ?? ''}${JSON.stringify(res.body ?? null)}`;
    return everyIdOfB.filter((id) => text.includes(id));
  };

  it('answers B’s ids like ids that do not exist (404 on reads and deletes), for every endpoint with an id', async () => {
    const failures: string[] = [];
    const unexercised: string[] = [];
    let exercised = 0;
    for (const endpoint of endpoints) {
      const params = pathParams(endpoint.path);
      const idParams = params.filter(isIdParam);
      if (idParams.length === 0) continue;
      const name = `${endpoint.method.toUpperCase()} ${endpoint.path}`;
      const tables = Object.fromEntries(idParams.map((p) => [p, tableOf(endpoint.path, p)]));
      const unknown = idParams.filter((p) => !tables[p] || !idsA[tables[p]!] || !idsB[tables[p]!]);
      if (unknown.length > 0) {
        unexercised.push(`${name}: no test data for {${unknown.join('}, {')}} (add its resource to SEGMENT_TABLES/PARAM_TABLES and a row to the fixtures)`);
        continue;
      }
      const base: Record<string, string> = {};
      for (const p of params) base[p] = isIdParam(p) ? idsA[tables[p]!]! : filler({ name: p });
      // One parameter from B at a time (the others valid in A), and all from B at once.
      const variants = [...idParams.map((p) => [p]), ...(idParams.length > 1 ? [idParams] : [])];
      const probe = { ...base, ...Object.fromEntries(idParams.map((p) => [p, randomUUID()])) };
      let session: Session | undefined;
      for (const role of ROLES) {
        const res = await call(sessions[role], endpoint, probe);
        if (res.status !== 401 && res.status !== 403) {
          session = sessions[role];
          break;
        }
      }
      if (!session) {
        unexercised.push(`${name}: every role of kommun A was refused (403), so B's ids could not be tried`);
        continue;
      }
      exercised++;
      // Query parameters with an example (except ids) make the request complete enough to reach the lookup.
      const query = new URLSearchParams(
        (endpoint.op.parameters ?? [])
          .filter((p) => p.in === 'query' && !/Ids?$/.test(p.name) && (p.required || p.example !== undefined || p.schema?.example !== undefined))
          .map((p): [string, string] => [p.name, filler(p)]),
      );
      const suffix = query.size ? `?${query}` : '';
      for (const fromB of variants) {
        const withB = { ...base, ...Object.fromEntries(fromB.map((p) => [p, idsB[tables[p]!]!])) };
        const missing = { ...base, ...Object.fromEntries(fromB.map((p) => [p, randomUUID()])) };
        const [resB, resMissing] = [await call(session, endpoint, withB, suffix), await call(session, endpoint, missing, suffix)];
        const label = `${name} with B's {${fromB.join('}, {')}}`;
        if (['get', 'delete'].includes(endpoint.method) && resB.status !== 404) failures.push(`${label}: ${resB.status}, expected 404`);
        if (resB.status < 400) failures.push(`${label}: ${resB.status} — B's row was reached`);
        if (resB.status !== resMissing.status || resB.body?.message !== resMissing.body?.message) {
          failures.push(`${label}: ${resB.status} "${resB.body?.message}" differs from a missing id's ${resMissing.status} "${resMissing.body?.message}"`);
        }
        const leaked = leakedIds(resB);
        if (leaked.length) failures.push(`${label}: the response contains B's ids ${leaked.join(', ')}`);
      }
    }
    expect(unexercised).toEqual([]);
    expect(failures).toEqual([]);
    // The report, attachment and user endpoints alone are more than this; a broken document would give none.
    expect(exercised).toBeGreaterThanOrEqual(12);
  });

  it('never returns a row of B from any read, for any role, even when asked with B’s ids as filters', async () => {
    const failures: string[] = [];
    let checked = 0;
    for (const endpoint of endpoints.filter((e) => e.method === 'get')) {
      const params = pathParams(endpoint.path);
      const tables = Object.fromEntries(params.filter(isIdParam).map((p) => [p, tableOf(endpoint.path, p)]));
      if (Object.values(tables).some((t) => !t || !idsA[t])) continue;
      const values = Object.fromEntries(params.map((p) => [p, isIdParam(p) ? idsA[tables[p]!]! : filler({ name: p })]));
      const queryParams = (endpoint.op.parameters ?? []).filter((p) => p.in === 'query');
      const own = new URLSearchParams();
      const foreign = new URLSearchParams();
      for (const p of queryParams) {
        if (p.name === 'pageSize') {
          own.set('pageSize', '200');
          foreign.set('pageSize', '200');
        } else if (PARAM_TABLES[p.name] || p.name === 'actor' || p.name === 'entityId') {
          const table = PARAM_TABLES[p.name] ?? 'app_user';
          foreign.set(p.name, idsB[table] ?? randomUUID());
          if (p.required) own.set(p.name, idsA[table] ?? randomUUID());
        } else if (p.required) {
          own.set(p.name, filler(p));
          foreign.set(p.name, filler(p));
        }
      }
      for (const role of ROLES) {
        for (const query of [own, foreign]) {
          const res = await call(sessions[role], endpoint, values, query.size ? `?${query}` : '');
          checked++;
          const leaked = leakedIds(res);
          if (leaked.length) failures.push(`GET ${endpoint.path}?${query} as ${role}: contains B's ids ${leaked.join(', ')}`);
        }
      }
    }
    expect(failures).toEqual([]);
    expect(checked).toBeGreaterThan(50);
    const reports = await sessions.controller.get('/api/v1/reports?pageSize=200').expect(200);
    expect(reports.body.total).toBe(3);
  });

  it('returns no row of any tenant table to a query without a kommun set, and every such table forces row-level security', async () => {
    const ds = app.api.get(DataSource);
    const tables: string[] = (
      await ds.query(`SELECT DISTINCT table_name FROM information_schema.columns WHERE table_schema = 'public' AND column_name = 'tenant_id' ORDER BY 1`)
    ).map((r: { table_name: string }) => r.table_name);
    expect(tables).toEqual(expect.arrayContaining(FILLED_TABLES));
    const result = await ds.transaction(async (m) => {
      await m.query(`SET LOCAL ROLE ${APP_DB_ROLE}`);
      const counts: Record<string, number> = {};
      for (const table of [...tables, 'tenant']) counts[table] = (await m.query(`SELECT count(*)::int AS n FROM ${table}`))[0].n;
      return counts;
    });
    expect(result).toEqual(Object.fromEntries([...tables, 'tenant'].map((t) => [t, 0])));
    const withKommun = await factory.asKommun(b, async (m) => {
      const counts: Record<string, number> = {};
      for (const table of FILLED_TABLES) counts[table] = (await m.query(`SELECT count(*)::int AS n FROM ${table}`))[0].n;
      return counts;
    });
    expect(Object.entries(withKommun).filter(([, n]) => n === 0)).toEqual([]);
    const security: { relname: string; relrowsecurity: boolean; relforcerowsecurity: boolean }[] = await ds.query(
      `SELECT relname, relrowsecurity, relforcerowsecurity FROM pg_class WHERE relnamespace = 'public'::regnamespace AND relname = ANY($1)`,
      [[...tables, 'tenant']],
    );
    expect(security.filter((t) => !t.relrowsecurity || !t.relforcerowsecurity)).toEqual([]);
    expect(security).toHaveLength(tables.length + 1);
  });
});
