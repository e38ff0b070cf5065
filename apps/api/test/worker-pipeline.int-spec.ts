import { QueueName, SystemJob } from '@resultatkedjan/contracts';
import { startTestApp, type TestApp } from './support/test-app.js';

async function eventually<T>(probe: () => Promise<T | undefined | null | false>, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe('job pipeline: API enqueues, worker processes, API reads the result', () => {
  let app: TestApp;

  beforeAll(async () => {
    // A long interval so only the jobs this test adds (and the worker's one start-up beat) run.
    app = await startTestApp({ withWorker: true, env: { HEARTBEAT_INTERVAL_MS: '3600000' } });
  });
  afterAll(async () => app?.close());

  it('records a heartbeat for every processed job', async () => {
    const first = await eventually(async () => {
      const res = await app.http().get('/api/v1/system/info');
      return res.body.lastHeartbeatAt as string | null;
    });
    const queue = app.queue(QueueName.system);
    const job = await queue.add(SystemJob.heartbeat, {});
    await eventually(async () => (await queue.getJob(job.id!))?.finishedOn ?? (await job.isCompleted()));
    const second = await eventually(async () => {
      const res = await app.http().get('/api/v1/system/info');
      return res.body.lastHeartbeatAt > first ? (res.body.lastHeartbeatAt as string) : null;
    });
    expect(new Date(second).getTime()).toBeGreaterThan(new Date(first).getTime());
  });

  it('declares the heartbeat job scheduler once, however often workers start', async () => {
    const schedulers = await app.queue(QueueName.system).getJobSchedulers();
    expect(schedulers.filter((s) => s.key === SystemJob.heartbeat)).toHaveLength(1);
  });

  it('marks an unknown job as failed with its error instead of losing it', async () => {
    const queue = app.queue(QueueName.system);
    const job = await queue.add('okänt-jobb', {}, { attempts: 1 });
    const failed = await eventually(async () => ((await queue.getJob(job.id!))?.failedReason ? await queue.getJob(job.id!) : null));
    expect(failed?.failedReason).toMatch(/Unknown job okänt-jobb/);
  });
});
