import pg from 'pg';
import { PeriodsJob, QueueName } from '@resultatkedjan/contracts';
import { kommunRunJobId } from '../src/follow-up/job-keys.js';
import { KommunRunFailedError } from '../src/follow-up/kommun-run.service.js';
import { startTestApp, type TestApp } from './support/test-app.js';
import { TestFactory, type Kommun, type Session } from './support/factory.js';
import { FOLLOW_UP_NODES, followUpUsers } from './support/scenarios.js';
import { eventually } from './support/helpers.js';

/** A day when a fresh 2026 calendar has a lot to catch up on: five openings, three locks, an escalation, a reminder. */
const DAY = '2026-10-14';
const CALENDAR = { template: 'kvartal-delar-augusti-helar', overrides: { '2026-Q1': { deadline: '2026-04-15' }, '2026-Q2': { locksOn: '2026-10-30' } } };

describe('idempotent jobs: the same day twice, concurrently, via two ticks; one kommun failing never blocks another', () => {
  let app: TestApp;
  let factory: TestFactory;
  let twice: Kommun;
  let once: Kommun;
  let failing: Kommun;
  let failingController: Session;

  beforeAll(async () => {
    app = await startTestApp({ withWorker: true });
    factory = new TestFactory(app);
    twice = await factory.newKommun({ nodes: FOLLOW_UP_NODES, users: followUpUsers('twice') });
    once = await factory.newKommun({ nodes: FOLLOW_UP_NODES, users: followUpUsers('once') });
    failing = await factory.newKommun({ nodes: FOLLOW_UP_NODES, users: followUpUsers('failing') });
    for (const prefix of ['twice', 'once', 'failing']) {
      const session = await factory.login(`${prefix}.controller@test.se`);
      await session.put('/api/v1/calendars/2026', CALENDAR).expect(200);
      if (prefix === 'failing') failingController = session;
    }
  });
  afterAll(async () => app?.close());

  /** Everything the jobs write, with ids replaced by stable names, so two kommuner can be compared. */
  async function picture(kommun: Kommun): Promise<Record<string, string[]>> {
    const names: Record<string, string> = {};
    for (const [key, id] of Object.entries(kommun.nodes)) names[id] = key;
    for (const p of await factory.rows<{ id: string; period_key: string }>(kommun, `SELECT id, period_key FROM follow_up_period`)) names[p.id] = p.period_key;
    for (const [email, id] of Object.entries(kommun.users)) names[id] = email.split('.')[1]!.split('@')[0]!;
    const stable = (text: string) => text.replace(/[0-9a-f]{8}-[0-9a-f-]{27}/g, (id) => names[id] ?? id);
    const rows = async (sql: string) => (await factory.rows<{ v: string }>(kommun, sql)).map((r) => stable(r.v)).sort();
    return {
      reports: await rows(`SELECT org_node_id || '@' || period_id || ':' || status AS v FROM report`),
      jobRuns: await rows(`SELECT job_key || ':' || status || ':' || attempts AS v FROM job_run`),
      notifications: await rows(`SELECT dedupe_key || ':' || kind AS v FROM notification`),
      snapshots: await rows(`SELECT period_id || ':' || jsonb_array_length(data -> 'reports') AS v FROM period_snapshot`),
      periods: await rows(`SELECT period_key || ':' || status AS v FROM follow_up_period`),
    };
  }

  it('three concurrent runs of the same day give exactly the rows of one run', async () => {
    const results = await Promise.all([factory.runDay(twice, DAY), factory.runDay(twice, DAY), factory.runDay(twice, DAY)]);
    await factory.runDay(once, DAY);
    // Each step was done by exactly one of the three runs.
    const done = results.flatMap((r) => r.steps.filter((s) => s.outcome === 'done').map((s) => s.key));
    expect(new Set(done).size).toBe(done.length);
    expect(done).toHaveLength(13);

    const a = await picture(twice);
    const b = await picture(once);
    expect(a).toEqual(b);
    expect(a.reports).toHaveLength(23);
    expect(a.jobRuns).toHaveLength(13);
    expect(a.notifications).toHaveLength(4);
    expect(a.snapshots).toHaveLength(3);

    // And a run of the same day afterwards does nothing at all.
    const again = await factory.runDay(twice, DAY);
    expect(again.steps).toEqual([]);
    expect(await picture(twice)).toEqual(a);
  });

  it('a kommun whose runs keep failing is retried with backoff, then stays failed with its error, while the others complete', async () => {
    // A real failure in the database, for this kommun only: drafts cannot be written.
    const owner = new pg.Client({ connectionString: app.database.ownerUrl });
    await owner.connect();
    await owner.query(`CREATE FUNCTION rk_test_refuse_report() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'simulerat fel: rapporter kan inte skapas'; END $$`);
    await owner.query(`CREATE TRIGGER rk_test_refuse_report BEFORE INSERT ON report FOR EACH ROW
      WHEN (NEW.tenant_id = '${failing.tenantId}') EXECUTE FUNCTION rk_test_refuse_report()`);
    try {
      const queue = app.queue(QueueName.periods);
      const day = '2026-04-02';
      const jobId = kommunRunJobId(failing.tenantId, day);
      await queue.add(PeriodsJob.kommunRun, { tenantId: failing.tenantId, today: day }, { jobId, attempts: 3, backoff: { type: 'exponential', delay: 100 } });
      await queue.add(PeriodsJob.kommunRun, { tenantId: once.tenantId, today: day }, { jobId: kommunRunJobId(once.tenantId, day) });

      const failed = await eventually(async () => {
        const found = await queue.getJob(jobId);
        return found?.finishedOn ? found : null;
      }, 60_000, 'the failing kommun to give up');
      expect(await eventually(() => queue.getJobState(jobId))).toBe('failed');
      expect(failed.attemptsMade).toBe(3);
      expect(failed.failedReason).toMatch(/simulerat fel: rapporter kan inte skapas/);
      const other = await eventually(async () => (await queue.getJob(kommunRunJobId(once.tenantId, day)))?.finishedOn, 60_000);
      expect(other).toBeTruthy();

      // Each failing step is visible per kommun and period, with its error and the number of attempts.
      const runs = await failingController.get('/api/v1/job-runs?status=failed').expect(200);
      expect(runs.body.total).toBe(2);
      for (const run of runs.body.items) {
        expect(run).toMatchObject({ jobName: 'open', status: 'failed', attempts: 3, error: expect.stringMatching(/simulerat fel/) });
      }
      expect(runs.body.items.map((r: { periodKey: string }) => r.periodKey).sort()).toEqual(['2025-H', '2026-Q1']);
      // Nothing after a failed opening ran for that period: no lock without drafts.
      const [locked] = await factory.rows<{ n: string }>(failing, `SELECT count(*) AS n FROM follow_up_period WHERE status <> 'planerad'`);
      expect(Number(locked!.n)).toBe(0);
      await expect(factory.runDay(failing, day)).rejects.toBeInstanceOf(KommunRunFailedError);
    } finally {
      await owner.query(`DROP TRIGGER rk_test_refuse_report ON report`);
      await owner.query(`DROP FUNCTION rk_test_refuse_report()`);
      await owner.end();
    }

    // Fixed: the next run completes what failed, counting the attempts.
    const recovered = await factory.runDay(failing, '2026-04-02');
    expect(recovered.steps.filter((s) => s.outcome === 'done').map((s) => s.key.split(':')[0])).toEqual(['open', 'lock', 'snapshot', 'open']);
    const runs = await failingController.get('/api/v1/job-runs?jobName=open').expect(200);
    expect(runs.body.items.map((r: { status: string; attempts: number }) => [r.status, r.attempts])).toEqual([
      ['completed', 5],
      ['completed', 5],
    ]);
    expect((await failingController.get('/api/v1/job-runs?status=failed').expect(200)).body.total).toBe(0);
  });

  it('two ticks for the same day add one job per kommun (deterministic job ids)', async () => {
    const queue = app.queue(QueueName.periods);
    const day = '2026-10-15';
    await Promise.all([queue.add(PeriodsJob.tick, { today: day }), queue.add(PeriodsJob.tick, { today: day })]);
    for (const kommun of [twice, once]) {
      const job = await eventually(async () => {
        const found = await queue.getJob(kommunRunJobId(kommun.tenantId, day));
        return found?.finishedOn ? found : null;
      }, 60_000);
      expect(job.returnvalue.today).toBe(day);
    }
    const jobs = await eventually(async () => {
      const all = await queue.getJobs(['completed', 'failed', 'active', 'waiting', 'delayed']);
      const forDay = all.filter((j) => j?.name === PeriodsJob.kommunRun && j.data.today === day);
      return forDay.length >= 3 ? forDay : null;
    });
    expect(jobs.map((j) => j.id).sort()).toEqual([twice, once, failing].map((k) => kommunRunJobId(k.tenantId, day)).sort());
  });
});
