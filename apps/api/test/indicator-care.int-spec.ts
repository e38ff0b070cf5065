import type { IndicatorCareReport } from '@resultatkedjan/contracts';
import { startTestApp, type TestApp } from './support/test-app.js';
import { TestFactory, type Kommun, type Session } from './support/factory.js';
import { KONCERN_NODES } from './support/scenarios.js';

/**
 * Indicator care: the daily kommun run reminds the controllers over a goal's owner 30 days before an
 * indicator's or goal's review date, once per item and date; indicators without values for two years are proposed
 * for retirement in a list controllers read.
 */
describe('indicator care', () => {
  let app: TestApp;
  let factory: TestFactory;
  let k: Kommun;
  let other: Kommun;
  let eva: Session;
  let omar: Session;
  let outsider: Session;
  let goalId: string;
  let reviewed: string;
  let unused: string;
  let stale: string;
  let fresh: string;

  beforeAll(async () => {
    app = await startTestApp({ withWorker: true });
    factory = new TestFactory(app);
    k = await factory.newKommun({
      nodes: KONCERN_NODES,
      users: [
        { email: 'eva@i.se', role: 'controller' },
        { email: 'bun.ctl@i.se', role: 'controller', scope: 'bun' },
        { email: 'von.ctl@i.se', role: 'controller', scope: 'von' },
        { email: 'omar@i.se', role: 'enhetschef', scope: 'uf.gr.norr' },
      ],
    });
    other = await factory.newKommun({ nodes: KONCERN_NODES, users: [{ email: 'eva@io.se', role: 'controller' }] });
    [eva, omar, outsider] = await Promise.all(['eva@i.se', 'omar@i.se', 'eva@io.se'].map((e) => factory.login(e)));
    goalId = (await factory.newGoal(k, { key: 'BUN1', owner: 'bun' })).id;
    [reviewed, unused, stale, fresh] = await factory.newIndicators(k, { goalId, count: 4 }) as [string, string, string, string];
    await factory.rows(k, `UPDATE indicator SET review_date = '2027-02-15' WHERE id = $1`, [reviewed]);
    await factory.rows(k, `UPDATE goal SET review_date = '2027-02-10' WHERE id = $1`, [goalId]);
    // Three indicators from 2024; one never had a value, one last in mid-2024, one this year.
    await factory.rows(k, `UPDATE indicator SET created_at = '2024-01-15' WHERE id = ANY($1::uuid[])`, [[unused, stale, fresh]]);
    await factory.newValues(k, [
      { indicatorId: stale, orgNodeId: k.nodes['uf.gr.norr']!, periodKey: '2024-Q2', value: 1 },
      { indicatorId: fresh, orgNodeId: k.nodes['uf.gr.norr']!, periodKey: '2026-Q2', value: 1 },
    ]);
    await factory.rows(k, `UPDATE indicator_value SET entered_at = '2024-07-01' WHERE indicator_id = $1`, [stale]);
  });
  afterAll(async () => app?.close());

  const reviewSteps = async (day: string) => (await factory.runDay(k, day)).steps.filter((s) => s.key.startsWith('omprovning:'));
  const notices = () => factory.rows<{ recipient_email: string; subject: string }>(k, `SELECT recipient_email, subject FROM notification WHERE kind = 'omprovning_paminnelse' ORDER BY subject, recipient_email`);

  it('reminds nobody more than 30 days ahead', async () => {
    expect(await reviewSteps('2027-01-10')).toEqual([]);
    expect(await notices()).toEqual([]);
  });

  it("reminds the controllers over the goal's owner once per item and review date", async () => {
    expect(await reviewSteps('2027-01-11')).toEqual([{ key: `omprovning:goal:${goalId}:2027-02-10`, outcome: 'done' }]);
    expect(await reviewSteps('2027-01-16')).toEqual([{ key: `omprovning:indicator:${reviewed}:2027-02-15`, outcome: 'done' }]);
    expect(await reviewSteps('2027-01-16')).toEqual([]);
    expect(await reviewSteps('2027-02-01')).toEqual([]);
    expect(await notices()).toEqual([
      { recipient_email: 'bun.ctl@i.se', subject: `Omprövning: indikatorn ”Indikator 0” (${goalId.slice(0, 8)}.I0) ska omprövas senast 2027-02-15` },
      { recipient_email: 'eva@i.se', subject: `Omprövning: indikatorn ”Indikator 0” (${goalId.slice(0, 8)}.I0) ska omprövas senast 2027-02-15` },
      { recipient_email: 'bun.ctl@i.se', subject: 'Omprövning: målet ”Mål BUN1” (BUN1) ska omprövas senast 2027-02-10' },
      { recipient_email: 'eva@i.se', subject: 'Omprövning: målet ”Mål BUN1” (BUN1) ska omprövas senast 2027-02-10' },
    ]);
  });

  it('reminds again for a new review date', async () => {
    await factory.rows(k, `UPDATE indicator SET review_date = '2028-02-15' WHERE id = $1`, [reviewed]);
    expect(await reviewSteps('2028-01-20')).toEqual([{ key: `omprovning:indicator:${reviewed}:2028-02-15`, outcome: 'done' }]);
    expect(await factory.count(k, 'job_run', `job_key LIKE 'omprovning:%'`)).toBe(3);
  });

  it('lists reviews due and indicators without values for two years, to controllers only', async () => {
    const report: IndicatorCareReport = (await eva.get('/api/v1/indicator-care?today=2027-01-20').expect(200)).body;
    expect(report.reviewsDue.map((r) => [r.kind, r.key, r.reviewDate, r.ownerName])).toEqual([
      ['goal', 'BUN1', '2027-02-10', 'Barn- och utbildningsnämnden'],
    ]);
    expect(report.retirementProposals.map((p) => [p.id, p.goalKey, p.lastValueAt?.slice(0, 10) ?? null])).toEqual(
      expect.arrayContaining([[unused, 'BUN1', null], [stale, 'BUN1', '2024-07-01']]),
    );
    expect(report.retirementProposals.map((p) => p.id)).not.toContain(fresh);
    expect(report.retirementProposals.map((p) => p.id)).not.toContain(reviewed);
    await omar.get('/api/v1/indicator-care').expect(403);
    const bad = await eva.get('/api/v1/indicator-care?today=20-01-2027').expect(422);
    expect(Object.keys(bad.body.fields)).toEqual(['today']);
    const foreign: IndicatorCareReport = (await outsider.get('/api/v1/indicator-care?today=2027-01-20').expect(200)).body;
    expect(foreign).toMatchObject({ reviewsDue: [], retirementProposals: [] });
    expect(await factory.count(other, 'notification')).toBe(0);
  });
});
