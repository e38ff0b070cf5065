import { QueueName, type ComparisonSetDto, type IndicatorBenchmarkDto, type KpiBenchmarkDto } from '@resultatkedjan/contracts';
import { startTestApp, type TestApp } from './support/test-app.js';
import { TestFactory, type Kommun, type Session } from './support/factory.js';
import { FOLLOW_UP_NODES, followUpUsers } from './support/scenarios.js';
import { eventually } from './support/helpers.js';
import { KoladaClient } from '../src/kolada/client/kolada-client.js';
import { KoladaReferenceService } from '../src/kolada/reference/kolada-reference.service.js';
import type { KoladaSyncResult } from '../src/kolada/sync/kolada-sync.service.js';

/** Twenty kommuner without data in the fixture, then three with, so the data ids fall in the second chunk of 25. */
const FILLER = ['0114', '0115', '0117', '0120', '0123', '0125', '0126', '0127', '0128', '0136', '0138', '0139', '0140', '0160', '0162', '0163', '0181', '0182', '0183', '0184'];
const WIDE_SET = [...FILLER, '0180', '1480', '1280', '0380', '1384', '0580', '2480', '0000'];

describe('Kolada sync against the offline fixture', () => {
  let app: TestApp;
  let factory: TestFactory;
  let kungsbacka: Kommun;
  let demo: Kommun;
  let kungsbackaController: Session;
  let demoController: Session;
  let enhetschef: Session;

  async function indicatorOn(kommun: Kommun, session: Session, key: string, extra: Record<string, unknown> = {}) {
    const goal = await factory.newGoal(kommun, { key: `${key}-mål`, owner: 'bun', title: `Mål för ${key}` });
    const element = await factory.newChainElement(kommun, { goalId: goal.id, link: 'resultat', name: 'Resultat' }, session);
    return factory.newIndicator(kommun, { chainElementId: element, key, periodicity: 'ar', timeAggregation: 'ANNUAL', name: key, ...extra }, session);
  }

  async function sync(session: Session, years: { fromYear: number; toYear: number }): Promise<KoladaSyncResult> {
    const { jobId } = (await session.post('/api/v1/kolada/sync', years).expect(202)).body as { jobId: string };
    return eventually(async () => {
      const job = await app.queue(QueueName.kolada).getJob(jobId);
      const state = await job?.getState();
      if (state === 'failed') throw new Error(`sync failed: ${job!.failedReason}`);
      return state === 'completed' ? (job!.returnvalue as KoladaSyncResult) : null;
    }, 60_000, `sync ${jobId}`);
  }

  beforeAll(async () => {
    app = await startTestApp({ withWorker: true });
    factory = new TestFactory(app);
    kungsbacka = await factory.newKommun({ name: 'Kungsbacka kommun', kommunkod: '1384', nodes: FOLLOW_UP_NODES, users: followUpUsers('kba') });
    demo = await factory.newKommun({ name: 'Exempelstad', kommunkod: '9901', nodes: FOLLOW_UP_NODES, users: followUpUsers('dem') });
    kungsbackaController = await factory.login('kba.controller@test.se');
    demoController = await factory.login('dem.controller@test.se');
    enhetschef = await factory.login('dem.norr@test.se');
    await app.worker!.get(KoladaReferenceService).refresh();
  });
  afterAll(async () => {
    await app?.close();
  });

  it('stores the 312 municipalities and the kommungrupper; a real kommun defaults to its kommungrupp and Riket', async () => {
    const list = (await kungsbackaController.get('/api/v1/kolada/municipalities').expect(200)).body as { id: string; type: string; kommungruppId: string | null }[];
    expect(list.filter((m) => m.type !== 'G')).toHaveLength(312);
    expect(list.filter((m) => m.type === 'K')).toHaveLength(290);
    const kba = list.find((m) => m.id === '1384')!;
    expect(kba.kommungruppId).toMatch(/^G927(8[6-9]|9[0-4])$/);
    const set = (await kungsbackaController.get('/api/v1/kolada/comparison-set').expect(200)).body as ComparisonSetDto;
    expect(set).toMatchObject({ ownKommunkod: '1384', chosen: false });
    expect(set.members.map((m) => m.id)).toEqual([kba.kommungruppId, '0000']);
    expect(set.members[1]!.title).toBe('Riket');
  });

  it('refuses unknown comparison members and mapping by anyone but controller/admin', async () => {
    const bad = await demoController.put('/api/v1/kolada/comparison-set', { memberIds: ['1384', '9999'] }).expect(422);
    expect(bad.body.fields).toHaveProperty(['memberIds.1']);
    const indicator = await indicatorOn(demo, demoController, 'T.X1');
    await enhetschef.put(`/api/v1/kolada/indicators/${indicator}/kpi`, { kpiId: 'N15428' }).expect(403);
    const unknownKpi = await demoController.put(`/api/v1/kolada/indicators/${indicator}/kpi`, { kpiId: 'N99999' }).expect(422);
    expect(unknownKpi.body.fields).toHaveProperty('kpiId');
  });

  it('lists KPIs by title with unit and gender division, and previews the comparison set without storing it', async () => {
    const hits = (await demoController.get('/api/v1/kolada/kpis?search=yrkesprogram').expect(200)).body as { id: string; unit: string | null; isDividedByGender: boolean }[];
    expect(hits.find((k) => k.id === 'N15428')).toMatchObject({ unit: '%', isDividedByGender: true });
    await demoController.put('/api/v1/kolada/comparison-set', { memberIds: ['1384', '0580', '2480', '0000'] }).expect(200);
    const preview = (await demoController.get('/api/v1/kolada/kpis/N15428/preview').expect(200)).body as { series: { name: string }[] };
    expect(preview.series.map((s) => s.name)).toEqual(['Kungsbacka', 'Linköping', 'Umeå', 'Riket']);
    expect(await factory.count(demo, 'benchmark_value')).toBe(0);
    await demoController.get('/api/v1/kolada/kpis/bad/preview').expect(404);
    await enhetschef.get('/api/v1/kolada/kpis/N15428/preview').expect(403);
  });

  it('follows next_url over the fixture pages', async () => {
    const all = await app.api.get(KoladaClient).getAll<{ id: string }>('municipality?page=1&per_page=200');
    expect(all).toHaveLength(312);
  });

  it('syncs a fictional kommun: comparison values in chunks of 25, real rows attributed to Kolada, synthetic ones not', async () => {
    const indicator = await indicatorOn(demo, demoController, 'BUN1.K2', { unit: '%' });
    await demoController.put(`/api/v1/kolada/indicators/${indicator}/kpi`, { kpiId: 'N15428' }).expect(200);
    await demoController.put('/api/v1/kolada/comparison-set', { memberIds: WIDE_SET }).expect(200);

    const result = await sync(demoController, { fromYear: 2021, toYear: 2024 });
    expect(result.status).toBe('done');
    expect(result.municipalities).toHaveLength(28);
    expect(result.ownValues).toBe(0);
    const [row] = await factory.rows<{ value: string; attributable: boolean }>(demo,
      `SELECT value, attributable FROM benchmark_value WHERE kpi_id = 'N15428' AND municipality_id = '1384' AND year = 2022 AND gender = 'T'`);
    expect(Number(row!.value)).toBeCloseTo(89.75377284, 6);
    expect(row!.attributable).toBe(true);
    const [synthetic] = await factory.rows<{ value: string; attributable: boolean }>(demo,
      `SELECT value, attributable FROM benchmark_value WHERE kpi_id = 'N15428' AND municipality_id = '1384' AND year = 2024 AND gender = 'T'`);
    expect(Number(synthetic!.value)).toBeCloseTo(91.796066, 6);
    expect(synthetic!.attributable).toBe(false);
    expect(await factory.count(demo, 'benchmark_value', `municipality_id = ANY($1::text[])`, [FILLER])).toBe(0);
    expect(await factory.count(demo, 'indicator_value', `source = 'kolada'`)).toBe(0);

    const benchmark = (await enhetschef.get('/api/v1/benchmarks/kpis/N15428?fromYear=2021&toYear=2024').expect(200)).body as KpiBenchmarkDto;
    expect(benchmark.kpi?.title).toMatch(/yrkesprogram/);
    const named = benchmark.series.filter((s) => s.points.length > 0).map((s) => s.name);
    expect(named).toEqual(['Exempelstad', 'Göteborg', 'Kungsbacka', 'Linköping', 'Malmö', 'Stockholm', 'Umeå', 'Uppsala', 'Riket'].filter((n) => n !== 'Exempelstad'));
    const linkoping = benchmark.series.find((s) => s.municipalityId === '0580')!;
    expect(linkoping.points.find((p) => p.year === 2022)).toMatchObject({ value: 84.7027027, fromKolada: true });
    expect(linkoping.points.find((p) => p.year === 2024)?.fromKolada).toBe(false);
    const spread2022 = benchmark.spread.find((s) => s.year === 2022)!;
    expect(spread2022.max).toBeCloseTo(89.75377284, 6);

    const byIndicator = (await enhetschef.get('/api/v1/benchmarks/indicators').expect(200)).body as IndicatorBenchmarkDto[];
    expect(byIndicator.find((b) => b.indicatorId === indicator)).toMatchObject({ kpiId: 'N15428', year: 2022 });
  });

  it('answers an empty Kolada page with an empty, completed sync', async () => {
    const result = await sync(demoController, { fromYear: 1990, toYear: 1991 });
    expect(result).toMatchObject({ status: 'done', fetched: 0, benchmarkValues: 0, revisions: 0 });
  });

  it("lands a real kommun's own values once in the value store, and records and notifies a revision", async () => {
    const cost = await indicatorOn(kungsbacka, kungsbackaController, 'BUN1.R9', { unit: 'kr/elev', direction: 'neutral' });
    const reference = await indicatorOn(kungsbacka, kungsbackaController, 'BUN1.R8', { unit: 'kr/elev', direction: 'neutral' });
    await kungsbackaController.put(`/api/v1/kolada/indicators/${cost}/kpi`, { kpiId: 'U15011' }).expect(200);
    await kungsbackaController.put(`/api/v1/kolada/indicators/${reference}/kpi`, { kpiId: 'N15058' }).expect(200);
    await kungsbackaController.put('/api/v1/kolada/comparison-set', { memberIds: ['0000'] }).expect(200);

    const first = await sync(kungsbackaController, { fromYear: 2020, toYear: 2022 });
    expect(first).toMatchObject({ status: 'done', fromDate: null, revisions: 0 });
    const own = await factory.rows<{ value: string; source: string; org_node_id: string }>(kungsbacka,
      `SELECT value, source, org_node_id FROM indicator_value WHERE indicator_id = $1 AND period_key = '2020'`, [cost]);
    expect(own).toHaveLength(1);
    expect(Number(own[0]!.value)).toBeCloseTo(98658.881634, 6);
    expect(own[0]).toMatchObject({ source: 'kolada', org_node_id: kungsbacka.nodes.bun });
    expect(await factory.count(kungsbacka, 'benchmark_value', `municipality_id = '1384'`)).toBe(0);
    const [riket] = await factory.rows<{ value: string }>(kungsbacka, `SELECT value FROM benchmark_value WHERE kpi_id = 'U15011' AND municipality_id = '0000' AND year = 2020`);
    expect(Number(riket!.value)).toBeCloseTo(103756.47691, 5);

    // As if the first sync had run on 2024-09-01: the next asks for what changed since then.
    await factory.rows(kungsbacka, `UPDATE kolada_sync_state SET last_synced_on = '2024-09-01' RETURNING id`);
    const second = await sync(kungsbackaController, { fromYear: 2020, toYear: 2022 });
    expect(second).toMatchObject({ status: 'done', fromDate: '2024-09-01' });
    expect(second.revisions).toBeGreaterThanOrEqual(3);

    const [revised] = await factory.rows<{ value: string }>(kungsbacka, `SELECT value FROM indicator_value WHERE indicator_id = $1 AND period_key = '2020'`, [cost]);
    expect(Number(revised!.value)).toBeCloseTo(98576.363332, 6);
    const revisions = await factory.rows<{ municipality_id: string; old_value: string; new_value: string }>(kungsbacka,
      `SELECT municipality_id, old_value, new_value FROM benchmark_revision WHERE kpi_id = 'U15011' AND year = 2020 ORDER BY municipality_id`);
    expect(revisions.map((r) => [r.municipality_id, Number(r.old_value), Number(r.new_value)])).toEqual([
      ['0000', 103756.47691, 103417.999197],
      ['1384', 98658.881634, 98576.363332],
    ]);
    const notices = await factory.rows<{ recipient_email: string; subject: string; body: string }>(kungsbacka, `SELECT recipient_email, subject, body FROM notification WHERE kind = 'kolada_revidering'`);
    expect(notices.map((n) => n.recipient_email)).toEqual(['kba.controller@test.se']);
    expect(notices[0]!.body).toMatch(/BUN1\.R9.*1384 2020: 98\s?658,881634 → 98\s?576,363332/);
    const audits = await factory.count(kungsbacka, 'audit_event', `entity_type = 'indicator_value' AND actor_user_id IS NULL`);
    expect(audits).toBeGreaterThan(0);
  });
});
