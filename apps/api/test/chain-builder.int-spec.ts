import type { AppliedChainTemplateDto, ChainTemplate, GoalChainView, IndicatorDto, RatioPreviewDto, RatioResultDto } from '@resultatkedjan/contracts';
import { startTestApp, type TestApp } from './support/test-app.js';
import { TestFactory, type Kommun, type Session } from './support/factory.js';

/** The chain builder's API: sector templates, the R-20 activity link, the ratio preview and field-keyed 422s. */
describe('chain builder: /chain-templates, /goals/:id/chain-template, /goals/:id/ratios/preview, R-20', () => {
  let app: TestApp;
  let factory: TestFactory;
  let a: Kommun;
  let controller: Session;
  let rektor: Session;
  let goalId: string;
  let applied: AppliedChainTemplateDto;
  const byKey = (key: string): IndicatorDto => applied.indicators.find((i) => i.key === key)!;

  beforeAll(async () => {
    app = await startTestApp();
    factory = new TestFactory(app);
    a = await factory.newKommun({
      name: 'Kommun A',
      users: [
        { email: 'controller@a.se', role: 'controller' },
        { email: 'rektor@a.se', role: 'enhetschef', scope: 'uf.norr' },
      ],
    });
    controller = await factory.login('controller@a.se');
    rektor = await factory.login('rektor@a.se');
    goalId = (await factory.newGoal(a, { key: 'BUN7', owner: 'bun' })).id;
  });
  afterAll(async () => app?.close());

  it('lists the seven sector templates, each starting from a result indicator (R-8)', async () => {
    const res = await controller.get('/api/v1/chain-templates').expect(200);
    const templates = res.body as ChainTemplate[];
    expect(templates.map((t) => t.id)).toEqual(['grundskola', 'hemtjanst', 'ifo', 'bygglov', 'bibliotek', 'bostadsbolag', 'va-energi']);
    for (const t of templates) expect(t.indicators[0]!.link).toBe('resultat');
    await rektor.get('/api/v1/chain-templates').expect(200);
  });

  it('applies a template in one audited transaction: elements, indicators, ratios and the activity → result link', async () => {
    await rektor.post(`/api/v1/goals/${goalId}/chain-template`, { templateId: 'grundskola' }).expect(403);
    const unknown = await controller.post(`/api/v1/goals/${goalId}/chain-template`, { templateId: 'zoo' }).expect(422);
    expect(Object.keys(unknown.body.fields)).toEqual(['templateId']);

    const res = await controller.post(`/api/v1/goals/${goalId}/chain-template`, { templateId: 'grundskola' }).expect(201);
    applied = res.body as AppliedChainTemplateDto;
    expect(applied.elements.map((e) => e.link).sort()).toEqual(['aktivitet', 'behov', 'prestation', 'resultat', 'resurs']);
    expect(applied.indicators.map((i) => i.key)).toEqual(['K2', 'K1', 'P1', 'A3', 'A2', 'A1', 'R1', 'R2', 'B1'].map((r) => `BUN7.${r}`));
    expect(byKey('BUN7.K2')).toMatchObject({ orgAggregation: 'RATIO', numeratorIndicatorId: byKey('BUN7.K1').id, denominatorIndicatorId: byKey('BUN7.P1').id, scale: 100, targeted: true });
    expect(applied.ratios.map((r) => r.kind)).toEqual(['kostnad_per_resultat', 'effektivitet', 'kostnad_per_prestation', 'produktivitet']);
    const activity = applied.elements.find((e) => e.link === 'aktivitet')!;
    expect(activity.resultIndicatorId).toBe(byKey('BUN7.K2').id);
    expect(applied.warnings.join(' ')).toMatch(/fler än kommunens riktmärke på 6/);

    const listed = await controller.get(`/api/v1/goals/${goalId}/chain-elements`).expect(200);
    expect(listed.body.find((e: { id: string }) => e.id === activity.id).resultIndicatorId).toBe(byKey('BUN7.K2').id);
    const audit = await factory.auditEvents(a, 'goal', goalId);
    expect(audit.map((r) => r.action)).toContain('apply_template');
    expect((await factory.auditEvents(a, 'indicator')).filter((r) => r.action === 'create')).toHaveLength(9);

    // Twice: the keys are taken, and nothing of the second attempt is left behind.
    const again = await controller.post(`/api/v1/goals/${goalId}/chain-template`, { templateId: 'grundskola' }).expect(409);
    expect(again.body.message).toMatch(/BUN7\.A1, BUN7\.A2/);
    expect(await factory.count(a, 'chain_element', 'goal_id = $1', [goalId])).toBe(5);
  });

  it('keeps R-20 links to result indicators of the same goal on activities only (422 at resultIndicatorId)', async () => {
    const elements = Object.fromEntries(applied.elements.map((e) => [e.link, e.id]));
    const other = (await factory.newGoal(a, { key: 'BUN8', owner: 'bun' })).id;
    const foreign = await controller.post(`/api/v1/goals/${other}/chain-template`, { templateId: 'bibliotek' }).expect(201);
    const cases: [string, string | null, RegExp][] = [
      [elements.aktivitet!, byKey('BUN7.P1').id, /Välj en indikator i resultatlänken; BUN7\.P1 hör till länken prestation/],
      [elements.aktivitet!, (foreign.body as AppliedChainTemplateDto).indicators[0]!.id, /hör inte till det här målets kedja/],
      [elements.resurs!, byKey('BUN7.K1').id, /Bara en aktivitet/],
    ];
    for (const [id, resultIndicatorId, message] of cases) {
      const res = await controller.patch(`/api/v1/chain-elements/${id}`, { resultIndicatorId }).expect(422);
      expect(res.body.fields).toEqual({ resultIndicatorId: [expect.stringMatching(message)] });
    }
    const res = await controller.post(`/api/v1/goals/${goalId}/chain-elements`, { link: 'behov', name: 'X', resultIndicatorId: byKey('BUN7.K1').id }).expect(422);
    expect(Object.keys(res.body.fields)).toEqual(['resultIndicatorId']);
    const moved = await controller.patch(`/api/v1/chain-elements/${elements.aktivitet}`, { resultIndicatorId: byKey('BUN7.K1').id }).expect(200);
    expect(moved.body.resultIndicatorId).toBe(byKey('BUN7.K1').id);
    const made = await controller.post(`/api/v1/goals/${goalId}/chain-elements`, { link: 'aktivitet', name: 'Extra anpassningar', resultIndicatorId: byKey('BUN7.K2').id }).expect(201);
    expect(made.body.resultIndicatorId).toBe(byKey('BUN7.K2').id);
    await controller.delete(`/api/v1/chain-elements/${made.body.id}`).expect(204);
  });

  it('answers the builder forms with 422s keyed by the field they concern', async () => {
    const resultat = applied.elements.find((e) => e.link === 'resultat')!.id;
    const bad = await controller.post('/api/v1/indicators', {
      chainElementId: resultat, key: 'BUN7.K9', name: 'Nöjda elever', unit: '%', direction: 'higher', orgAggregation: 'SUM',
      timeAggregation: 'ANNUAL', periodicity: 'ar', purpose: '  ', koladaId: 'abc', reviewDate: '2026-13-01',
    }).expect(422);
    expect(Object.keys(bad.body.fields).sort()).toEqual(['reviewDate']);
    const rules = await controller.post('/api/v1/indicators', {
      chainElementId: resultat, key: 'BUN7.K9', name: 'Nöjda elever', unit: '%', direction: 'higher', orgAggregation: 'SUM',
      timeAggregation: 'ANNUAL', periodicity: 'ar', purpose: '  ', koladaId: 'abc', scale: 100,
    }).expect(422);
    expect(Object.keys(rules.body.fields).sort()).toEqual(['koladaId', 'purpose', 'scale']);
    const targets = await controller.put(`/api/v1/indicators/${byKey('BUN7.K2').id}/targets`, {
      targets: [{ periodKey: '2026', targetValue: 88 }, { periodKey: '2026-Q2', targetValue: 88 }],
    }).expect(422);
    expect(Object.keys(targets.body.fields)).toEqual(['targets.1.periodKey']);
    const ratio = await controller.post(`/api/v1/goals/${goalId}/ratios`, {
      kind: 'produktivitet', name: 'Fel', numeratorIndicatorId: byKey('BUN7.R1').id, denominatorIndicatorId: byKey('BUN7.P1').id,
    }).expect(422);
    expect(Object.keys(ratio.body.fields).sort()).toEqual(['denominatorIndicatorId', 'numeratorIndicatorId']);
  });

  it('previews an unsaved ratio on current data exactly as the chain view computes it once saved', async () => {
    const node = a.nodes['uf.norr']!;
    const cost = byKey('BUN7.R1').id;
    const leavers = byKey('BUN7.P1').id;
    const empty = await controller.post(`/api/v1/goals/${goalId}/ratios/preview`, {
      kind: 'kostnad_per_prestation', numeratorIndicatorId: cost, denominatorIndicatorId: leavers, year: 2026,
    }).expect(200);
    expect((empty.body as RatioPreviewDto).results.map((r) => [r.periodKey, r.value, r.reason])).toEqual([
      ['2026-Q1', null, 'saknar_varde'], ['2026-Q2', null, 'saknar_varde'], ['2026-Q3', null, 'saknar_varde'],
      ['2026-Q4', null, 'saknar_varde'], ['2026', null, 'saknar_varde'],
    ]);

    await factory.newValues(a, [
      ...[14_280, 14_280, 12_320, 15_120].map((value, q) => ({ indicatorId: cost, orgNodeId: node, periodKey: `2026-Q${q + 1}`, value })),
      { indicatorId: leavers, orgNodeId: node, periodKey: '2026', value: 48 },
    ], controller);
    const draft = { kind: 'kostnad_per_prestation', numeratorIndicatorId: cost, denominatorIndicatorId: leavers, unit: 'kr/elev', year: 2026 };
    const preview = (await controller.post(`/api/v1/goals/${goalId}/ratios/preview`, draft).expect(200)).body as RatioPreviewDto;
    expect(preview.fields).toEqual({});
    const year = preview.results.find((r) => r.periodKey === '2026')!;
    // 56 000 tkr (in kr) / 48 avgångselever = 1 166 667 kr per elev (DOMAIN.md 7.4 A, Norrskolan 2026).
    expect(year).toMatchObject({ numerator: 56_000_000, denominator: 48, numeratorUnit: 'kr', unit: 'kr/elev', orgNodeId: a.nodes.bun });
    expect(Math.round(year.value!)).toBe(1_166_667);

    const saved = await controller.post(`/api/v1/goals/${goalId}/ratios`, { ...draft, year: undefined, name: 'Kostnad per elev' }).expect(201);
    const view = (await controller.get(`/api/v1/goals/${goalId}/chain?periods=2026-Q1,2026-Q2,2026-Q3,2026-Q4&year=2026`).expect(200)).body as GoalChainView;
    const byPeriod = (rs: RatioResultDto[]) => [...rs].sort((x, y) => x.periodKey.localeCompare(y.periodKey));
    expect(byPeriod(view.ratios.find((r) => r.id === saved.body.id)!.results)).toEqual(byPeriod(preview.results));

    // A pair the save would refuse is still computed, with the problem at its field.
    const wrong = (await controller.post(`/api/v1/goals/${goalId}/ratios/preview`, { ...draft, kind: 'produktivitet' }).expect(200)).body as RatioPreviewDto;
    expect(Object.keys(wrong.fields).sort()).toEqual(['denominatorIndicatorId', 'numeratorIndicatorId']);
    expect(wrong.results).toHaveLength(5);
    const bad = await controller.post(`/api/v1/goals/${goalId}/ratios/preview`, { ...draft, year: 'x', numeratorIndicatorId: 'nej' }).expect(422);
    expect(Object.keys(bad.body.fields).sort()).toEqual(['numeratorIndicatorId', 'year']);
    await rektor.post(`/api/v1/goals/${goalId}/ratios/preview`, draft).expect(403);
  });
});
