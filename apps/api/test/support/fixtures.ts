import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import request from 'supertest';
import type { OrgNodeKind, Role } from '@resultatkedjan/contracts';
import { hashPassword } from '../../src/auth/password.js';
import { APP_DB_ROLE } from '../../src/platform/database/app-role.js';
import type { TestApp } from './test-app.js';

export const TEST_PASSWORD = 'Test-lösenord-1';

export interface FixtureNode {
  key: string;
  name: string;
  kind: OrgNodeKind;
  parent?: string;
}

export interface FixtureUser {
  email: string;
  role: Role;
  /** Org node key the role is scoped to; omitted = the whole kommun. */
  scope?: string;
}

export interface Kommun {
  tenantId: string;
  nodes: Record<string, string>;
  users: Record<string, string>;
}

const DEFAULT_NODES: FixtureNode[] = [
  { key: 'kf', name: 'Kommunfullmäktige', kind: 'kf' },
  { key: 'bun', name: 'Barn- och utbildningsnämnden', kind: 'namnd', parent: 'kf' },
  { key: 'uf', name: 'Utbildningsförvaltningen', kind: 'forvaltning', parent: 'bun' },
  { key: 'uf.norr', name: 'Norrskolan', kind: 'enhet', parent: 'uf' },
  { key: 'uf.soder', name: 'Söderskolan', kind: 'enhet', parent: 'uf' },
  { key: 'bolag', name: 'Kommunens Bostäder AB', kind: 'bolag', parent: 'kf' },
];

// Distinct within a test file (two random codes collided about once in 900 pairs); 9000–9799, clear of the fixed
// 98xx codes some tests pass and of the demo kommun's 9901.
let kommunkodSeq = Math.floor(Math.random() * 400);
const nextKommunkod = () => String(9000 + (kommunkodSeq++ % 800));

/** Creates a kommun with an org tree and users straight in the database, as the app role under RLS. */
export async function createKommun(
  app: TestApp,
  options: { name?: string; kommunkod?: string; nodes?: FixtureNode[]; users: FixtureUser[] },
): Promise<Kommun> {
  const tenantId = randomUUID();
  const dataSource = app.api.get(DataSource);
  const passwordHash = await hashPassword(TEST_PASSWORD);
  const nodes: Record<string, string> = {};
  const users: Record<string, string> = {};
  await dataSource.transaction(async (m) => {
    await m.query(`SELECT set_config('app.tenant_id', $1, true)`, [tenantId]);
    await m.query(`SET LOCAL ROLE ${APP_DB_ROLE}`);
    await m.query(`INSERT INTO tenant (id, name, kommunkod) VALUES ($1, $2, $3)`, [
      tenantId,
      options.name ?? 'Testkommun',
      options.kommunkod ?? nextKommunkod(),
    ]);
    for (const [index, node] of (options.nodes ?? DEFAULT_NODES).entries()) {
      const [row] = await m.query(
        `INSERT INTO org_node (tenant_id, key, name, kind, parent_id, sort_order) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
        [tenantId, node.key, node.name, node.kind, node.parent ? nodes[node.parent] : null, index],
      );
      nodes[node.key] = row.id;
    }
    for (const user of options.users) {
      const [row] = await m.query(
        `INSERT INTO app_user (tenant_id, email, display_name, password_hash) VALUES ($1, $2, $3, $4) RETURNING id`,
        [tenantId, user.email.toLowerCase(), user.email.split('@')[0], passwordHash],
      );
      users[user.email] = row.id;
      await m.query(`INSERT INTO role_grant (tenant_id, user_id, role, org_node_id) VALUES ($1, $2, $3, $4)`, [
        tenantId,
        row.id,
        user.role,
        user.scope ? nodes[user.scope] : null,
      ]);
    }
  });
  return { tenantId, nodes, users };
}

export interface Session {
  agent: ReturnType<typeof request.agent>;
  csrf: string;
  /** Helpers that send the CSRF header on unsafe methods. */
  get(path: string): request.Test;
  post(path: string, body?: object): request.Test;
  put(path: string, body?: object): request.Test;
  patch(path: string, body?: object): request.Test;
  delete(path: string): request.Test;
}

export async function login(app: TestApp, email: string, password = TEST_PASSWORD): Promise<Session> {
  const agent = request.agent(app.api.getHttpServer());
  const res = await agent.post('/api/v1/auth/login').send({ email, password });
  if (res.status !== 200) throw new Error(`login of ${email} failed: ${res.status} ${JSON.stringify(res.body)}`);
  const csrf = res.body.csrfToken as string;
  return {
    agent,
    csrf,
    get: (path) => agent.get(path),
    post: (path, body) => agent.post(path).set('X-CSRF-Token', csrf).send(body ?? {}),
    put: (path, body) => agent.put(path).set('X-CSRF-Token', csrf).send(body ?? {}),
    patch: (path, body) => agent.patch(path).set('X-CSRF-Token', csrf).send(body ?? {}),
    delete: (path) => agent.delete(path).set('X-CSRF-Token', csrf),
  };
}

/** Creates a platform operator straight in the database (as the CLI does), with TEST_PASSWORD. */
export async function createOperator(app: TestApp, email: string): Promise<string> {
  const id = randomUUID();
  const passwordHash = await hashPassword(TEST_PASSWORD);
  await app.api.get(DataSource).transaction(async (m) => {
    await m.query(`SELECT set_config('app.platform_operator_id', $1, true)`, [id]);
    await m.query(`SET LOCAL ROLE ${APP_DB_ROLE}`);
    await m.query(`INSERT INTO platform_operator (id, email, display_name, password_hash) VALUES ($1, $2, $3, $4)`, [
      id, email.toLowerCase(), email.split('@')[0], passwordHash,
    ]);
  });
  return id;
}

/** Signs a platform operator in (platform session cookie); the helpers send the operator's CSRF header. */
export async function loginOperator(app: TestApp, email: string, password = TEST_PASSWORD): Promise<Session> {
  const agent = request.agent(app.api.getHttpServer());
  const res = await agent.post('/api/v1/platform/auth/login').send({ email, password });
  if (res.status !== 200) throw new Error(`operator login of ${email} failed: ${res.status} ${JSON.stringify(res.body)}`);
  const csrf = res.body.csrfToken as string;
  return {
    agent,
    csrf,
    get: (path) => agent.get(path),
    post: (path, body) => agent.post(path).set('X-CSRF-Token', csrf).send(body ?? {}),
    put: (path, body) => agent.put(path).set('X-CSRF-Token', csrf).send(body ?? {}),
    patch: (path, body) => agent.patch(path).set('X-CSRF-Token', csrf).send(body ?? {}),
    delete: (path) => agent.delete(path).set('X-CSRF-Token', csrf),
  };
}
