import { jest } from '@jest/globals';
import type { Response } from 'supertest';
import { TestFactory, type Kommun, type Session } from './support/factory.js';
import { eventually } from './support/helpers.js';
import { startPrivatePostgres, startPrivateRedis, type PrivateService } from './support/private-services.js';
import { EXEMPELSTAD_NODES, newHemtjanstChain, type HemtjanstChain } from './support/scenarios.js';
import { startTestApp, type TestApp } from './support/test-app.js';

jest.setTimeout(120_000);

// Needs a real PostgreSQL server to restart (the embedded one lives inside the test process); it starts its own,
// never the machine's shared one.
const serverMode = Boolean(process.env.TEST_DATABASE_URL);
const describeServer = serverMode ? describe : describe.skip;
if (!serverMode) console.info('faults-postgres-restart: skipped in embedded mode (set TEST_DATABASE_URL: it restarts a private PostgreSQL)');

describeServer('PostgreSQL restarted under load: 503 with Retry-After while it is down, recovery without a restart', () => {
  let postgres: PrivateService;
  let redis: PrivateService;
  let app: TestApp;
  let factory: TestFactory;
  let kommun: Kommun;
  let controller: Session;
  let chain: HemtjanstChain;

  beforeAll(async () => {
    postgres = await startPrivatePostgres();
    redis = await startPrivateRedis();
    app = await startTestApp({ databaseServerUrl: postgres.url, redisUrl: redis.url });
    factory = new TestFactory(app);
    kommun = await factory.newKommun({ nodes: EXEMPELSTAD_NODES, users: [{ email: 'controller@omstart.se', role: 'controller' }] });
    controller = await factory.login('controller@omstart.se');
    chain = await newHemtjanstChain(factory, kommun, controller);
  });
  afterAll(async () => {
    await postgres?.start().catch(() => undefined);
    await app?.close();
    await redis?.remove();
    await postgres?.remove();
  });

  it('answers 503 (never 500) during a fast shutdown and an immediate one, then serves again from the same pool', async () => {
    const chainPath = `/api/v1/goals/${chain.goalId}/chain?year=2025`;
    const before = await controller.get(chainPath).expect(200);
    let write = 0;
    const requests: Array<() => Promise<Response>> = [
      () => controller.get('/api/v1/auth/me'),
      () => controller.get(chainPath),
      () => controller.get('/api/v1/goals'),
      () => controller.put('/api/v1/values', { rows: [{ indicatorId: chain.indicators.timmar, orgNodeId: kommun.nodes['vof.ht.centrum']!, periodKey: '2025-Q1', value: 1000 + (write++ % 50) }] }),
    ];
    const statuses: Record<number, number> = {};
    const unavailable: Response[] = [];
    let running = true;
    const load = requests.map(async (send) => {
      while (running) {
        const res = await send();
        statuses[res.status] = (statuses[res.status] ?? 0) + 1;
        if (res.status === 503) unavailable.push(res);
        else if (res.status !== 200) throw new Error(`${res.status} ${JSON.stringify(res.body)}`);
        if (res.status === 503) await new Promise((resolve) => setTimeout(resolve, 50));
      }
    });

    for (const crash of [false, true]) {
      await eventually(async () => (statuses[200] ?? 0) > 20, 30_000, 'load running');
      await postgres.stop({ crash });
      const seen = unavailable.length;
      await eventually(async () => unavailable.length >= seen + 10, 30_000, '503 answers while the database is down');
      const health = await app.http().get('/api/health');
      expect(health.status).toBe(503);
      expect(health.headers['retry-after']).toBe('5');
      await postgres.start();
      await eventually(async () => (await app.http().get('/api/health')).status === 200, 60_000, 'healthy again');
      statuses[200] = 0;
    }
    await eventually(async () => (statuses[200] ?? 0) > 20, 30_000, 'load served again');
    running = false;
    await Promise.all(load);

    expect(Object.keys(statuses).sort()).toEqual(['200', '503']);
    for (const res of unavailable) {
      expect(res.headers['retry-after']).toBe('5');
      expect(res.body).toEqual({ statusCode: 503, error: 'Service Unavailable', message: 'Tjänsten är tillfälligt otillgänglig. Försök igen om en stund.' });
    }
    const after = await controller.get(chainPath).expect(200);
    expect(after.body.goal).toEqual(before.body.goal);
  });
});
