import { existsSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { jest } from '@jest/globals';
import { PeriodsJob, QueueName, type KommunRunJobData } from '@resultatkedjan/contracts';
import { kommunRunJobId } from '../src/follow-up/job-keys.js';
import { startTestApp, type TestApp } from './support/test-app.js';
import { TestFactory, type Kommun } from './support/factory.js';
import { FOLLOW_UP_NODES, followUpUsers } from './support/scenarios.js';
import { eventually } from './support/helpers.js';
import { spawnWorker, killWorkers, workerEnv } from './support/worker-process.js';

/**
 * WORKER_CRASH_ROUNDS (default 3) kommun jobs, each in its own worker process that is SIGKILLed part-way; the
 * benchmark `bench/benchmarks/worker-crash.mjs` runs 20 and reads WORKER_CRASH_REPORT (a JSON file it asks for).
 */
const ROUNDS = Number(process.env.WORKER_CRASH_ROUNDS ?? 3);
const REPORT = process.env.WORKER_CRASH_REPORT;
// Kills between two recoveries: a recovered job is never killed again before it finishes, so it stalls once and stays
// within the processor's maxStalledCount whatever the number of rounds.
const KILLS_PER_RECOVERY = 4;
const STEP_DELAY_MS = 400;
jest.setTimeout(60_000 + ROUNDS * 30_000);

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

interface Round {
  prefix: string;
  kommun: Kommun;
  periodKeyOf: Record<string, string>;
  jobId: string;
  killedAfter: number;
}

describe(`a worker killed in the middle of a job (SIGKILL, ${ROUNDS} rounds): the next worker finishes it, nothing twice, nothing lost`, () => {
  let app: TestApp;
  let factory: TestFactory;

  beforeAll(async () => {
    const built = fileURLToPath(new URL('../dist/follow-up/kommun-run.service.js', import.meta.url));
    if (!existsSync(built)) throw new Error('Build the API first: npx tsc -p apps/api/tsconfig.app.json');
    app = await startTestApp();
    factory = new TestFactory(app);
  });
  afterAll(async () => {
    killWorkers();
    await app?.close();
  });

  const newRound = async (round: number): Promise<Round> => {
    const prefix = `crash${round}`;
    const kommun = await factory.newKommun({ nodes: FOLLOW_UP_NODES, users: followUpUsers(prefix) });
    const controller = await factory.login(`${prefix}.controller@test.se`);
    const calendar = await controller
      .put('/api/v1/calendars/2026', { template: 'kvartal-delar-augusti-helar', overrides: { '2026-Q1': { deadline: '2026-04-15' }, '2026-Q2': { locksOn: '2026-10-30' } } })
      .expect(200);
    const periodKeyOf = Object.fromEntries(calendar.body.periods.map((p: { id: string; periodKey: string }) => [p.id, p.periodKey]));
    // Kill points spread over the run: after 1 to 11 of the 13 steps.
    return { prefix, kommun, periodKeyOf, jobId: kommunRunJobId(kommun.tenantId, DAY), killedAfter: 1 + ((round * 5) % 11) };
  };
  const doneKeys = async ({ kommun, periodKeyOf }: Round) => {
    const rows = await factory.rows<{ job_key: string }>(kommun, `SELECT job_key FROM job_run WHERE status = 'completed'`);
    return rows.map((r) => r.job_key.replace(/[0-9a-f]{8}-[0-9a-f-]{27}/, (id) => periodKeyOf[id] ?? id)).sort();
  };
  const count = async (kommun: Kommun, table: string) => factory.count(kommun, table);

  it('runs each slow kommun job in a worker process, kills it part-way, and a new worker completes it', async () => {
    const queue = app.queue(QueueName.periods);
    const rounds: Round[] = [];
    for (let r = 0; r < ROUNDS; r += 1) rounds.push(await newRound(r));

    for (let start = 0; start < ROUNDS; start += KILLS_PER_RECOVERY) {
      const batch = rounds.slice(start, start + KILLS_PER_RECOVERY);
      for (const round of batch) {
        const worker = spawnWorker(workerEnv(app));
        await worker.ready;
        const data: KommunRunJobData = { tenantId: round.kommun.tenantId, today: DAY, stepDelayMs: STEP_DELAY_MS };
        await queue.add(PeriodsJob.kommunRun, data, { jobId: round.jobId, attempts: 3, backoff: { type: 'fixed', delay: 500 } });
        await eventually(async () => (await doneKeys(round)).length >= round.killedAfter, 30_000, `${round.killedAfter} steps done`);
        worker.child.kill('SIGKILL');
        expect((await worker.exited).signal).toBe('SIGKILL');
        const atKill = (await doneKeys(round)).length;
        expect(atKill).toBeGreaterThanOrEqual(round.killedAfter);
        expect(atKill).toBeLessThan(EXPECTED_KEYS.length);
        expect(await queue.getJobState(round.jobId)).toBe('active');
      }
      const recovery = spawnWorker(workerEnv(app));
      await recovery.ready;
      for (const round of batch) {
        const job = await eventually(async () => {
          const found = await queue.getJob(round.jobId);
          return found?.finishedOn ? found : null;
        }, 90_000, `${round.prefix}'s job to finish in the new worker`);
        // It came back through stalled-job recovery: the dead worker's lock ran out and the new worker took it over.
        expect(job.stalledCounter).toBeGreaterThanOrEqual(1);
        expect(job.returnvalue.today).toBe(DAY);
      }
      recovery.child.kill('SIGTERM');
      await recovery.exited;
    }

    let lost = 0;
    let duplicated = 0;
    for (const round of rounds) {
      const done = await doneKeys(round);
      lost += EXPECTED_KEYS.filter((key) => !done.includes(key)).length;
      const runs = await factory.rows<{ attempts: number }>(round.kommun, `SELECT attempts FROM job_run`);
      duplicated += runs.reduce((sum, run) => sum + run.attempts - 1, 0) + Math.max(0, runs.length - EXPECTED_KEYS.length);
      duplicated += Math.max(0, (await count(round.kommun, 'report')) - DRAFTS) + Math.max(0, (await count(round.kommun, 'notification')) - 4);
    }
    if (REPORT) writeFileSync(REPORT, JSON.stringify({ rounds: ROUNDS, kills: ROUNDS, steps: ROUNDS * EXPECTED_KEYS.length, lost, duplicated }));
    expect({ lost, duplicated }).toEqual({ lost: 0, duplicated: 0 });

    for (const round of rounds) {
      const { kommun, prefix } = round;
      expect(await doneKeys(round)).toEqual(EXPECTED_KEYS);
      const runs = await factory.rows<{ attempts: number; status: string }>(kommun, `SELECT attempts, status FROM job_run`);
      expect(runs).toHaveLength(EXPECTED_KEYS.length);
      expect(runs.every((r) => r.status === 'completed' && r.attempts === 1)).toBe(true);
      expect(await count(kommun, 'report')).toBe(DRAFTS);
      expect(await count(kommun, 'period_snapshot')).toBe(3);
      // Q2's escalation to the controller and Q3's reminder to the three enhetschefer over its units.
      const notifications = await factory.rows<{ recipient_email: string }>(kommun, `SELECT recipient_email FROM notification ORDER BY recipient_email`);
      expect(notifications.map((n) => n.recipient_email)).toEqual([`${prefix}.bun@test.se`, `${prefix}.controller@test.se`, `${prefix}.norr@test.se`, `${prefix}.soder@test.se`]);
      const periods = await factory.rows<{ period_key: string; status: string }>(kommun, `SELECT period_key, status FROM follow_up_period ORDER BY period_key`);
      expect(Object.fromEntries(periods.map((p) => [p.period_key, p.status]))).toEqual({
        '2025-H': 'last', '2026-Q1': 'last', '2026-Q2': 'oppen', '2026-D': 'last', '2026-Q3': 'oppen', '2026-H': 'planerad',
      });
    }

    // The same day once more (a second tick, a retry) changes nothing.
    const again = spawnWorker(workerEnv(app));
    await again.ready;
    const first = rounds[0]!;
    await queue.add(PeriodsJob.kommunRun, { tenantId: first.kommun.tenantId, today: DAY }, { jobId: `${first.jobId}-again` });
    await eventually(async () => (await queue.getJob(`${first.jobId}-again`))?.finishedOn, 60_000);
    expect(await doneKeys(first)).toEqual(EXPECTED_KEYS);
    expect([await count(first.kommun, 'report'), await count(first.kommun, 'notification'), await count(first.kommun, 'period_snapshot'), await count(first.kommun, 'job_run')])
      .toEqual([DRAFTS, 4, 3, EXPECTED_KEYS.length]);
    again.child.kill('SIGTERM');
    await again.exited;
  });
});
