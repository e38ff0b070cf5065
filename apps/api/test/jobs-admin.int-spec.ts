import { randomBytes, randomUUID } from 'node:crypto';
import pg from 'pg';
import { DataSource } from 'typeorm';
import { migrateDatabase } from '../src/platform/database/migrate.js';
import { APP_DB_ROLE } from '../src/platform/database/app-role.js';
import { TenantDirectory } from '../src/tenancy/tenant-directory.js';
import { startTestApp, type TestApp } from './support/test-app.js';
import { TestFactory, type Kommun, type Session } from './support/factory.js';
import { FOLLOW_UP_NODES, followUpUsers } from './support/scenarios.js';
import { eventually } from './support/helpers.js';

const BOARD = '/admin/queues';

describe('queue admin view, job-run list and the worker’s kommun directory', () => {
  let app: TestApp;
  let factory: TestFactory;
  let a: Kommun;
  let b: Kommun;
  let admin: Session;
  let controller: Session;
  let chef: Session;
  let revisor: Session;
  let bunController: Session;
  let operator: Session;
  let operatorId: string;

  beforeAll(async () => {
    app = await startTestApp({ withWorker: true });
    factory = new TestFactory(app);
    a = await factory.newKommun({
      nodes: FOLLOW_UP_NODES,
      users: [...followUpUsers('adm'), { email: 'adm.bun-controller@test.se', role: 'controller', scope: 'bun' }],
    });
    b = await factory.newKommun({ nodes: FOLLOW_UP_NODES, users: followUpUsers('adm-b') });
    admin = await factory.login('adm.admin@test.se');
    controller = await factory.login('adm.controller@test.se');
    chef = await factory.login('adm.norr@test.se');
    revisor = await factory.login('adm.revisor@test.se');
    bunController = await factory.login('adm.bun-controller@test.se');
    operatorId = await factory.newOperator({ email: 'drift@plattform.test' });
    operator = await factory.loginOperator('drift@plattform.test');
    await controller.put('/api/v1/calendars/2026', { template: 'kvartal-delar-augusti-helar' }).expect(200);
    await factory.runDay(a, '2026-04-01');
  });
  afterAll(async () => app?.close());

  it('bull-board belongs to the platform operator: 401 signed out, 403 for every kommun role (admins too), 200 for the operator', async () => {
    await app.http().get(`${BOARD}`).expect(401);
    await app.http().get(`${BOARD}/api/queues`).expect(401);
    const otherAdmin = await factory.login('adm-b.admin@test.se');
    for (const session of [admin, otherAdmin, controller, chef, revisor]) {
      const res = await session.get(`${BOARD}/api/queues`).expect(403);
      expect(res.body.message).toMatch(/plattformens drift/);
      await session.get(`${BOARD}/api/queues?activeQueue=periods&status=completed&page=1`).expect(403);
      await session.get(`${BOARD}`).expect(403);
    }
    const page = await operator.get(`${BOARD}`).expect(200);
    expect(page.text).toMatch(/<html/i);
    const queues = await operator.get(`${BOARD}/api/queues`).expect(200);
    expect(queues.body.queues.map((q: { name: string }) => q.name).sort()).toEqual(['exports', 'kolada', 'notifications', 'periods', 'system']);
  });

  it('a kommun admin can neither add a job for another kommun, nor pause, nor clean any queue', async () => {
    const otherAdmin = await factory.login('adm-b.admin@test.se');
    const periods = app.queue('periods');
    const before = await periods.getJobCounts();
    const add = { name: 'kommun-run', data: { tenantId: a.tenantId, today: '2027-01-11' }, options: { jobId: 'x1' } };
    for (const session of [otherAdmin, admin]) {
      await session.post(`${BOARD}/api/queues/periods/add`, add).expect(403);
      await session.put(`${BOARD}/api/queues/notifications/pause`).expect(403);
      await session.put(`${BOARD}/api/queues/system/clean/failed`).expect(403);
    }
    expect(await periods.getJob('x1')).toBeUndefined();
    expect(await app.queue('notifications').isPaused()).toBe(false);
    expect(await periods.getJobCounts()).toEqual(before);
    // A kommun session's CSRF token does not open the platform either.
    await otherAdmin.agent.post(`${BOARD}/api/queues/periods/add`).set('X-CSRF-Token', otherAdmin.csrf).send(add).expect(403);
  });

  it('bull-board actions need the operator’s CSRF token or a same-origin request, and are audited', async () => {
    await operator.agent.put(`${BOARD}/api/queues/system/clean/failed`).expect(403);
    await operator.agent.put(`${BOARD}/api/queues/system/clean/failed`).set('Origin', 'https://elak.example').expect(403);
    await operator.put(`${BOARD}/api/queues/system/clean/failed`).expect((res) => expect(res.status).toBeLessThan(300));
    const trail = await app.api.get(DataSource).transaction(async (m) => {
      await m.query(`SELECT set_config('app.platform_operator_id', $1, true)`, [operatorId]);
      await m.query(`SET LOCAL ROLE ${APP_DB_ROLE}`);
      return m.query(`SELECT action, details FROM platform_audit_event WHERE operator_id = $1 AND action = 'queue-board'`, [operatorId]);
    });
    expect(trail).toEqual([{ action: 'queue-board', details: { method: 'PUT', path: `${BOARD}/api/queues/system/clean/failed` } }]);
  });

  it('a kommun-run added by hand for an unknown or deactivated kommun fails at once and touches nothing', async () => {
    const periods = app.queue('periods');
    const unknown = randomUUID();
    await operator.post(`${BOARD}/api/queues/periods/add`, {
      name: 'kommun-run', data: { tenantId: unknown, today: '2027-01-11' }, options: { jobId: `hand-${unknown}` },
    }).expect((res) => expect(res.status).toBeLessThan(300));
    // The job as stored once it failed (a snapshot read before the failure would still say 0 attempts).
    const failedJob = (id: string) => eventually(async () => {
      const job = await periods.getJob(id);
      return job?.failedReason ? job : undefined;
    }, 30_000, `job ${id} to fail`);
    const failed = await failedJob(`hand-${unknown}`);
    expect(failed.failedReason).toMatch(/Ingen aktiv kommun/);
    expect(failed.attemptsMade).toBe(1);

    // Kommun A, deactivated: a run for a day when its Q1 locks and Q2 opens is refused without retries and does nothing.
    const setActive = (active: boolean) => app.api.get(DataSource).transaction(async (m) => {
      await m.query(`SELECT set_config('app.tenant_id', $1, true)`, [a.tenantId]);
      await m.query(`SET LOCAL ROLE ${APP_DB_ROLE}`);
      await m.query(`UPDATE tenant SET active = $2, deactivated_at = CASE WHEN $2 THEN NULL ELSE now() END WHERE id = $1`, [a.tenantId, active]);
    });
    const jobRuns = () => app.api.get(DataSource).transaction(async (m) => {
      await m.query(`SELECT set_config('app.tenant_id', $1, true)`, [a.tenantId]);
      await m.query(`SET LOCAL ROLE ${APP_DB_ROLE}`);
      return (await m.query(`SELECT count(*)::int AS n FROM job_run`))[0].n as number;
    });
    const runsBefore = await jobRuns();
    await setActive(false);
    try {
      const jobId = `hand-a-${a.tenantId}`;
      await periods.add('kommun-run', { tenantId: a.tenantId, today: '2026-07-20' }, { jobId, attempts: 3 });
      const refused = await failedJob(jobId);
      expect(refused.attemptsMade).toBe(1);
      expect(refused.failedReason).toMatch(/Ingen aktiv kommun/);
      const ids = await app.worker!.get(TenantDirectory).tenantIds();
      expect(ids).toContain(b.tenantId);
      expect(ids).not.toContain(a.tenantId);
      expect(await jobRuns()).toBe(runsBefore);
    } finally {
      await setActive(true);
    }
  });

  it('job runs: controllers and admins of the whole kommun; 401/403 otherwise; 422 for bad filters', async () => {
    const list = await controller.get('/api/v1/job-runs').expect(200);
    expect(list.body.total).toBe(4); // 2025-H open, lock, snapshot; Q1 open
    expect((await admin.get('/api/v1/job-runs?jobName=open').expect(200)).body.total).toBe(2);
    await app.http().get('/api/v1/job-runs').expect(401);
    await chef.get('/api/v1/job-runs').expect(403);
    await revisor.get('/api/v1/job-runs').expect(403);
    await bunController.get('/api/v1/job-runs').expect(403);
    const bad = await controller.get('/api/v1/job-runs?status=kanske&periodId=1&pageSize=0').expect(422);
    expect(Object.keys(bad.body.fields).sort()).toEqual(['pageSize', 'periodId', 'status']);
    // Kommun B's controller sees none of kommun A's runs.
    const other = await factory.login('adm-b.controller@test.se');
    expect((await other.get('/api/v1/job-runs').expect(200)).body).toMatchObject({ items: [], total: 0 });
  });

  it('rk_tenant_ids() gives the worker every kommun’s id, and nothing else is opened up', async () => {
    const ids = await app.worker!.get(TenantDirectory).tenantIds();
    expect(ids).toEqual(expect.arrayContaining([a.tenantId, b.tenantId]));
    const dataSource = app.api.get(DataSource);
    const hidden = await dataSource.transaction(async (m) => {
      await m.query(`SET LOCAL ROLE ${APP_DB_ROLE}`);
      await m.query(`SELECT set_config('app.tenant_directory', 'on', true)`);
      return m.query(`SELECT id FROM tenant`);
    });
    expect(hidden).toEqual([]);
  });

  // Only real PostgreSQL has non-superuser owners; embedded PGlite's owner is a superuser and bypasses RLS.
  (process.env.TEST_DATABASE_URL ? it : it.skip)('rk_tenant_ids() works when the tables belong to a non-superuser owner under FORCE RLS', async () => {
    const server = process.env.TEST_DATABASE_URL!;
    const suffix = randomBytes(4).toString('hex');
    const [owner, login_, database] = [`rk_dir_owner_${suffix}`, `rk_dir_login_${suffix}`, `rk_dir_${suffix}`];
    const admin = new pg.Client({ connectionString: server });
    await admin.connect();
    const withUser = (user: string) => {
      const url = new URL(server);
      url.username = user;
      url.password = '';
      url.pathname = `/${database}`;
      return url.toString();
    };
    try {
      await admin.query(`CREATE ROLE ${owner} LOGIN NOSUPERUSER CREATEROLE`);
      await admin.query(`CREATE ROLE ${login_} LOGIN NOSUPERUSER`);
      await admin.query(`CREATE DATABASE ${database} OWNER ${owner}`);
      await migrateDatabase({ url: withUser(owner), queueOnPostgres: false });
      const tenants = [randomUUID(), randomUUID()];
      const asOwner = new pg.Client({ connectionString: withUser(owner) });
      await asOwner.connect();
      for (const [i, id] of tenants.entries()) {
        await asOwner.query(`BEGIN; SELECT set_config('app.tenant_id', '${id}', true); INSERT INTO tenant (id, name, kommunkod) VALUES ('${id}', 'K${i}', '98${i}0'); COMMIT;`);
      }
      expect((await asOwner.query(`SELECT count(*)::int AS n FROM tenant`)).rows[0].n).toBe(0);
      await asOwner.end();
      await admin.query(`GRANT ${APP_DB_ROLE} TO ${login_}`);

      const asApp = new pg.Client({ connectionString: withUser(login_) });
      await asApp.connect();
      await asApp.query(`BEGIN; SET LOCAL ROLE ${APP_DB_ROLE}`);
      expect((await asApp.query(`SELECT id FROM rk_tenant_ids() AS id`)).rows.map((r) => r.id).sort()).toEqual([...tenants].sort());
      expect((await asApp.query(`SELECT count(*)::int AS n FROM tenant`)).rows[0].n).toBe(0);
      await asApp.query('COMMIT');
      await asApp.end();
    } finally {
      await admin.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
      await admin.query(`DROP ROLE IF EXISTS ${login_}`);
      await admin.query(`DROP ROLE IF EXISTS ${owner}`);
      await admin.end();
    }
  });
});
