import { jest } from '@jest/globals';
import { PeriodsJob, QueueName, type KommunRunJobData } from '@resultatkedjan/contracts';
import { TestFactory } from './support/factory.js';
import { eventually } from './support/helpers.js';
import { expectRunComplete, lostAndDuplicated, newKommunRunWorld, RUN_DAY, type KommunRunWorld } from './support/kommun-run-world.js';
import { startPrivatePostgres, startPrivateRedis, type PrivateService } from './support/private-services.js';
import { startTestApp, type TestApp } from './support/test-app.js';
import { killWorkers, spawnWorker, workerEnv } from './support/worker-process.js';

jest.setTimeout(150_000);

// The queue is on Redis only in server mode; the test restarts a private Redis (and uses a private PostgreSQL),
// never the machine's shared ones.
const serverMode = Boolean(process.env.TEST_DATABASE_URL);
const describeServer = serverMode ? describe : describe.skip;
if (!serverMode) console.info('faults-redis-restart: skipped in embedded mode (set TEST_DATABASE_URL: it restarts a private Redis)');

const KOMMUNER = 4;

describeServer('Redis restarted while kommun jobs run: no job lost, no step run twice', () => {
  let postgres: PrivateService;
  let redis: PrivateService;
  let app: TestApp;
  let factory: TestFactory;

  beforeAll(async () => {
    postgres = await startPrivatePostgres();
    redis = await startPrivateRedis();
    app = await startTestApp({ databaseServerUrl: postgres.url, redisUrl: redis.url });
    factory = new TestFactory(app);
  });
  afterAll(async () => {
    killWorkers();
    await redis?.start().catch(() => undefined);
    await app?.close();
    await redis?.remove();
    await postgres?.remove();
  });

  it('survives a clean restart and a SIGKILL of Redis (append-only file, fsync always) with jobs active and waiting', async () => {
    const worlds: KommunRunWorld[] = [];
    for (let k = 0; k < KOMMUNER; k += 1) worlds.push(await newKommunRunWorld(factory, `redis${k}`));
    const worker = spawnWorker(workerEnv(app));
    await worker.ready;
    const queue = app.queue(QueueName.periods);
    for (const world of worlds) {
      const data: KommunRunJobData = { tenantId: world.kommun.tenantId, today: RUN_DAY, stepDelayMs: 300 };
      await queue.add(PeriodsJob.kommunRun, data, { jobId: world.jobId, attempts: 3, backoff: { type: 'fixed', delay: 500 } });
    }
    const steps = async () => (await Promise.all(worlds.map((w) => factory.count(w.kommun, 'job_run', `status = 'completed'`)))).reduce((a, b) => a + b, 0);

    for (const crash of [false, true]) {
      const before = await steps();
      await eventually(async () => (await steps()) >= before + 3, 30_000, 'jobs progressing');
      await redis.stop({ crash });
      await new Promise((resolve) => setTimeout(resolve, 2000));
      await redis.start();
    }

    for (const world of worlds) {
      await eventually(async () => (await queue.getJob(world.jobId))?.finishedOn, 90_000, `${world.prefix}'s job to finish`);
      expect(await queue.getJobState(world.jobId)).toBe('completed');
    }
    const counts = await Promise.all(worlds.map((world) => lostAndDuplicated(factory, world)));
    expect(counts).toEqual(worlds.map(() => ({ lost: 0, duplicated: 0 })));
    for (const world of worlds) await expectRunComplete(factory, world);
    expect(worker.child.exitCode).toBeNull();
    worker.child.kill('SIGTERM');
    await worker.exited;
  });
});
