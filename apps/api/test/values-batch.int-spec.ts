import type { ValueRow } from '@resultatkedjan/contracts';
import { startTestApp, type TestApp } from './support/test-app.js';
import { TestFactory, type Kommun, type Session } from './support/factory.js';
import { indicatorBody } from './support/helpers.js';

describe('PUT /values — batch upsert of utfall, all or nothing', () => {
  let app: TestApp;
  let factory: TestFactory;
  let a: Kommun;
  let b: Kommun;
  let controller: Session;
  const ids: Record<string, string> = {};
  let foreignIndicator: string;

  beforeAll(async () => {
    app = await startTestApp();
    factory = new TestFactory(app);
    a = await factory.newKommun({
      name: 'Kommun A',
      users: [
        { email: 'controller@a.se', role: 'controller' },
        { email: 'rektor@a.se', role: 'enhetschef', scope: 'uf.norr' },
        { email: 'ekonom@a.se', role: 'ekonom' },
        { email: 'revisor@a.se', role: 'revisor' },
        { email: 'politiker@a.se', role: 'fortroendevald' },
        { email: 'rektor-och-ekonom@a.se', role: 'enhetschef', scope: 'uf.norr' },
      ],
    });
    // A second grant: ekonom for the whole förvaltning, on top of enhetschef for Norrskolan.
    await factory.asKommun(a, (m) =>
      m.query(`INSERT INTO role_grant (tenant_id, user_id, role, org_node_id) VALUES ($1, $2, 'ekonom', $3)`, [a.tenantId, a.users['rektor-och-ekonom@a.se'], a.nodes.uf]),
    );
    b = await factory.newKommun({ name: 'Kommun B', users: [{ email: 'controller@b.se', role: 'controller' }] });
    controller = await factory.login('controller@a.se');
    const goalId = (await factory.newGoal(a, { key: 'BUN1', owner: 'bun' })).id;
    const resurs = await factory.newChainElement(a, { goalId, link: 'resurs', name: 'Resurser' }, controller);
    const prestation = await factory.newChainElement(a, { goalId, link: 'prestation', name: 'Prestationer' }, controller);
    const resultat = await factory.newChainElement(a, { goalId, link: 'resultat', name: 'Resultat' }, controller);
    ids.kostnad = await factory.newIndicator(a, indicatorBody(resurs, 'R1', { unit: 'tkr', direction: 'neutral' }), controller);
    ids.lektioner = await factory.newIndicator(a, indicatorBody(prestation, 'P1'), controller);
    ids.trygga = await factory.newIndicator(a, indicatorBody(resultat, 'K1', { unit: '%', orgAggregation: 'NONE', periodicity: 'ar', timeAggregation: 'ANNUAL' }), controller);
    ids.manad = await factory.newIndicator(a, indicatorBody(resurs, 'R2', { unit: 'tkr', periodicity: 'manad' }), controller);
    ids.planerade = await factory.newIndicator(a, indicatorBody(prestation, 'P2'), controller);
    ids.andel = await factory.newIndicator(a, indicatorBody(resultat, 'K2', {
      unit: '%', orgAggregation: 'RATIO', scale: 100, numeratorIndicatorId: ids.lektioner, denominatorIndicatorId: ids.planerade,
    }), controller);
    for (let i = 0; i < 10; i += 1) ids[`bulk${i}`] = await factory.newIndicator(a, indicatorBody(prestation, `BULK${i}`), controller);
    const stranger = await factory.login('controller@b.se');
    foreignIndicator = await factory.newIndicator(b, indicatorBody(await factory.newChainElement(b, { goalId: (await factory.newGoal(b, { key: 'B1', owner: 'bun' })).id, link: 'prestation', name: 'P' }, stranger), 'B.P1'), stranger);
  });
  afterAll(async () => app?.close());

  const norr = () => a.nodes['uf.norr']!;
  const soder = () => a.nodes['uf.soder']!;

  it('creates, updates and skips unchanged rows, recording who entered them and auditing each change once', async () => {
    const first = await controller.put('/api/v1/values', { rows: [
      { indicatorId: ids.kostnad, orgNodeId: norr(), periodKey: '2025-Q1', value: 13_770, comment: 'Inklusive lokaler' },
      { indicatorId: ids.kostnad, orgNodeId: norr(), periodKey: '2025-Q2', value: 13_770 },
      { indicatorId: ids.trygga, orgNodeId: norr(), periodKey: '2025', value: 82.11, referencePeriodKey: '2025-Q1', source: 'import' },
    ] }).expect(200);
    expect(first.body).toEqual({ written: 3, created: 3, updated: 0, unchanged: 0 });
    const second = await controller.put('/api/v1/values', { rows: [
      { indicatorId: ids.kostnad, orgNodeId: norr(), periodKey: '2025-Q1', value: 13_770, comment: 'Inklusive lokaler' },
      { indicatorId: ids.kostnad, orgNodeId: norr(), periodKey: '2025-Q2', value: 13_800 },
      { indicatorId: ids.kostnad, orgNodeId: norr(), periodKey: '2025-Q3', value: 11_880 },
    ] }).expect(200);
    expect(second.body).toEqual({ written: 2, created: 1, updated: 1, unchanged: 1 });

    const rows = await factory.asKommun(a, (m) => m.query(
      `SELECT period_key, value::float AS value, entered_by, version, comment, source, reference_period_key FROM indicator_value
        WHERE indicator_id = ANY($1::uuid[]) ORDER BY period_key`, [[ids.kostnad, ids.trygga]]));
    expect(rows).toEqual([
      { period_key: '2025', value: 82.11, entered_by: a.users['controller@a.se'], version: 1, comment: null, source: 'import', reference_period_key: '2025-Q1' },
      { period_key: '2025-Q1', value: 13_770, entered_by: a.users['controller@a.se'], version: 1, comment: 'Inklusive lokaler', source: 'manual', reference_period_key: null },
      { period_key: '2025-Q2', value: 13_800, entered_by: a.users['controller@a.se'], version: 2, comment: null, source: 'manual', reference_period_key: null },
      { period_key: '2025-Q3', value: 11_880, entered_by: a.users['controller@a.se'], version: 1, comment: null, source: 'manual', reference_period_key: null },
    ]);
    const audit = await factory.auditEvents(a, 'indicator_value');
    expect(audit).toHaveLength(5);
    const update = audit.find((r) => r.action === 'update')!;
    expect(update.before).toMatchObject({ periodKey: '2025-Q2', value: 13_770 });
    expect(update.after).toMatchObject({ periodKey: '2025-Q2', value: 13_800 });
  });

  it('validates every row first and answers 422 keyed rows.<index>.<field>, writing nothing', async () => {
    const before = await factory.count(a, 'indicator_value');
    const auditBefore = (await factory.auditEvents(a, 'indicator_value')).length;
    const unknown = '6f1c2d3e-4b5a-4c6d-8e7f-9a0b1c2d3e4f';
    const rows: ValueRow[] = [
      { indicatorId: ids.kostnad!, orgNodeId: norr(), periodKey: '2026-Q1', value: 1 },
      { indicatorId: ids.trygga!, orgNodeId: norr(), periodKey: '2026', value: 101 },
      { indicatorId: ids.lektioner!, orgNodeId: norr(), periodKey: '2026-Q1', value: -3 },
      { indicatorId: ids.lektioner!, orgNodeId: norr(), periodKey: '2026', value: 3 },
      { indicatorId: ids.manad!, orgNodeId: norr(), periodKey: '2026-Q1', value: 3 },
      { indicatorId: ids.kostnad!, orgNodeId: norr(), periodKey: '2026-Q1', value: 2 },
      { indicatorId: ids.kostnad!, orgNodeId: unknown, periodKey: '2026-Q2', value: 1 },
      { indicatorId: unknown, orgNodeId: norr(), periodKey: '2026-Q2', value: 1 },
      { indicatorId: foreignIndicator, orgNodeId: b.nodes.uf!, periodKey: '2026-Q2', value: 1 },
      { indicatorId: ids.andel!, orgNodeId: norr(), periodKey: '2026-Q2', value: 50 },
      { indicatorId: ids.kostnad!, orgNodeId: norr(), periodKey: '2026-Q5', value: 1, referencePeriodKey: 'läsår 25/26' },
      { indicatorId: ids.kostnad!, orgNodeId: soder(), periodKey: '2026-Q3', value: -500 },
    ];
    const res = await controller.put('/api/v1/values', { rows }).expect(422);
    expect(res.body.message).toBe('Inga värden sparades: rätta raderna och försök igen.');
    expect(res.body.fields).toEqual({
      'rows.1.value': ['En andel i procent måste ligga mellan 0 och 100.'],
      'rows.2.value': ['Värdet får inte vara negativt för enheten st.'],
      'rows.3.periodKey': ['Indikatorn rapporteras kvartalsvis: ange perioden som t.ex. 2025-Q3.'],
      'rows.4.periodKey': ['Indikatorn rapporteras månadsvis: ange perioden som t.ex. 2025-M08.'],
      'rows.5.periodKey': ['Samma indikator, enhet och period finns redan på rad 0.'],
      'rows.6.orgNodeId': ['Organisationsenheten finns inte.'],
      'rows.7.indicatorId': ['Indikatorn finns inte.'],
      'rows.8.indicatorId': ['Indikatorn finns inte.'],
      'rows.8.orgNodeId': ['Organisationsenheten finns inte.'],
      'rows.9.indicatorId': ['Indikatorn beräknas som kvot av andra indikatorer; rapportera täljaren och nämnaren i stället.'],
      'rows.10.periodKey': [expect.stringMatching(/^Ogiltig period/)],
      'rows.10.referencePeriodKey': [expect.stringMatching(/^Ogiltig period/)],
    });
    expect(await factory.count(a, 'indicator_value')).toBe(before);
    expect((await factory.auditEvents(a, 'indicator_value')).length).toBe(auditBefore);
  });

  it('rejects wrong types and unknown fields per row, and more than 5 000 rows', async () => {
    const res = await controller.put('/api/v1/values', { rows: [
      { indicatorId: ids.kostnad, orgNodeId: norr(), periodKey: '2026-Q1', value: 1 },
      { indicatorId: ids.kostnad, orgNodeId: norr(), periodKey: '2026-Q2', value: 1, extra: 'x' },
      { indicatorId: 'abc', orgNodeId: norr(), periodKey: 2026, value: 1 },
      { indicatorId: ids.kostnad, orgNodeId: norr(), periodKey: '2026-Q3', value: '12,5' },
      { indicatorId: ids.kostnad, orgNodeId: norr(), periodKey: '2026-Q4', value: 1, source: 'gissning' },
    ] }).expect(422);
    expect(res.body.fields).toEqual({
      'rows.1.extra': ['Fältet är inte tillåtet.'],
      'rows.2.indicatorId': ['Måste vara ett giltigt id (UUID).'],
      'rows.2.periodKey': expect.arrayContaining(['Måste vara text.']),
      'rows.3.value': ['Måste vara ett tal.'],
      'rows.4.source': ['Källan måste vara en av manual, import, kolada.'],
    });
    const tooMany = Array.from({ length: 5001 }, (_, i) => ({ indicatorId: ids.kostnad, orgNodeId: norr(), periodKey: `${1000 + i}-Q1`, value: 1 }));
    const big = await controller.put('/api/v1/values', { rows: tooMany }).expect(422);
    expect(big.body.fields.rows).toEqual(['Högst 5000 rader per anrop; dela upp dem.']);
    expect((await controller.put('/api/v1/values', { rows: [] }).expect(422)).body.fields.rows).toEqual(['Ange minst en rad.']);
    expect((await controller.put('/api/v1/values', {}).expect(422)).body.fields.rows).toBeDefined();
  });

  /** 10 indicators × 5 nodes × 100 quarters, each with a comment: a realistic full batch. */
  function fullBatch(comment: string): ValueRow[] {
    const nodes = ['kf', 'bun', 'uf', 'uf.norr', 'uf.soder'].map((key) => a.nodes[key]!);
    const rows: ValueRow[] = [];
    for (let i = 0; i < 10; i += 1) {
      for (const orgNodeId of nodes) {
        for (let q = 0; q < 100; q += 1) {
          rows.push({ indicatorId: ids[`bulk${i}`]!, orgNodeId, periodKey: `${2001 + Math.floor(q / 4)}-Q${(q % 4) + 1}`, value: 10_000 + q * 17.25, comment, source: 'import' });
        }
      }
    }
    return rows;
  }

  it('writes 5 000 realistic rows in one call, well under the 2 MB body limit, and audits them in one go', async () => {
    const rows = fullBatch('Hämtat från ekonomisystemet (huvudbok).');
    expect(Buffer.byteLength(JSON.stringify({ rows }))).toBeLessThan(1.2 * 1024 * 1024);
    const before = await factory.count(a, 'indicator_value');
    const res = await controller.put('/api/v1/values', { rows }).expect(200);
    expect(res.body).toEqual({ written: 5000, created: 5000, updated: 0, unchanged: 0 });
    expect(await factory.count(a, 'indicator_value')).toBe(before + 5000);
    const again = await controller.put('/api/v1/values', { rows: rows.map((r, i) => (i % 2 === 0 ? { ...r, value: r.value + 1 } : r)) }).expect(200);
    expect(again.body).toEqual({ written: 2500, created: 0, updated: 2500, unchanged: 2500 });
    const audit = await factory.asKommun(a, (m) => m.query(
      `SELECT action, count(*)::int AS n FROM audit_event WHERE entity_type = 'indicator_value' AND after->>'comment' = 'Hämtat från ekonomisystemet (huvudbok).' GROUP BY action ORDER BY action`));
    expect(audit).toEqual([{ action: 'create', n: 5000 }, { action: 'update', n: 2500 }]);
  });

  it('leaves nothing half-written when the last row of a full batch is bad, or out of scope', async () => {
    const rows = fullBatch('Andra försöket.').map((r) => ({ ...r, value: r.value + 1000 }));
    const before = await factory.asKommun(a, (m) => m.query('SELECT sum(value)::float AS s, count(*)::int AS n FROM indicator_value'));
    rows[4999] = { ...rows[4999]!, value: -1 };
    const res = await controller.put('/api/v1/values', { rows }).expect(422);
    expect(Object.keys(res.body.fields)).toEqual(['rows.4999.value']);
    const rektor = await factory.login('rektor@a.se');
    const scoped = rows.slice(0, 4999).filter((r) => r.orgNodeId === norr());
    const forbidden = await rektor.put('/api/v1/values', { rows: [...scoped, { ...scoped[0]!, orgNodeId: soder() }] }).expect(403);
    expect(forbidden.body.fields).toEqual({ [`rows.${scoped.length}.orgNodeId`]: ['Du har inte behörighet att rapportera värden för den här enheten.'] });
    expect(await factory.asKommun(a, (m) => m.query('SELECT sum(value)::float AS s, count(*)::int AS n FROM indicator_value'))).toEqual(before);
  });

  it('lets an enhetschef write only within the own unit, an ekonom only resurs values, and nobody else', async () => {
    const rektor = await factory.login('rektor@a.se');
    await rektor.put('/api/v1/values', { rows: [{ indicatorId: ids.lektioner, orgNodeId: norr(), periodKey: '2024-Q1', value: 5820 }] }).expect(200);
    const outside = await rektor.put('/api/v1/values', { rows: [{ indicatorId: ids.lektioner, orgNodeId: soder(), periodKey: '2024-Q1', value: 1 }] }).expect(403);
    expect(outside.body.fields).toEqual({ 'rows.0.orgNodeId': ['Du har inte behörighet att rapportera värden för den här enheten.'] });

    const ekonom = await factory.login('ekonom@a.se');
    await ekonom.put('/api/v1/values', { rows: [{ indicatorId: ids.kostnad, orgNodeId: soder(), periodKey: '2024-Q1', value: 17_000 }] }).expect(200);
    const notEconomic = await ekonom.put('/api/v1/values', { rows: [
      { indicatorId: ids.kostnad, orgNodeId: soder(), periodKey: '2024-Q2', value: 17_000 },
      { indicatorId: ids.lektioner, orgNodeId: soder(), periodKey: '2024-Q2', value: 6000 },
    ] }).expect(403);
    expect(notEconomic.body.fields).toEqual({ 'rows.1.indicatorId': ['Din roll får bara rapportera ekonomiska värden (indikatorer på länken resurs).'] });

    const both = await factory.login('rektor-och-ekonom@a.se');
    await both.put('/api/v1/values', { rows: [
      { indicatorId: ids.lektioner, orgNodeId: norr(), periodKey: '2024-Q2', value: 5790 },
      { indicatorId: ids.kostnad, orgNodeId: soder(), periodKey: '2024-Q3', value: 15_000 },
    ] }).expect(200);
    const mixed = await both.put('/api/v1/values', { rows: [
      { indicatorId: ids.lektioner, orgNodeId: soder(), periodKey: '2024-Q2', value: 1 },
      { indicatorId: ids.kostnad, orgNodeId: a.nodes.bolag, periodKey: '2024-Q2', value: 1 },
    ] }).expect(403);
    expect(mixed.body.fields).toEqual({
      'rows.0.indicatorId': ['Din roll får bara rapportera ekonomiska värden (indikatorer på länken resurs).'],
      'rows.1.orgNodeId': ['Du har inte behörighet att rapportera värden för den här enheten.'],
    });

    for (const email of ['revisor@a.se', 'politiker@a.se']) {
      const session = await factory.login(email);
      await session.put('/api/v1/values', { rows: [{ indicatorId: ids.kostnad, orgNodeId: norr(), periodKey: '2024-Q4', value: 1 }] }).expect(403);
    }
    await app.http().put('/api/v1/values').send({ rows: [] }).expect(401);
    await controller.agent.put('/api/v1/values').send({ rows: [] }).expect(403);
  });
});
