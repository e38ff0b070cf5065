import { randomUUID } from 'node:crypto';
import pg from 'pg';
import request from 'supertest';
import type { EntityManager } from 'typeorm';
import type {
  ChainLink,
  CreateIndicatorRequest,
  GoalDto,
  GoalLevel,
  GoalStatus,
  IndicatorTargetDto,
  OrgNodeKind,
  RatioKind,
  Role,
  ValueRow,
} from '@resultatkedjan/contracts';
import { hashPassword } from '../../src/auth/password.js';
import { KommunRunService } from '../../src/follow-up/kommun-run.service.js';
import { toGoalDto } from '../../src/goals/goal.mapper.js';
import { goalQueries } from '../../src/goals/goal.queries.js';
import { TenantDb } from '../../src/platform/database/tenant/tenant-db.service.js';
import { Clock } from '../../src/platform/jobs/clock.js';
import { reportQueries } from '../../src/reports/report.queries.js';
import type { TenantSettings } from '../../src/tenancy/tenant.entity.js';
import { indicatorBody } from './helpers.js';
import type { TestApp } from './test-app.js';

export const TEST_PASSWORD = 'Test-lösenord-1';

export interface NodeSpec {
  key: string;
  name: string;
  kind: OrgNodeKind;
  /** The parent's key. */
  parent?: string;
}

export interface UserSpec {
  email: string;
  role: Role;
  /** Org node key the role is scoped to; omitted = the whole kommun. */
  scope?: string;
}

/** A kommun made by newKommun: node ids and user ids by key and e-mail. */
export interface Kommun {
  tenantId: string;
  /** Its kommunkod, which the factory's login sends for this kommun's users. */
  kommunkod?: string;
  nodes: Record<string, string>;
  users: Record<string, string>;
}

/** Anything naming a kommun (a Kommun, or `{ tenantId }` for one the factory did not make). */
export type KommunRef = Pick<Kommun, 'tenantId'>;

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

export interface GoalSpec {
  key: string;
  /** The owning org node's key. */
  owner: string;
  level?: GoalLevel;
  title?: string;
  parentGoalId?: string | null;
  alsoServesGoalIds?: string[];
  validFromYear?: number;
  validToYear?: number | null;
  geh?: boolean;
  sortOrder?: number;
  /** Straight into the database only (POST /goals always makes a förslag); default beslutad. */
  status?: GoalStatus;
}

export type IndicatorSpec = Partial<CreateIndicatorRequest> & Pick<CreateIndicatorRequest, 'chainElementId' | 'key'>;

export interface RatioSpec {
  goalId: string;
  kind: RatioKind;
  name: string;
  numeratorIndicatorId: string;
  denominatorIndicatorId: string;
  scale?: number;
}

export interface AuditRow {
  action: string;
  entity_type: string;
  entity_id: string;
  actor_user_id: string | null;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

const DEFAULT_NODES: NodeSpec[] = [
  { key: 'kf', name: 'Kommunfullmäktige', kind: 'kf' },
  { key: 'bun', name: 'Barn- och utbildningsnämnden', kind: 'namnd', parent: 'kf' },
  { key: 'uf', name: 'Utbildningsförvaltningen', kind: 'forvaltning', parent: 'bun' },
  { key: 'uf.norr', name: 'Norrskolan', kind: 'enhet', parent: 'uf' },
  { key: 'uf.soder', name: 'Söderskolan', kind: 'enhet', parent: 'uf' },
  { key: 'bolag', name: 'Kommunens Bostäder AB', kind: 'bolag', parent: 'kf' },
];

/** indicator columns by request field, for rows written straight into the database. */
const INDICATOR_COLUMNS: Partial<Record<keyof CreateIndicatorRequest, string>> = {
  name: 'name', unit: 'unit', direction: 'direction', orgAggregation: 'org_aggregation', timeAggregation: 'time_aggregation',
  weightIndicatorId: 'weight_indicator_id', numeratorIndicatorId: 'numerator_indicator_id', denominatorIndicatorId: 'denominator_indicator_id',
  scale: 'scale', periodicity: 'periodicity', targeted: 'targeted', purpose: 'purpose', sortOrder: 'sort_order',
};

// Distinct within a test file (two random codes collided about once in 900 pairs); 9000–9799, clear of the fixed
// 98xx codes some tests pass and of the demo kommun's 9901.
let kommunkodSeq = Math.floor(Math.random() * 400);
const nextKommunkod = () => String(9000 + (kommunkodSeq++ % 800));
/** 99xx: the codes the platform accepts for demo and test kommuner. */
let platformKommunkodSeq = Math.floor(Math.random() * 50);
const nextPlatformKommunkod = () => String(9900 + (platformKommunkodSeq++ % 100));

/**
 * The one way tests make data (STYLE.md §5): every `new…` takes the kommun first and one spec. Without a session
 * the rows go straight into the database as the app role under the kommun's row-level security (TenantDb, as
 * request code does); with `by` (a signed-in session) they go through the HTTP API as that user, so the API's rules
 * and audit trail apply.
 */
export class TestFactory {
  /** TEST_PASSWORD's argon2 hash, made once: hashing is deliberately slow. */
  private passwordHash?: Promise<string>;
  /** Which kommun each factory-made user signs in to (e-mail is unique per kommun only). */
  private readonly kommunkodByEmail = new Map<string, string>();

  constructor(readonly app: TestApp) {}

  // ---------------------------------------------------------------- kommuner, users, sessions

  /** A kommun with an org tree (a small default one unless given) and users with role grants. */
  async newKommun(spec: { name?: string; kommunkod?: string; nodes?: NodeSpec[]; users?: UserSpec[] } = {}): Promise<Kommun> {
    const kommun: Kommun = { tenantId: randomUUID(), kommunkod: spec.kommunkod ?? nextKommunkod(), nodes: {}, users: {} };
    const emailDomains = [...new Set((spec.users ?? []).map((user) => user.email.split('@')[1]!.toLowerCase()))];
    await this.asKommun(kommun, async (m) => {
      await m.query(`INSERT INTO tenant (id, name, kommunkod, email_domains) VALUES ($1, $2, $3, $4)`, [
        kommun.tenantId,
        spec.name ?? 'Testkommun',
        kommun.kommunkod,
        emailDomains,
      ]);
      for (const [index, node] of (spec.nodes ?? DEFAULT_NODES).entries()) {
        const [row] = await m.query(
          `INSERT INTO org_node (tenant_id, key, name, kind, parent_id, sort_order) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
          [kommun.tenantId, node.key, node.name, node.kind, node.parent ? kommun.nodes[node.parent] : null, index],
        );
        kommun.nodes[node.key] = row.id;
      }
    });
    for (const user of spec.users ?? []) await this.newUser(kommun, user);
    return kommun;
  }

  /**
   * A kommun started the way a customer's is, with no SQL: the platform operator's POST /platform/kommuner (KF node,
   * calendars, settings, a first admin `forsta.admin@<domain>` with an invitation), the admin's password set through
   * the invitation, the org tree read in through POST /org-nodes/import, and each user created, given TEST_PASSWORD
   * and granted a role through /users.
   */
  async newKommunThroughPlatform(spec: { name: string; domain: string; nodes?: NodeSpec[]; users?: UserSpec[] }): Promise<Kommun> {
    const operatorEmail = `drift.${randomUUID().slice(0, 8)}@plattform.test`;
    await this.newOperator({ email: operatorEmail });
    const operator = await this.loginOperator(operatorEmail);
    const adminEmail = `forsta.admin@${spec.domain}`;
    const kommunkod = nextPlatformKommunkod();
    this.kommunkodByEmail.set(adminEmail, kommunkod);
    const started = expectStatus<{ id: string; invitationLink: string }>(
      await operator.post('/api/v1/platform/kommuner', { kommunkod, namn: spec.name, adminEmail }),
      201,
      `start ${spec.name}`,
    );
    const token = started.invitationLink.split('/inbjudan/')[1];
    expectStatus(await this.app.http().post('/api/v1/auth/invitations/accept').send({ token, password: TEST_PASSWORD }), 204, 'accept the invitation');
    const admin = await this.login(adminEmail);

    const rows = (spec.nodes ?? DEFAULT_NODES).filter((node) => node.kind !== 'kf').map((node) => [node.key, node.name, node.kind, node.parent].join(';'));
    const file = Buffer.from(['Nyckel;Namn;Typ;Överordnad nyckel', ...rows].join('\n'), 'utf8');
    expectStatus(await admin.agent.post('/api/v1/org-nodes/import').set('X-CSRF-Token', admin.csrf).attach('file', file, 'org.csv'), 200, 'import the org tree');
    const nodes = expectStatus<{ items: { id: string; key: string }[] }>(await admin.get('/api/v1/org-nodes?pageSize=200'), 200, 'list the org tree');
    const kommun: Kommun = { tenantId: started.id, kommunkod, nodes: Object.fromEntries(nodes.items.map((n) => [n.key, n.id])), users: {} };

    for (const user of spec.users ?? []) {
      const created = expectStatus<{ id: string }>(
        await admin.post('/api/v1/users', { email: user.email, displayName: user.email.split('@')[0], password: TEST_PASSWORD }),
        201,
        `create ${user.email}`,
      );
      expectStatus(await admin.post(`/api/v1/users/${created.id}/grants`, { role: user.role, orgNodeId: user.scope ? nodeId(kommun, user.scope) : null }), 201, `grant ${user.email}`);
      kommun.users[user.email] = created.id;
      this.kommunkodByEmail.set(user.email.toLowerCase(), kommunkod);
    }
    return kommun;
  }

  /** A user with TEST_PASSWORD and one role grant; also recorded in `kommun.users`. */
  async newUser(kommun: Kommun, user: UserSpec): Promise<string> {
    const passwordHash = await this.testPasswordHash();
    const id = await this.asKommun(kommun, async (m) => {
      const [row] = await m.query(
        `INSERT INTO app_user (tenant_id, email, display_name, password_hash) VALUES ($1, $2, $3, $4) RETURNING id`,
        [kommun.tenantId, user.email.toLowerCase(), user.email.split('@')[0], passwordHash],
      );
      await m.query(`INSERT INTO role_grant (tenant_id, user_id, role, org_node_id) VALUES ($1, $2, $3, $4)`, [
        kommun.tenantId,
        row.id,
        user.role,
        user.scope ? kommun.nodes[user.scope] : null,
      ]);
      return row.id as string;
    });
    kommun.users[user.email] = id;
    if (kommun.kommunkod) this.kommunkodByEmail.set(user.email.toLowerCase(), kommun.kommunkod);
    return id;
  }

  /** A platform operator with TEST_PASSWORD, as the operator CLI makes one. */
  async newOperator(spec: { email: string }): Promise<string> {
    const id = randomUUID();
    const passwordHash = await this.testPasswordHash();
    await this.tenantDb().withSettings({ 'app.platform_operator_id': id }, (m) =>
      m.query(`INSERT INTO platform_operator (id, email, display_name, password_hash) VALUES ($1, $2, $3, $4)`, [
        id,
        spec.email.toLowerCase(),
        spec.email.split('@')[0],
        passwordHash,
      ]),
    );
    return id;
  }

  /** Signs a user in; the kommun is the one the factory made the user in, else found by the e-mail's domain. */
  login(email: string, password = TEST_PASSWORD, kommunkod = this.kommunkodByEmail.get(email.toLowerCase())): Promise<Session> {
    return this.signIn('/api/v1/auth/login', email, password, kommunkod);
  }

  /** Signs a platform operator in (platform session cookie). */
  loginOperator(email: string, password = TEST_PASSWORD): Promise<Session> {
    return this.signIn('/api/v1/platform/auth/login', email, password);
  }

  // ---------------------------------------------------------------- rows, as the app role in a kommun

  /** Runs `work` in one transaction as request code does: the kommun set, the app role, row-level security. */
  asKommun<T>(kommun: KommunRef, work: (m: EntityManager) => Promise<T>): Promise<T> {
    return this.tenantDb().run(kommun.tenantId, work);
  }

  /** The rows of one statement in the kommun (for UPDATE/DELETE … RETURNING too). */
  rows<T = Record<string, unknown>>(kommun: KommunRef, sql: string, params: unknown[] = []): Promise<T[]> {
    return this.asKommun(kommun, async (m) => {
      const result = await m.query(sql, params);
      // UPDATE/DELETE come back as [rows, count].
      return /^\s*(update|delete)/i.test(sql) ? result[0] : result;
    });
  }

  /** The kommun's rows in `table`, optionally WHERE `where` (with $1… from `params`). */
  async count(kommun: KommunRef, table: string, where = 'TRUE', params: unknown[] = []): Promise<number> {
    const [row] = await this.rows<{ n: number }>(kommun, `SELECT count(*)::int AS n FROM ${table} WHERE ${where}`, params);
    return row!.n;
  }

  /** The kommun's audit events of one entity type (or one entity), oldest first. */
  auditEvents(kommun: KommunRef, entityType: string, entityId?: string): Promise<AuditRow[]> {
    return this.rows<AuditRow>(
      kommun,
      `SELECT action, entity_type, entity_id, actor_user_id, before, after FROM audit_event
        WHERE entity_type = $1 AND ($2::text IS NULL OR entity_id = $2) ORDER BY occurred_at, id`,
      [entityType, entityId ?? null],
    );
  }

  async setTenantSettings(kommun: KommunRef, settings: TenantSettings): Promise<void> {
    await this.rows(kommun, 'UPDATE tenant SET settings = $1 WHERE id = $2', [JSON.stringify(settings), kommun.tenantId]);
  }

  /**
   * Makes every insert into `table` fail (a trigger installed as the database owner) while `work` runs, to prove
   * that a multi-row write is all-or-nothing when its later rows fail.
   */
  async whileInsertsFail<T>(table: string, work: () => Promise<T>): Promise<T> {
    const owner = new pg.Client({ connectionString: this.app.database.ownerUrl });
    await owner.connect();
    try {
      await owner.query(`CREATE OR REPLACE FUNCTION rk_test_fail_insert() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN RAISE EXCEPTION 'simulated failure'; END $$`);
      await owner.query(`CREATE TRIGGER rk_test_fail_insert BEFORE INSERT ON ${table} FOR EACH ROW EXECUTE FUNCTION rk_test_fail_insert()`);
      return await work();
    } finally {
      await owner.query(`DROP TRIGGER IF EXISTS rk_test_fail_insert ON ${table}`);
      await owner.end();
    }
  }

  // ---------------------------------------------------------------- goals and chains

  /** A goal; with `by`, POST /goals as that user (a förslag, audited). Title "Mål <key>", from 2025, nämndmål unless given. */
  async newGoal(kommun: Kommun, spec: GoalSpec, by?: Session): Promise<GoalDto> {
    const { owner, status, ...fields } = spec;
    const goal = { title: `Mål ${spec.key}`, level: 'namndmal' as GoalLevel, validFromYear: 2025, ...fields, ownerNodeId: nodeId(kommun, owner) };
    if (by) return expectStatus(await by.post('/api/v1/goals', goal), 201, `goal ${spec.key}`);
    return this.asKommun(kommun, async (m) => {
      const row = await goalQueries.insert(m, {
        tenantId: kommun.tenantId,
        key: goal.key,
        level: goal.level,
        title: goal.title,
        description: '',
        ownerNodeId: goal.ownerNodeId,
        parentGoalId: goal.parentGoalId ?? null,
        geh: goal.geh ?? false,
        mandatperiodId: null,
        validFromYear: goal.validFromYear,
        validToYear: goal.validToYear ?? null,
        reviewDate: null,
        status: status ?? 'beslutad',
        decision: null,
        sortOrder: goal.sortOrder ?? 0,
      });
      await goalQueries.replaceAlsoServes(m, kommun.tenantId, row.id, goal.alsoServesGoalIds ?? []);
      return toGoalDto(row, goal.alsoServesGoalIds ?? []);
    });
  }

  /** A link of a goal's chain; with `by`, POST /goals/:id/chain-elements. */
  async newChainElement(kommun: Kommun, spec: { goalId: string; link: ChainLink; name: string }, by?: Session): Promise<string> {
    if (by) return (await expectStatus<{ id: string }>(await by.post(`/api/v1/goals/${spec.goalId}/chain-elements`, { link: spec.link, name: spec.name }), 201, `chain element ${spec.name}`)).id;
    const [row] = await this.rows<{ id: string }>(kommun, `INSERT INTO chain_element (tenant_id, goal_id, link, name) VALUES ($1, $2, $3, $4) RETURNING id`, [
      kommun.tenantId,
      spec.goalId,
      spec.link,
      spec.name,
    ]);
    return row!.id;
  }

  /**
   * An indicator on a chain element (named after its key, counted in st, higher is better, SUM over nodes and time,
   * quarterly, unless the spec says otherwise); with `by`, POST /indicators.
   */
  async newIndicator(kommun: Kommun, spec: IndicatorSpec, by?: Session): Promise<string> {
    const body = indicatorBody(spec.chainElementId, spec.key, spec);
    if (by) return (await expectStatus<{ id: string }>(await by.post('/api/v1/indicators', body), 201, `indicator ${spec.key}`)).id;
    const fields = Object.entries(INDICATOR_COLUMNS).filter(([field]) => body[field as keyof CreateIndicatorRequest] !== undefined);
    const columns = fields.map(([, column]) => column!);
    const values = fields.map(([field]) => body[field as keyof CreateIndicatorRequest]);
    const [row] = await this.rows<{ id: string }>(
      kommun,
      `INSERT INTO indicator (tenant_id, chain_element_id, goal_id, key, ${columns.join(', ')})
       VALUES ($1, $2, (SELECT goal_id FROM chain_element WHERE id = $2), $3, ${columns.map((_, i) => `$${i + 4}`).join(', ')})
       RETURNING id`,
      [kommun.tenantId, body.chainElementId, body.key, ...values],
    );
    return row!.id;
  }

  /** A resultat link with `count` plain indicators on the goal (keys `<goal id prefix>.I<n>`). */
  async newIndicators(kommun: Kommun, spec: { goalId: string; count: number }): Promise<string[]> {
    const chainElementId = await this.newChainElement(kommun, { goalId: spec.goalId, link: 'resultat', name: 'Resultat' });
    const ids: string[] = [];
    for (let i = 0; i < spec.count; i++) {
      ids.push(await this.newIndicator(kommun, { chainElementId, key: `${spec.goalId.slice(0, 8)}.I${i}`, name: `Indikator ${i}`, purpose: 'Test' }));
    }
    return ids;
  }

  /** A declared ratio of a goal; with `by`, POST /goals/:id/ratios. */
  async newRatio(kommun: Kommun, spec: RatioSpec, by?: Session): Promise<string> {
    const { goalId, ...body } = spec;
    if (by) return (await expectStatus<{ id: string }>(await by.post(`/api/v1/goals/${goalId}/ratios`, body), 201, `ratio ${spec.name}`)).id;
    const [row] = await this.rows<{ id: string }>(
      kommun,
      `INSERT INTO ratio_definition (tenant_id, goal_id, kind, name, numerator_indicator_id, denominator_indicator_id, scale)
       VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
      [kommun.tenantId, goalId, spec.kind, spec.name, spec.numeratorIndicatorId, spec.denominatorIndicatorId, spec.scale ?? null],
    );
    return row!.id;
  }

  /** Målvärden of an indicator; with `by`, PUT /indicators/:id/targets (which replaces the whole set). */
  async newTargets(kommun: Kommun, indicatorId: string, targets: IndicatorTargetDto[], by?: Session): Promise<void> {
    if (by) {
      await expectStatus(await by.put(`/api/v1/indicators/${indicatorId}/targets`, { targets }), 200, 'targets');
      return;
    }
    for (const target of targets) {
      await this.rows(kommun, `INSERT INTO indicator_target (tenant_id, indicator_id, period_key, target_value) VALUES ($1, $2, $3, $4)`, [
        kommun.tenantId,
        indicatorId,
        target.periodKey,
        target.targetValue,
      ]);
    }
  }

  /** Utfall; with `by`, PUT /values (one batch, all or nothing). */
  async newValues(kommun: Kommun, rows: ValueRow[], by?: Session): Promise<void> {
    if (by) {
      await expectStatus(await by.put('/api/v1/values', { rows }), 200, 'values');
      return;
    }
    await this.asKommun(kommun, async (m) => {
      for (const row of rows) {
        await m.query(
          `INSERT INTO indicator_value (tenant_id, indicator_id, org_node_id, period_key, value, reference_period_key, comment, source)
           VALUES ($1, $2, $3, $4, $5, $6, $7, COALESCE($8, 'manual'))`,
          [kommun.tenantId, row.indicatorId, row.orgNodeId, row.periodKey, row.value, row.referencePeriodKey ?? null, row.comment ?? null, row.source ?? null],
        );
      }
    });
  }

  // ---------------------------------------------------------------- follow-up

  /** A follow-up period of its year's calendar (made if missing), all four dates (opens … locks) on its last day. */
  async newPeriod(
    kommun: Kommun,
    spec: { key: string; from: string; to: string; kind?: string; status?: 'planerad' | 'oppen' | 'last' },
  ): Promise<string> {
    return this.asKommun(kommun, async (m) => {
      const [calendar] = await m.query(
        `INSERT INTO follow_up_calendar (tenant_id, year, template) VALUES ($1, $2, '{}')
         ON CONFLICT ON CONSTRAINT "UQ_follow_up_calendar_year" DO UPDATE SET year = EXCLUDED.year RETURNING id`,
        [kommun.tenantId, Number(spec.from.slice(0, 4))],
      );
      const [period] = await m.query(
        `INSERT INTO follow_up_period (tenant_id, calendar_id, period_key, kind, covers_from, covers_to, opens_on, deadline, review_deadline, locks_on, status)
         VALUES ($1, $2, $3, $4, $5, $6, $6, $6, $6, $6, $7)
         ON CONFLICT ON CONSTRAINT "UQ_follow_up_period_key" DO UPDATE SET kind = EXCLUDED.kind, covers_from = EXCLUDED.covers_from,
           covers_to = EXCLUDED.covers_to, opens_on = EXCLUDED.opens_on, deadline = EXCLUDED.deadline,
           review_deadline = EXCLUDED.review_deadline, locks_on = EXCLUDED.locks_on, status = EXCLUDED.status
         RETURNING id`,
        [kommun.tenantId, calendar.id, spec.key, spec.kind ?? 'kvartal', spec.from, spec.to, spec.status ?? 'planerad'],
      );
      return period.id as string;
    });
  }

  /** The node's draft report (utkast) for the period, made as the follow-up run makes them. */
  async newReport(kommun: Kommun, spec: { periodId: string; node: string }): Promise<string> {
    const orgNodeId = nodeId(kommun, spec.node);
    return this.asKommun(kommun, async (m) => {
      await reportQueries.createDrafts(m, kommun.tenantId, spec.periodId, [orgNodeId]);
      const [row] = await m.query(`SELECT id FROM report WHERE period_id = $1 AND org_node_id = $2`, [spec.periodId, orgNodeId]);
      return row.id as string;
    });
  }

  /** The unit's self-assessment of a goal in its report, with the report moved to `status` (default inlämnad). */
  async newSelfAssessment(
    kommun: Kommun,
    spec: { reportId: string; goalId: string; level: number | null; justification?: string; why?: string; status?: 'utkast' | 'inlamnad' | 'godkand' },
  ): Promise<void> {
    await this.asKommun(kommun, async (m) => {
      await m.query(
        `INSERT INTO report_goal_assessment (tenant_id, report_id, goal_id, what_happened, why, next_steps, self_level, self_justification)
         VALUES ($1, $2, $3, 'Det hände', $4, 'Nästa steg', $5, $6)`,
        [kommun.tenantId, spec.reportId, spec.goalId, spec.why ?? 'Orsak', spec.level, spec.justification ?? 'Enhetens motivering'],
      );
      await m.query(`UPDATE report SET status = $2 WHERE id = $1`, [spec.reportId, spec.status ?? 'inlamnad']);
    });
  }

  /** Runs one kommun's follow-up day in the in-process worker (the app started withWorker). */
  runDay(kommun: KommunRef, day: string): ReturnType<KommunRunService['run']> {
    return this.worker().get(KommunRunService).run(kommun.tenantId, day);
  }

  /** The in-process worker's clock, to pin its day. */
  clock(): Clock {
    return this.worker().get(Clock);
  }

  // ----------------------------------------------------------------

  private testPasswordHash(): Promise<string> {
    return (this.passwordHash ??= hashPassword(TEST_PASSWORD));
  }

  private tenantDb(): TenantDb {
    return this.app.api.get(TenantDb, { strict: false });
  }

  private worker() {
    if (!this.app.worker) throw new Error('start the app with withWorker: true');
    return this.app.worker;
  }

  private async signIn(path: string, email: string, password: string, kommunkod?: string): Promise<Session> {
    const agent = request.agent(this.app.api.getHttpServer());
    const res = await agent.post(path).send(kommunkod ? { email, password, kommunkod } : { email, password });
    if (res.status !== 200) throw new Error(`login of ${email} failed: ${res.status} ${JSON.stringify(res.body)}`);
    const csrf = res.body.csrfToken as string;
    return {
      agent,
      csrf,
      get: (p) => agent.get(p),
      post: (p, body) => agent.post(p).set('X-CSRF-Token', csrf).send(body ?? {}),
      put: (p, body) => agent.put(p).set('X-CSRF-Token', csrf).send(body ?? {}),
      patch: (p, body) => agent.patch(p).set('X-CSRF-Token', csrf).send(body ?? {}),
      delete: (p) => agent.delete(p).set('X-CSRF-Token', csrf),
    };
  }
}

function nodeId(kommun: Kommun, key: string): string {
  const id = kommun.nodes[key];
  if (!id) throw new Error(`no org node "${key}" in the test kommun`);
  return id;
}

function expectStatus<T>(res: request.Response, status: number, what: string): T {
  if (res.status !== status) throw new Error(`${what}: ${res.status} ${JSON.stringify(res.body).slice(0, 2000)}`);
  return res.body as T;
}
