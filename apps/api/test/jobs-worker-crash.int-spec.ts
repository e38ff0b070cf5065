import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { jest } from '@jest/globals';
import { PeriodsJob, QueueName, type KommunRunJobData } from '@resultatkedjan/contracts';
import { kommunRunJobId } from '../src/follow-up/job-keys.js';
import { startTestApp, type TestApp } from './support/test-app.js';
import { TestFactory, type Kommun } from './support/factory.js';
import { FOLLOW_UP_NODES, followUpUsers } from './support/scenarios.js';
import { eventually } from './support/helpers.js';
import { spawnWorker, killWorkers, workerEnv } from './support/worker-process.js';

jest.setTimeout(180_000);

/**
 * 2026-10-14 with the demo calendar (Q2 locking late, on 30 October) and no run before: everything up to then is
 * caught up in one run: five openings, three locks with snapshots, Q2's escalation and Q3's two-day reminder.
 */
const DAY = '2026-10-14';
const EXPECTED_KEYS = [
  'open:2025-H', 'lock:2025-H', 'snapshot:2025-H',
  'open:2026-Q1', 'lock:2026-Q1', 'snapshot:2026-Q1',
  'open:2026-Q2', 'escalate:2026-Q2',
  'open:2026-D', 'lock:2026-D', 'snapshot:2026-D',
  'open:2026-Q3', 'remind:2026-Q3:2',
].sort();
const DRAFTS = 7 + 4 + 4 + 4 + 4;

describe('a worker killed in the middle of a job (SIGKILL): the next worker finishes it, nothing twice, nothing lost', () => {
  let app: TestApp;
  let factory: TestFactory;
  let kommun: Kommun;
  let periodKeyOf: Record<string, string>;

  beforeAll(async () => {
    const built = fileURLToPath(new URL('../dist/follow-up/kommun-run.service.js', import.meta.url));
    if (!existsSync(built)) throw new Error('Build the API first: npx tsc -p apps/api/tsconfig.app.json');
    app = await startTestApp();
    factory = new TestFactory(app);
    kommun = await factory.newKommun({ nodes: FOLLOW_UP_NODES, users: followUpUsers('crash') });
    const controller = await factory.login('crash.controller@test.se');
    const calendar = await controller
      .put('/api/v1/calendars/2026', { template: 'kvartal-delar-augusti-helar', overrides: { '2026-Q1': { deadline: '2026-04-15' }, '2026-Q2': { locksOn: '2026-10-30' } } })
      .expect(200);
    periodKeyOf = Object.fromEntries(calendar.body.periods.map((p: { id: string; periodKey: string }) => [p.id, p.periodKey]));
  });
  afterAll(async () => {
    killWorkers();
    await app?.close();
  });

  const doneKeys = async () => {
    const rows = await factory.rows<{ job_key: string }>(kommun, `SELECT job_key FROM job_run WHERE status = 'completed'`);
    return rows.map((r) => r.job_key.replace(/[0-9a-f]{8}-[0-9a-f-]{27}/, (id) => periodKeyOf[id] ?? id)).sort();
  };
  const count = async (table: string) => Number((await factory.rows<{ n: string }>(kommun, `SELECT count(*) AS n FROM ${table}`))[0]!.n);

  it('runs a slow kommun job in a worker process, kills it half-way, and a new worker completes it', async () => {
    const queue = app.queue(QueueName.periods);
    const first = spawnWorker(workerEnv(app));
    await first.ready;

    const jobId = kommunRunJobId(kommun.tenantId, DAY);
    const data: KommunRunJobData = { tenantId: kommun.tenantId, today: DAY, stepDelayMs: 1500 };
    await queue.add(PeriodsJob.kommunRun, data, { jobId, attempts: 3, backoff: { type: 'fixed', delay: 500 } });

    // Kill it once a few steps are committed, long before the thirteenth.
    await eventually(async () => (await doneKeys()).length >= 3, 60_000, 'three steps done');
    first.child.kill('SIGKILL');
    const killed = await first.exited;
    expect(killed.signal).toBe('SIGKILL');

    const atKill = await doneKeys();
    expect(atKill.length).toBeGreaterThanOrEqual(3);
    expect(atKill.length).toBeLessThan(EXPECTED_KEYS.length);
    expect(await eventually(() => queue.getJobState(jobId))).toBe('active');
    await new Promise((resolve) => setTimeout(resolve, 2000));
    expect(await doneKeys()).toEqual(atKill);

    const second = spawnWorker(workerEnv(app));
    await second.ready;
    const job = await eventually(async () => {
      const found = await queue.getJob(jobId);
      return found?.finishedOn ? found : null;
    }, 120_000, 'the job to finish in the new worker');
    expect(await eventually(() => queue.getJobState(jobId))).toBe('completed');
    // It came back through stalled-job recovery: the dead worker's lock ran out and the new worker took it over.
    expect(job.stalledCounter).toBeGreaterThanOrEqual(1);
    expect(job.returnvalue.today).toBe(DAY);

    expect(await doneKeys()).toEqual(EXPECTED_KEYS);
    const runs = await factory.rows<{ attempts: number; status: string }>(kommun, `SELECT attempts, status FROM job_run`);
    expect(runs).toHaveLength(EXPECTED_KEYS.length);
    expect(runs.every((r) => r.status === 'completed' && r.attempts === 1)).toBe(true);
    expect(await count('report')).toBe(DRAFTS);
    expect(await count('period_snapshot')).toBe(3);
    // Q2's escalation to the controller and Q3's reminder to the three enhetschefer over its units.
    const notifications = await factory.rows<{ dedupe_key: string; recipient_email: string }>(kommun, `SELECT dedupe_key, recipient_email FROM notification ORDER BY recipient_email`);
    expect(notifications.map((n) => n.recipient_email)).toEqual(['crash.bun@test.se', 'crash.controller@test.se', 'crash.norr@test.se', 'crash.soder@test.se']);
    const periods = await factory.rows<{ period_key: string; status: string }>(kommun, `SELECT period_key, status FROM follow_up_period ORDER BY period_key`);
    expect(Object.fromEntries(periods.map((p) => [p.period_key, p.status]))).toEqual({
      '2025-H': 'last', '2026-Q1': 'last', '2026-Q2': 'oppen', '2026-D': 'last', '2026-Q3': 'oppen', '2026-H': 'planerad',
    });

    // The same day once more (a second tick, a retry) changes nothing.
    await queue.add(PeriodsJob.kommunRun, { tenantId: kommun.tenantId, today: DAY }, { jobId: `${jobId}-again` });
    await eventually(async () => (await queue.getJob(`${jobId}-again`))?.finishedOn, 60_000);
    expect(await doneKeys()).toEqual(EXPECTED_KEYS);
    expect([await count('report'), await count('notification'), await count('period_snapshot'), await count('job_run')]).toEqual([DRAFTS, 4, 3, EXPECTED_KEYS.length]);

    second.child.kill('SIGTERM');
    await second.exited;
  });
});
