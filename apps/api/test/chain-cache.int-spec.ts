import { jest } from '@jest/globals';
import type { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';
import { DataSource } from 'typeorm';
import type { GoalChainView } from '@resultatkedjan/contracts';
import { createApi } from '../src/app/create-api.js';
import { TestFactory, TEST_PASSWORD, type Kommun, type Session } from './support/factory.js';
import { EXEMPELSTAD_NODES, newHemtjanstChain, type HemtjanstChain } from './support/scenarios.js';
import { startTestApp, type TestApp } from './support/test-app.js';

/**
 * Readers don't recompute: chains are cached per kommun and data version, and every write moves the version in its
 * own transaction, so a second API replica (sharing the database, and Redis in server mode) never serves a stale chain.
 */
describe('chain views cached per kommun data version', () => {
  let app: TestApp;
  let factory: TestFactory;
  let replica: NestExpressApplication;
  let kommun: Kommun;
  let other: Kommun;
  let controller: Session;
  let hemtjanst: HemtjanstChain;

  beforeAll(async () => {
    app = await startTestApp();
    factory = new TestFactory(app);
    replica = await createApi(app.config);
    kommun = await factory.newKommun({ nodes: EXEMPELSTAD_NODES, users: [{ email: 'controller@cache.se', role: 'controller' }] });
    other = await factory.newKommun({ users: [{ email: 'controller@annan-cache.se', role: 'controller' }] });
    controller = await factory.login('controller@cache.se');
    hemtjanst = await newHemtjanstChain(factory, kommun, controller);
  });
  afterAll(async () => {
    await replica?.close();
    await app?.close();
  });

  const version = async (tenantId: string): Promise<number> => {
    const [row] = await factory.rows<{ version: string }>({ tenantId }, `SELECT version FROM tenant_data_version WHERE tenant_id = $1`, [tenantId]);
    return Number(row?.version ?? 0);
  };
  const kontinuitet = (view: GoalChainView) =>
    view.elements.flatMap((e) => e.indicators).find((i) => i.id === hemtjanst.indicators.kontinuitet)!.figures[0]!;
  const path = () => `/api/v1/goals/${hemtjanst.goalId}/chain?year=2025`;

  it('answers a repeated read from the cache: one statement (the session), the same figures', async () => {
    const runner = app.api.get(DataSource).createQueryRunner();
    const spy = jest.spyOn(Object.getPrototypeOf(runner) as { query: () => Promise<unknown> }, 'query');
    await runner.release();
    try {
      const first = await controller.get(path()).expect(200);
      spy.mockClear();
      const second = await controller.get(path()).expect(200);
      expect(spy.mock.calls.length).toBe(1);
      expect(second.body).toEqual(first.body);
    } finally {
      spy.mockRestore();
    }
  });

  it('moves the version once per committed write, not on reads or refused writes, and only for that kommun', async () => {
    const before = await version(kommun.tenantId);
    const otherBefore = await version(other.tenantId);
    await controller.get(path()).expect(200);
    expect(await version(kommun.tenantId)).toBe(before);
    const row = { indicatorId: hemtjanst.indicators.brukare, orgNodeId: kommun.nodes['vof.ht.centrum']!, periodKey: '2025-Q1', value: 151 };
    await controller.put('/api/v1/values', { rows: [row, { ...row, periodKey: '2025-Q2', value: 152 }] }).expect(200);
    expect(await version(kommun.tenantId)).toBe(before + 1);
    await controller.put('/api/v1/values', { rows: [{ ...row, value: 'många' }] }).expect(422);
    expect(await version(kommun.tenantId)).toBe(before + 1);
    expect(await version(other.tenantId)).toBe(otherBefore);
  });

  it('never serves a stale chain: a write through one replica is seen by the next read through the other', async () => {
    const agent = request.agent(replica.getHttpServer());
    const signedIn = await agent.post('/api/v1/auth/login').send({ email: 'controller@cache.se', password: TEST_PASSWORD }).expect(200);
    const csrf = signedIn.body.csrfToken as string;
    const before = kontinuitet((await agent.get(path()).expect(200)).body as GoalChainView);
    expect(before.value).not.toBeNull();
    // Centrum's continuity in every quarter of 2025 up by 10 people: the weighted mean over the areas must rise.
    const rows = [1, 2, 3, 4].map((q) => ({
      indicatorId: hemtjanst.indicators.kontinuitet, orgNodeId: kommun.nodes['vof.ht.centrum']!, periodKey: `2025-Q${q}`, value: 30,
    }));
    await controller.put('/api/v1/values', { rows }).expect(200);
    const after = kontinuitet((await agent.get(path()).expect(200)).body as GoalChainView);
    expect(after.value!).toBeGreaterThan(before.value!);
    const direct = kontinuitet((await controller.get(path()).expect(200)).body as GoalChainView);
    expect(direct.value).toBe(after.value);
    await agent.post('/api/v1/auth/logout').set('X-CSRF-Token', csrf).expect(204);
  });
});
