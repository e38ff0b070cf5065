import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { QueueName } from '@resultatkedjan/contracts';
import { startTestApp, type TestApp } from './support/test-app.js';
import { TestFactory, type Kommun, type Session } from './support/factory.js';
import { FOLLOW_UP_NODES, followUpUsers } from './support/scenarios.js';
import { eventually } from './support/helpers.js';

/** KOLADA_MODE=online against a local server standing in for an address that answers 410 Gone (like the shut-down v2). */
describe('Kolada online: 410 Gone', () => {
  let server: Server;
  let app: TestApp;
  let factory: TestFactory;
  let kommun: Kommun;
  let controller: Session;
  let requests = 0;

  beforeAll(async () => {
    server = createServer((_req, res) => {
      requests++;
      res.writeHead(410, { 'content-type': 'text/plain' }).end('Gone');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v2`;
    app = await startTestApp({ withWorker: true, env: { KOLADA_MODE: 'online', KOLADA_BASE_URL: url } });
    factory = new TestFactory(app);
    kommun = await factory.newKommun({ kommunkod: '1384', nodes: FOLLOW_UP_NODES, users: followUpUsers('gone') });
    controller = await factory.login('gone.controller@test.se');
  });
  afterAll(async () => {
    await app?.close();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  it('fails the sync at once, without retries, with a clear message, and writes nothing', async () => {
    const goal = await factory.newGoal(kommun, { key: 'G1', owner: 'bun' });
    const element = await factory.newChainElement(kommun, { goalId: goal.id, link: 'resultat', name: 'Resultat' }, controller);
    const indicator = await factory.newIndicator(kommun, { chainElementId: element, key: 'G1.K1', periodicity: 'ar', koladaId: 'N15428' }, controller);
    expect(indicator).toBeTruthy();

    const { jobId } = (await controller.post('/api/v1/kolada/sync', {}).expect(202)).body as { jobId: string };
    const job = await eventually(async () => {
      const found = await app.queue(QueueName.kolada).getJob(jobId);
      return (await found?.getState()) === 'failed' ? found : null;
    }, 60_000, 'the failed sync');
    expect(job!.failedReason).toMatch(/410 Gone/);
    expect(job!.attemptsMade).toBe(1);
    expect(requests).toBeGreaterThanOrEqual(1);
    expect(await factory.count(kommun, 'benchmark_value')).toBe(0);
  });
});
