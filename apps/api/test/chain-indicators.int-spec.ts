import { startTestApp, type TestApp } from './support/test-app.js';
import { TestFactory, type Kommun, type Session } from './support/factory.js';
import { indicatorBody } from './support/helpers.js';

describe('indicators and targets: /indicators', () => {
  let app: TestApp;
  let factory: TestFactory;
  let a: Kommun;
  let b: Kommun;
  let controller: Session;
  let goalId: string;
  let resurs: string;
  let resultat: string;
  let foreignElement: string;

  beforeAll(async () => {
    app = await startTestApp();
    factory = new TestFactory(app);
    a = await factory.newKommun({
      name: 'Kommun A',
      users: [
        { email: 'controller@a.se', role: 'controller' },
        { email: 'bolagscontroller@a.se', role: 'controller', scope: 'bolag' },
        { email: 'rektor@a.se', role: 'enhetschef', scope: 'uf.norr' },
        { email: 'revisor@a.se', role: 'revisor' },
      ],
    });
    b = await factory.newKommun({ name: 'Kommun B', users: [{ email: 'controller@b.se', role: 'controller' }] });
    controller = await factory.login('controller@a.se');
    goalId = (await factory.newGoal(a, { key: 'BUN1', owner: 'bun' })).id;
    resurs = await factory.newChainElement(a, { goalId, link: 'resurs', name: 'Resurser' }, controller);
    resultat = await factory.newChainElement(a, { goalId, link: 'resultat', name: 'Resultat' }, controller);
    const stranger = await factory.login('controller@b.se');
    foreignElement = await factory.newChainElement(b, { goalId: (await factory.newGoal(b, { key: 'B1', owner: 'bun' })).id, link: 'resurs', name: 'Främmande' }, stranger);
  });
  afterAll(async () => app?.close());

  it('creates an indicator with every field and returns it with targets and warnings', async () => {
    const res = await controller.post('/api/v1/indicators', indicatorBody(resurs, 'BUN1.R1', {
      name: 'Nettokostnad', unit: 'tkr', direction: 'neutral', periodicity: 'kvartal', targeted: false, source: 'kolada',
      koladaId: 'N15008', baselineValue: 52_000, baselinePeriodKey: '2024', reviewDate: '2027-06-30',
      levelScale: { fulfilledFrom: 1, partlyFrom: 0.9 }, sortOrder: 1,
    })).expect(201);
    expect(res.body).toMatchObject({
      goalId, chainElementId: resurs, link: 'resurs', key: 'BUN1.R1', unit: 'tkr', targeted: false, source: 'kolada', koladaId: 'N15008',
      baselineValue: 52_000, baselinePeriodKey: '2024', reviewDate: '2027-06-30', levelScale: { fulfilledFrom: 1, partlyFrom: 0.9 },
      targets: [], warnings: [],
    });
    const got = await controller.get(`/api/v1/indicators/${res.body.id}`).expect(200);
    expect(got.body).toEqual(res.body);
    const audit = await factory.auditEvents(a, 'indicator');
    expect(audit.find((r) => r.entity_id === res.body.id)).toMatchObject({ action: 'create', after: { key: 'BUN1.R1', unit: 'tkr' } });
  });

  it('enforces the indicator rules with Swedish field-keyed 422s', async () => {
    const bad = await controller.post('/api/v1/indicators', indicatorBody(resurs, 'X1', {
      purpose: '   ', unit: ' ', orgAggregation: 'WEIGHTED_MEAN', timeAggregation: 'RATIO', scale: 100, koladaId: 'N1',
      baselinePeriodKey: '2025-Q9', levelScale: { fulfilledFrom: 0.9, partlyFrom: 1 },
    })).expect(422);
    expect(bad.body.fields).toEqual({
      purpose: ['Ange syftet: varför indikatorn mäts och vem som använder den.'],
      unit: ["Ange en enhet, t.ex. kr, tkr, åa, st, %, index, timmar eller 'tusen m³'."],
      scale: ['Skala anges bara för kvoter (RATIO), t.ex. 100 för procent.'],
      weightIndicatorId: ['Viktindikatorn måste anges för den valda aggregeringen.'],
      timeAggregation: ['Tidsaggregering RATIO kräver organisationsaggregering RATIO med täljare och nämnare.'],
      koladaId: ['Ange ett KPI-id från Kolada, t.ex. N15428.'],
      baselinePeriodKey: [expect.stringMatching(/^Ogiltig period/)],
      'levelScale.partlyFrom': ['Gränsen för delvis uppfyllt måste vara lägre än gränsen för uppfyllt.'],
    });
    const types = await controller.post('/api/v1/indicators', { ...indicatorBody(resurs, 'X 2'), scale: 0, direction: 'upp', extra: true, chainElementId: 'x' }).expect(422);
    expect(types.body.fields).toMatchObject({
      key: ['Nyckeln får bara innehålla bokstäver, siffror, punkt, bindestreck och understreck.'],
      scale: ['Skalan måste vara större än 0.'],
      direction: ['Värdet måste vara ett av higher, lower, neutral.'],
      extra: ['Fältet är inte tillåtet.'],
      chainElementId: ['Måste vara ett giltigt id (UUID).'],
    });
    const kolada = await controller.post('/api/v1/indicators', indicatorBody(resurs, 'X3', { source: 'kolada' })).expect(422);
    expect(kolada.body.fields).toEqual({ koladaId: ['Ange Kolada-id när källan är kolada.'] });
    const element = await controller.post('/api/v1/indicators', indicatorBody(foreignElement, 'X4')).expect(422);
    expect(element.body.fields).toEqual({ chainElementId: ['Kedjelänken finns inte.'] });
    expect(await factory.count(a, 'indicator')).toBe(1);
  });

  it('requires RATIO references to summable indicators of the kommun, and WEIGHTED_MEAN a weight', async () => {
    const count = await factory.newIndicator(a, indicatorBody(resultat, 'BUN1.K1', { periodicity: 'ar', timeAggregation: 'ANNUAL' }), controller);
    const leavers = await factory.newIndicator(a, indicatorBody(resultat, 'BUN1.P1', { periodicity: 'ar', timeAggregation: 'ANNUAL' }), controller);
    const missing = await controller.post('/api/v1/indicators', indicatorBody(resultat, 'BUN1.K2', { unit: '%', orgAggregation: 'RATIO', scale: 100 })).expect(422);
    expect(missing.body.fields).toEqual({
      numeratorIndicatorId: ['Täljaren måste anges för den valda aggregeringen.'],
      denominatorIndicatorId: ['Nämnaren måste anges för den valda aggregeringen.'],
    });
    const foreign = await controller.post('/api/v1/indicators', indicatorBody(resultat, 'BUN1.K2', {
      unit: '%', orgAggregation: 'RATIO', scale: 100, numeratorIndicatorId: count, denominatorIndicatorId: '3f1c2d3e-4b5a-4c6d-8e7f-9a0b1c2d3e4f',
    })).expect(422);
    expect(foreign.body.fields).toEqual({ denominatorIndicatorId: ['Indikatorn finns inte.'] });
    const ratio = await controller.post('/api/v1/indicators', indicatorBody(resultat, 'BUN1.K2', {
      unit: '%', orgAggregation: 'RATIO', timeAggregation: 'ANNUAL', periodicity: 'ar', numeratorIndicatorId: count, denominatorIndicatorId: leavers,
    })).expect(201);
    expect(ratio.body.warnings).toEqual(['Enheten är % men skalan är inte 100: kvoten visas som en andel av 1.']);
    const onRatio = await controller.post('/api/v1/indicators', indicatorBody(resultat, 'BUN1.K9', {
      orgAggregation: 'WEIGHTED_MEAN', weightIndicatorId: ratio.body.id,
    })).expect(422);
    expect(onRatio.body.fields.weightIndicatorId[0]).toMatch(/måste vara en indikator som summeras över organisationen \(SUM\); BUN1.K2 har RATIO/);
    const stray = await controller.post('/api/v1/indicators', indicatorBody(resultat, 'BUN1.K8', { numeratorIndicatorId: count })).expect(422);
    expect(stray.body.fields).toEqual({ numeratorIndicatorId: ['Täljare och nämnare anges bara när organisationsaggregeringen är RATIO.'] });
    // A referenced indicator must stay summable.
    const change = await controller.patch(`/api/v1/indicators/${count}`, { orgAggregation: 'NONE' }).expect(422);
    expect(change.body.fields.orgAggregation[0]).toMatch(/används som täljare/);
    // And cannot be deleted while used.
    expect((await controller.delete(`/api/v1/indicators/${count}`).expect(409)).body.message).toMatch(/BUN1.K2/);
  });

  it('keeps keys unique per kommun (409), but another kommun may use the same key', async () => {
    const res = await controller.post('/api/v1/indicators', indicatorBody(resurs, 'BUN1.R1')).expect(409);
    expect(res.body.message).toBe('Nyckeln "BUN1.R1" används redan av en annan indikator i kommunen.');
    const stranger = await factory.login('controller@b.se');
    await stranger.post('/api/v1/indicators', indicatorBody(foreignElement, 'BUN1.R1')).expect(201);
  });

  it('warns, never blocks, when the goal has more indicators than the kommun’s ceiling (R-1)', async () => {
    await factory.setTenantSettings(a, { indicatorCeiling: 4 });
    const fifth = await controller.post('/api/v1/indicators', indicatorBody(resurs, 'BUN1.R2', { unit: 'åa', timeAggregation: 'AVG' })).expect(201);
    expect(fifth.body.warnings).toEqual(['Målet har 5 indikatorer, fler än kommunens riktmärke på 4. Färre indikatorer ger tydligare styrning (R-1).']);
    expect((await controller.get(`/api/v1/indicators/${fifth.body.id}`).expect(200)).body.warnings).toHaveLength(1);
    await factory.setTenantSettings(a, {});
    expect((await controller.get(`/api/v1/indicators/${fifth.body.id}`).expect(200)).body.warnings).toEqual([]);
  });

  it('updates an indicator, clears nullable fields with null and audits before/after', async () => {
    const id = await factory.newIndicator(a, indicatorBody(resurs, 'BUN1.R3', { reviewDate: '2026-12-31', baselineValue: 3 }), controller);
    const res = await controller.patch(`/api/v1/indicators/${id}`, { name: 'Lokalkostnad', unit: 'kr', reviewDate: null, baselineValue: null, key: 'BUN1.R3b' }).expect(200);
    expect(res.body).toMatchObject({ key: 'BUN1.R3b', name: 'Lokalkostnad', unit: 'kr', reviewDate: null, baselineValue: null });
    const audit = (await factory.auditEvents(a, 'indicator')).find((r) => r.entity_id === id && r.action === 'update');
    expect(audit?.before).toMatchObject({ key: 'BUN1.R3', reviewDate: '2026-12-31' });
    expect(audit?.after).toMatchObject({ key: 'BUN1.R3b', reviewDate: null });
    expect((await controller.patch(`/api/v1/indicators/${id}`, { purpose: '' }).expect(422)).body.fields.purpose).toBeDefined();
    expect((await controller.patch(`/api/v1/indicators/${id}`, { name: null }).expect(422)).body.fields.name).toBeDefined();
    expect((await controller.patch(`/api/v1/indicators/${id}`, { key: 'BUN1.R1' }).expect(409)).body.message).toMatch(/används redan/);
    const otherGoal = await factory.newChainElement(a, { goalId: (await factory.newGoal(a, { key: 'BUN2', owner: 'bun' })).id, link: 'resurs', name: 'R' }, controller);
    expect((await controller.patch(`/api/v1/indicators/${id}`, { chainElementId: otherGoal }).expect(422)).body.fields.chainElementId).toEqual(['Indikatorn kan bara flyttas till en länk i samma mål.']);
    expect((await controller.patch(`/api/v1/indicators/${id}`, { chainElementId: resultat }).expect(200)).body.link).toBe('resultat');
  });

  it('lists indicators by goal or chain element, paginated', async () => {
    const all = await controller.get(`/api/v1/indicators?goalId=${goalId}&pageSize=4`).expect(200);
    expect(all.body).toMatchObject({ page: 1, pageSize: 4, total: 6 });
    expect(all.body.items).toHaveLength(4);
    const page2 = await controller.get(`/api/v1/indicators?goalId=${goalId}&pageSize=4&page=2`).expect(200);
    expect(page2.body.items).toHaveLength(2);
    expect(new Set([...all.body.items, ...page2.body.items].map((i: { id: string }) => i.id)).size).toBe(6);
    const byElement = await controller.get(`/api/v1/indicators?chainElementId=${resurs}`).expect(200);
    expect(byElement.body.items.every((i: { link: string }) => i.link === 'resurs')).toBe(true);
    await controller.get('/api/v1/indicators?pageSize=500').expect(422);
    await controller.get('/api/v1/indicators?goalId=abc').expect(422);
    const stranger = await factory.login('controller@b.se');
    expect((await stranger.get(`/api/v1/indicators?goalId=${goalId}`).expect(200)).body.total).toBe(0);
  });

  it('replaces targets in one go, validating periods with the domain and the periodicity', async () => {
    const id = await factory.newIndicator(a, indicatorBody(resultat, 'BUN1.K3', { unit: 'index', periodicity: 'ar', timeAggregation: 'ANNUAL' }), controller);
    const put = await controller.put(`/api/v1/indicators/${id}/targets`, { targets: [{ periodKey: '2026', targetValue: 88 }, { periodKey: '2025', targetValue: 86 }] }).expect(200);
    expect(put.body).toEqual([{ periodKey: '2025', targetValue: 86 }, { periodKey: '2026', targetValue: 88 }]);
    const bad = await controller.put(`/api/v1/indicators/${id}/targets`, {
      targets: [{ periodKey: '2027', targetValue: 90 }, { periodKey: '2027-Q2', targetValue: 90 }, { periodKey: '27', targetValue: 1 }, { periodKey: '2027', targetValue: 91 }],
    }).expect(422);
    expect(bad.body.fields).toEqual({
      'targets.1.periodKey': ['Indikatorn rapporteras årsvis; målvärden anges per år (t.ex. 2026).'],
      'targets.2.periodKey': [expect.stringMatching(/^Ogiltig period/)],
      'targets.3.periodKey': ['Perioden finns redan på rad 0.'],
    });
    const typed = await controller.put(`/api/v1/indicators/${id}/targets`, { targets: [{ periodKey: '2028', targetValue: 'hög' }, { periodKey: 2029 }] }).expect(422);
    expect(typed.body.fields).toEqual({
      'targets.0.targetValue': ['Måste vara ett tal.'],
      'targets.1.periodKey': expect.arrayContaining(['Måste vara text.']),
      'targets.1.targetValue': ['Måste vara ett tal.'],
    });
    // Nothing of the failed replacement was written.
    expect((await controller.get(`/api/v1/indicators/${id}`).expect(200)).body.targets).toEqual(put.body);
    const cleared = await controller.put(`/api/v1/indicators/${id}/targets`, { targets: [] }).expect(200);
    expect(cleared.body).toEqual([]);
    const audit = (await factory.auditEvents(a, 'indicator_targets')).filter((r) => r.entity_id === id);
    expect(audit.map((r) => [r.before, r.after])).toEqual([
      [{ targets: [] }, { targets: put.body }],
      [{ targets: put.body }, { targets: [] }],
    ]);
    const quarterly = await factory.newIndicator(a, indicatorBody(resultat, 'BUN1.K4'), controller);
    await controller.put(`/api/v1/indicators/${quarterly}/targets`, { targets: [{ periodKey: '2026-Q2', targetValue: 1 }, { periodKey: '2026-D', targetValue: 2 }] }).expect(200);
    const monthly = await controller.put(`/api/v1/indicators/${quarterly}/targets`, { targets: [{ periodKey: '2026-M02', targetValue: 1 }] }).expect(422);
    expect(monthly.body.fields['targets.0.periodKey']).toEqual(['Indikatorn rapporteras kvartalsvis; målvärden kan inte anges per månad.']);
  });

  it('allows writes only to controllers in scope and answers 404 across kommuner', async () => {
    const id = await factory.newIndicator(a, indicatorBody(resurs, 'BUN1.R9'), controller);
    for (const email of ['rektor@a.se', 'revisor@a.se']) {
      const session = await factory.login(email);
      await session.post('/api/v1/indicators', indicatorBody(resurs, 'N1')).expect(403);
      await session.patch(`/api/v1/indicators/${id}`, { name: 'N' }).expect(403);
      await session.put(`/api/v1/indicators/${id}/targets`, { targets: [] }).expect(403);
      await session.delete(`/api/v1/indicators/${id}`).expect(403);
      await session.get(`/api/v1/indicators/${id}`).expect(200);
    }
    const scoped = await factory.login('bolagscontroller@a.se');
    await scoped.post('/api/v1/indicators', indicatorBody(resurs, 'N2')).expect(403);
    await scoped.put(`/api/v1/indicators/${id}/targets`, { targets: [] }).expect(403);
    const stranger = await factory.login('controller@b.se');
    await stranger.get(`/api/v1/indicators/${id}`).expect(404);
    await stranger.patch(`/api/v1/indicators/${id}`, { name: 'N' }).expect(404);
    await stranger.put(`/api/v1/indicators/${id}/targets`, { targets: [] }).expect(404);
    await stranger.delete(`/api/v1/indicators/${id}`).expect(404);
    await app.http().get(`/api/v1/indicators/${id}`).expect(401);
  });

  it('refuses to delete (409) or change periodicity (409) while values exist; deletes otherwise', async () => {
    const id = await factory.newIndicator(a, indicatorBody(resurs, 'BUN1.R7'), controller);
    await controller.put('/api/v1/values', { rows: [{ indicatorId: id, orgNodeId: a.nodes['uf.norr'], periodKey: '2025-Q1', value: 1 }] }).expect(200);
    expect((await controller.delete(`/api/v1/indicators/${id}`).expect(409)).body.message).toBe('Indikatorn har inrapporterade värden och kan inte tas bort.');
    expect((await controller.patch(`/api/v1/indicators/${id}`, { periodicity: 'ar' }).expect(409)).body.message).toMatch(/Periodiciteten/);
    const unused = await factory.newIndicator(a, indicatorBody(resurs, 'BUN1.R8'), controller);
    await controller.put(`/api/v1/indicators/${unused}/targets`, { targets: [{ periodKey: '2025', targetValue: 5 }] }).expect(200);
    await controller.delete(`/api/v1/indicators/${unused}`).expect(204);
    await controller.get(`/api/v1/indicators/${unused}`).expect(404);
    const audit = (await factory.auditEvents(a, 'indicator')).find((r) => r.entity_id === unused && r.action === 'delete');
    expect(audit?.before).toMatchObject({ key: 'BUN1.R8', targets: [{ periodKey: '2025', targetValue: 5 }] });
  });
});
