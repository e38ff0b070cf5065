import type { GoalChainsForYear, GoalChainView, RatioResultDto } from '@resultatkedjan/contracts';
import { DEMO_PASSWORD, seedDemoKommun } from '../src/seed/index.js';
import { startTestApp, type TestApp } from './support/test-app.js';
import { TestFactory, type Session } from './support/factory.js';

const round = (value: number | null, decimals: number) => (value === null ? null : Number(value.toFixed(decimals)));

/** GET /chains?year=: every goal's chain at its owner in one answer, equal to asking goal by goal. */
describe('GET /chains?year= — all of a year\'s chains at once', () => {
  let app: TestApp;
  let factory: TestFactory;
  let eva: Session;
  let body: GoalChainsForYear;

  beforeAll(async () => {
    app = await startTestApp();
    factory = new TestFactory(app);
    await seedDemoKommun(app.database.ownerUrl, { today: '2026-12-01' });
    eva = await factory.login('eva.berg@exempelstad.se', DEMO_PASSWORD);
    body = (await eva.get('/api/v1/chains?year=2026').expect(200)).body;
  });
  afterAll(async () => app?.close());

  it('has every goal of 2026 that has indicators, in the goals\' own order, for 2025 and 2026', () => {
    expect(body.year).toBe(2026);
    expect(body.periods).toEqual(['2025', '2026']);
    expect(body.omitted).toBe(0);
    expect(body.chains.map((c) => c.goal.key)).toEqual(['FM1', 'FM2', 'BUN1', 'VON1', 'SN1', 'SBN1', 'KFN1', 'HEM1', 'HEM2', 'HEM-F', 'EV1']);
    for (const chain of body.chains) expect(chain.orgNodes.map((n) => n.id)).toEqual([chain.goal.ownerNodeId]);
  });

  it('gives the DOMAIN.md 7.5 figures at the owners: grundskola total 2025 and IFO 2025/2026', () => {
    const ratio = (goal: string, name: string, period: string): RatioResultDto => {
      const chain = body.chains.find((c) => c.goal.key === goal)!;
      return chain.ratios.find((r) => r.name === name)!.results.find((r) => r.periodKey === period)!;
    };
    expect(ratio('BUN1', 'Elever per lärartjänst', '2025')).toMatchObject({ numerator: 4400, denominator: 364 });
    expect(round(ratio('BUN1', 'Elever per lärartjänst', '2025').value, 2)).toBe(12.09);
    expect(round(ratio('BUN1', 'Behöriga elever per mnkr', '2025').value, 4)).toBe(0.6985);
    const ifo = body.chains.find((c) => c.goal.key === 'SN1')!;
    const perMnkr = ifo.ratios.find((r) => r.kind === 'effektivitet')!;
    expect(perMnkr.results.map((r) => round(r.value, 2))).toEqual([15.68, 20.88]);
  });

  it('equals GET /goals/:id/chain for the same goal, periods and node, chain by chain', async () => {
    for (const chain of body.chains) {
      const one: GoalChainView = (await eva.get(`/api/v1/goals/${chain.goal.id}/chain?periods=2025,2026`).expect(200)).body;
      expect(chain).toEqual(one);
    }
  });

  it('asks for the year with a 422 keyed by the field, and shows another kommun nothing of Exempelstad', async () => {
    const missing = await eva.get('/api/v1/chains').expect(422);
    expect(Object.keys(missing.body.fields)).toEqual(['year']);
    await eva.get('/api/v1/chains?year=tjugo').expect(422);
    await factory.newKommun({ kommunkod: '9802', users: [{ email: 'controller@annanstad.se', role: 'controller' }] });
    const other = await factory.login('controller@annanstad.se');
    expect((await other.get('/api/v1/chains?year=2026').expect(200)).body.chains).toEqual([]);
  });
});
