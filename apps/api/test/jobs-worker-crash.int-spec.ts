import { existsSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { jest } from '@jest/globals';
import { PeriodsJob, QueueName, type KommunRunJobData } from '@resultatkedjan/contracts';
import { startTestApp, type TestApp } from './support/test-app.js';
import { TestFactory } from './support/factory.js';
import { doneKeys, EXPECTED_KEYS, expectRunComplete, lostAndDuplicated, newKommunRunWorld, RUN_DAY, type KommunRunWorld } from './support/kommun-run-world.js';
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

interface Round extends KommunRunWorld {
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

  // Kill points spread over the run: after 1 to 11 of the 13 steps.
  const newRound = async (round: number): Promise<Round> => ({ ...(await newKommunRunWorld(factory, `crash${round}`)), killedAfter: 1 + ((round * 5) % 11) });

  it('runs each slow kommun job in a worker process, kills it part-way, and a new worker completes it', async () => {
    const queue = app.queue(QueueName.periods);
    const rounds: Round[] = [];
    for (let r = 0; r < ROUNDS; r += 1) rounds.push(await newRound(r));

    for (let start = 0; start < ROUNDS; start += KILLS_PER_RECOVERY) {
      const batch = rounds.slice(start, start + KILLS_PER_RECOVERY);
      for (const round of batch) {
        const worker = spawnWorker(workerEnv(app));
        await worker.ready;
        const data: KommunRunJobData = { tenantId: round.kommun.tenantId, today: RUN_DAY, stepDelayMs: STEP_DELAY_MS };
        await queue.add(PeriodsJob.kommunRun, data, { jobId: round.jobId, attempts: 3, backoff: { type: 'fixed', delay: 500 } });
        await eventually(async () => (await doneKeys(factory, round)).length >= round.killedAfter, 30_000, `${round.killedAfter} steps done`);
        worker.child.kill('SIGKILL');
        expect((await worker.exited).signal).toBe('SIGKILL');
        const atKill = (await doneKeys(factory, round)).length;
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
        expect(job.returnvalue.today).toBe(RUN_DAY);
      }
      recovery.child.kill('SIGTERM');
      await recovery.exited;
    }

    let lost = 0;
    let duplicated = 0;
    for (const round of rounds) {
      const counts = await lostAndDuplicated(factory, round);
      lost += counts.lost;
      duplicated += counts.duplicated;
    }
    if (REPORT) writeFileSync(REPORT, JSON.stringify({ rounds: ROUNDS, kills: ROUNDS, steps: ROUNDS * EXPECTED_KEYS.length, lost, duplicated }));
    expect({ lost, duplicated }).toEqual({ lost: 0, duplicated: 0 });
    for (const round of rounds) await expectRunComplete(factory, round);

    // The same day once more (a second tick, a retry) changes nothing.
    const again = spawnWorker(workerEnv(app));
    await again.ready;
    const first = rounds[0]!;
    await queue.add(PeriodsJob.kommunRun, { tenantId: first.kommun.tenantId, today: RUN_DAY }, { jobId: `${first.jobId}-again` });
    await eventually(async () => (await queue.getJob(`${first.jobId}-again`))?.finishedOn, 60_000);
    expect(await doneKeys(factory, first)).toEqual(EXPECTED_KEYS);
    await expectRunComplete(factory, first);
    again.child.kill('SIGTERM');
    await again.exited;
  });
});
